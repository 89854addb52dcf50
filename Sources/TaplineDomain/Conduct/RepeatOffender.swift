/// Finds earlier incidents by the same person or on the same account: the repeat marker.
///
/// Conduct policy, "The policy in action": "We may refer specific cases or repeat offenders
/// to the police". Supervisors see the marker when reviewing. Frustration-only incidents
/// don't count: voicing frustration is not an offence.
public enum RepeatOffender {
    /// The look-back, in calendar months.
    public static let windowMonths = 12

    /// Incidents raised before this one and no more than `windowMonths` months earlier
    /// (an incident exactly 12 months before counts; a day more does not), on the same
    /// account or by the same named person; oldest first.
    public static func earlierIncidents(for incident: ConductIncident, among others: [ConductIncident], windowMonths: Int = windowMonths) -> [ConductIncident] {
        let earliest = incident.raisedAt.date.adding(months: -windowMonths)
        return others
            .filter { other in
                other.id != incident.id
                    && !other.isFrustrationOnly
                    && other.raisedAt < incident.raisedAt
                    && other.raisedAt.date >= earliest
                    && (isSameAccount(other, incident) || other.person.isSamePerson(as: incident.person))
            }
            .sorted { ($0.raisedAt, $0.id) < ($1.raisedAt, $1.id) }
    }

    /// The times a store reads candidates between for a whole page of incidents at once (one
    /// query, not one per incident): from the earliest of their windows, before the latest raised.
    /// Nil for no incidents. `earlierIncidents` then picks each one's from those candidates.
    public static func lookBack(for incidents: [ConductIncident], windowMonths: Int = windowMonths) -> (from: LocalDateTime, before: LocalDateTime)? {
        guard let first = incidents.map(\.raisedAt).min(), let last = incidents.map(\.raisedAt).max() else { return nil }
        return (LocalDateTime(date: first.date.adding(months: -windowMonths)), last)
    }

    /// Each incident's earlier incidents among `candidates`, in the order of `incidents`.
    public static func earlierIncidents(forEach incidents: [ConductIncident], among candidates: [ConductIncident]) -> [[ConductIncident]] {
        incidents.map { earlierIncidents(for: $0, among: candidates) }
    }

    /// The marker: true when there is any earlier incident in the window.
    public static func isRepeatOffender(_ incident: ConductIncident, among others: [ConductIncident]) -> Bool {
        !earlierIncidents(for: incident, among: others).isEmpty
    }

    private static func isSameAccount(_ a: ConductIncident, _ b: ConductIncident) -> Bool {
        guard let account = a.accountNumber else { return false }
        return account == b.accountNumber
    }
}
