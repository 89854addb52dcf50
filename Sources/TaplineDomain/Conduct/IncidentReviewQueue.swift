/// The supervisors' review queue: reported incidents waiting for a decision (or for a referral
/// they must make), the one reported longest ago first.
///
/// Conduct policy: incidents are reported for a supervisor to decide, so the one waiting
/// longest is decided first; ties go by the time raised, then the number. The stores read it a
/// page at a time in this order (`ORDER BY reported_at, raised_at, id`); `page` is the definition
/// their pages are compared with.
public enum IncidentReviewQueue {
    /// The stage of every incident in the queue.
    public static let stage = ConductStage.awaitingSupervisorReview

    /// Whether the incident waits in the queue.
    public static func isWaiting(_ incident: ConductIncident) -> Bool { incident.stage == stage }

    /// Whether `a` comes before `b` in the queue: reported earlier, then raised earlier, then by number.
    public static func precedes(_ a: ConductIncident, _ b: ConductIncident) -> Bool {
        (a.reportedAt ?? a.raisedAt, a.raisedAt, a.id) < (b.reportedAt ?? b.raisedAt, b.raisedAt, b.id)
    }

    /// The incidents waiting, in queue order.
    public static func list(_ incidents: [ConductIncident]) -> [ConductIncident] {
        incidents.filter(isWaiting).sorted(by: precedes)
    }

    /// A page of the queue over `incidents` (all the store holds), each with its repeat marker
    /// found among them.
    public static func page(_ incidents: [ConductIncident], _ range: ConductPageRange) -> IncidentReviewQueuePage {
        let whole = ConductPage.of(list(incidents), offset: range.offset, limit: range.limit)
        return ConductPage(rows: whole.rows.map { ConductQueueEntry(incident: $0, earlier: RepeatOffender.earlierIncidents(for: $0, among: incidents)) },
                           offset: whole.offset, total: whole.total)
    }
}
