/// The supervisors' queue of open disputes: answered complaints still unresolved, and what
/// each waits on (Charter 3.1(e), 3.2).
///
/// A complaint leaves the reply queue once answered, but its dispute stays open until 3.2 is
/// met: the 10 business days after the decision, a further review sought, a claim lodged with
/// EWOV or another forum and not yet finalised. Meanwhile a disputed amount is held from
/// collection (3.1(e)). This queue lists every such complaint, so none is seen only in the
/// account's history: those ready to be marked resolved first, then those waiting on the
/// customer's review or an external claim, then those in their 10 business days, then
/// disputed amounts still awaiting a first decision; oldest received first within each.
public struct DisputeQueueEntry: Hashable, Sendable {
    public let complaint: Complaint
    /// Why the dispute is not yet resolved (Charter 3.2); empty when it may be marked resolved.
    public let waitingOn: [UnresolvedReason]
    /// The amount held from collection today, if any (3.1(e)).
    public let held: Money?
    /// When 3.2 is met but nobody has marked it resolved: the first day it counted as resolved.
    public let resolvableSince: CivilDate?

    /// "EWOV claim lodged Mon 1 Dec 2026 (3.2(c)(2))": what the dispute waits on, in a few words.
    public var waitingOnText: String {
        if let since = resolvableSince { return "ready to mark resolved (d), since \(since.display) (3.2)" }
        return waitingOn.map(\.shortText).joined(separator: "; ")
    }
}

public enum DisputeQueue {
    /// The open disputes on `today`, most in need of a supervisor first.
    public static func entries(_ complaints: [Complaint], today: CivilDate, calendar: BusinessCalendar) -> [DisputeQueueEntry] {
        complaints.compactMap { entry($0, today: today, calendar: calendar) }
            .sorted { (rank($0), $0.complaint.receivedAt, $0.complaint.id) < (rank($1), $1.complaint.receivedAt, $1.complaint.id) }
    }

    /// Whether the complaint may be in the queue on some day: what a store keeps beside it
    /// (`dispute_candidate`) so the queue reads these few rather than every open complaint.
    ///
    /// Not resolved, and answered, with an amount disputed (3.1(e)) or a claim lodged (3.2(c)(2));
    /// a closed one only while it has a disputed amount, which 3.2(b) may still hold. Which of
    /// them are in the queue on a day is `entry`'s to say.
    public static func mayList(_ complaint: Complaint) -> Bool {
        if case .resolved = complaint.status { return false }
        let answered = complaint.latestResponse != nil
        guard answered || complaint.disputedAmount != nil || complaint.externalClaim.isOpen else { return false }
        return !complaint.status.isClosed || complaint.disputedAmount != nil
    }

    /// The complaint's place in the queue, or nil when its dispute is not open.
    public static func entry(_ complaint: Complaint, today: CivilDate, calendar: BusinessCalendar) -> DisputeQueueEntry? {
        guard mayList(complaint) else { return nil }
        let held = complaint.collectionHold(today: today, calendar: calendar)
        // A closed complaint stays only while its amount is still held (3.2(b) runs on after closing).
        if complaint.status.isClosed, held == nil { return nil }
        switch DisputeResolution.isResolved(complaint, today: today, calendar: calendar) {
        case .resolved(let since):
            if complaint.status.isClosed { return nil }
            return DisputeQueueEntry(complaint: complaint, waitingOn: [], held: nil, resolvableSince: since)
        case .notResolved(let reasons):
            return DisputeQueueEntry(complaint: complaint, waitingOn: reasons, held: held, resolvableSince: nil)
        }
    }

    private static func rank(_ entry: DisputeQueueEntry) -> Int {
        if entry.resolvableSince != nil { return 0 }
        let reasons = entry.waitingOn
        if reasons.contains(where: { if case .furtherReviewSought = $0 { return true } else { return false } }) { return 1 }
        if reasons.contains(where: { if case .claimOpen = $0 { return true } else { return false } }) { return 2 }
        if reasons.contains(.noDecisionTold) { return 4 }
        return 3
    }
}

extension UnresolvedReason {
    /// A few words for a queue row: "10 business days to Wed 17 Dec 2026 (3.2(b))".
    public var shortText: String {
        switch self {
        case .noDecisionTold: return "a decision (3.2(a))"
        case .waitingPeriod(let lastDay): return "10 business days to \(lastDay.display) (3.2(b))"
        case .furtherReviewSought(let since): return "further review sought \(since.date.display) (3.2(c)(1))"
        case .claimOpen(let forum, let lodgedOn): return "\(forum.rawValue) claim lodged \(lodgedOn.display) (3.2(c)(2))"
        case .claimFinalisedToday(let date): return "claim finalised \(date.display); resolved from tomorrow (3.2)"
        }
    }
}
