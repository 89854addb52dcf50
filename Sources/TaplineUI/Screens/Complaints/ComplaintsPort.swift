import TaplineDomain

/// What the complaint screens need from the store: the complaints register and letter files.
///
/// Errors a screen should show are thrown as `ComplaintsPortError` (with a message for the
/// agent) or `ComplaintRefusal`; the executable's implementation turns store errors into them.
/// A save refused because someone else changed the complaint first throws `ChangedSinceRead`
/// as the store gave it, so the screen can offer to reapply the change.
public protocol ComplaintsPort: Sendable {
    /// Records a newly logged complaint; returns it with its number ("C-2026-000123").
    func log(_ complaint: Complaint) throws -> Complaint
    /// Saves the changes made to a logged complaint since it was loaded; returns it as stored.
    /// A new decision is checked against who may decide at its level (Charter 3.1(d)(1)) for a
    /// user with `role`.
    func save(_ complaint: Complaint, role: Role) throws -> Complaint
    /// The complaint with this number, or nil.
    func complaint(number: String) throws -> Complaint?
    /// Every complaint of an account, closed ones too, awaiting replies first.
    func complaints(forAccount accountNumber: String) throws -> [Complaint]
    /// One page of the reply queue with its figures (Charter 3.1(a)): queues and Home read
    /// this, never every complaint.
    func queue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage
    /// Replies overdue and due today, of `owner`'s complaints (nil: everyone's): Home's figures.
    func replyFigures(today: CivilDate, owner: String?) throws -> ComplaintReplyFigures
    /// The logins a supervisor can give a complaint to (agents, supervisors, admins), by name.
    func assignees() throws -> [String]
    /// Everyone configured as holding a complaint level: an escalation goes to one of them (3.1(d)(1)).
    func deciders() throws -> [ComplaintResponder]
    /// One page of the open disputes with their figures (Charter 3.1(e), 3.2), in
    /// `DisputeQueue`'s order: the disputes tab reads this, never every dispute.
    func disputes(_ query: DisputeQueueQuery) throws -> DisputeQueuePage
    /// What the account owes now: a disputed amount cannot exceed it (Charter 3.1(e)).
    func amountOwed(onAccount accountNumber: String) throws -> Money
    /// The user as a complaint decider: their name in letters and the level they hold (3.1(d)(1)).
    func responder(user: String, role: Role) throws -> ComplaintResponder
    /// Writes a letter about the complaint dated `date`; returns where the file was written.
    func writeLetter(_ letter: ComplaintLetterKind, for complaint: Complaint, date: CivilDate) throws -> String
}

/// A failure the port reports in words the agent can act on.
public struct ComplaintsPortError: Error, Sendable, Equatable {
    public let message: String

    public init(message: String) { self.message = message }
}

extension Error {
    /// The words shown on the status line for an error from a complaint effect.
    var complaintMessage: String {
        switch self {
        case let refusal as ComplaintRefusal: return refusal.message
        case let failure as ComplaintsPortError: return failure.message
        case let stale as ChangedSinceRead: return stale.message
        case let missing as PortUnavailable: return missing.description
        default: return "\(self)"
        }
    }
}
