import TaplineDomain

/// Which complaints a list or report wants; every part left nil matches everything.
///
/// ```swift
/// // Overdue replies on 20 April 2026:
/// ComplaintListFilter(replyDueOnOrBefore: CivilDate(iso: "2026-04-19"))
/// ```
public struct ComplaintListFilter: Sendable, Hashable {
    /// Only complaints of this account.
    public var accountNumber: String?
    /// Only complaints whose awaited reply is due on or before this date (so only those
    /// awaiting a reply): the day before today gives the overdue ones (Charter 3.1(a)).
    public var replyDueOnOrBefore: CivilDate?
    /// Only complaints awaiting a reply, whatever its date.
    public var awaitingReplyOnly: Bool
    /// Whether closed complaints are listed too.
    public var includeClosed: Bool
    public var level: EscalationLevel?
    /// Only complaints logged by this agent.
    public var loggedBy: String?
    /// Only complaints that are this login's work (`Complaint.owner`).
    public var owner: String?

    public init(accountNumber: String? = nil, replyDueOnOrBefore: CivilDate? = nil, awaitingReplyOnly: Bool = false,
                includeClosed: Bool = false, level: EscalationLevel? = nil, loggedBy: String? = nil, owner: String? = nil) {
        self.accountNumber = accountNumber
        self.replyDueOnOrBefore = replyDueOnOrBefore
        self.awaitingReplyOnly = awaitingReplyOnly
        self.includeClosed = includeClosed
        self.level = level
        self.loggedBy = loggedBy
        self.owner = owner
    }
}
