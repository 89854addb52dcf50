import TaplineDomain

/// Where this console says which account (and which complaint or incident on it) it has open,
/// so colleagues see it: the account screen shows theirs as a banner ("● sam on this account
/// since 10:32", an `AccountContribution`), and a record's screen says who else has it open
/// before anything is typed into it.
public protocol PresencePort: Sendable {
    /// This console has `accountNumber` open since `since` (nil: no account), with the record
    /// `subject` on it, said by `user`; called when that changes and every
    /// `Presence.heartbeatSeconds`.
    func showing(_ accountNumber: String?, subject: String?, since: LocalDateTime, user: String) throws
    /// The colleagues at other consoles with the record `subject` open now.
    func others(withOpen subject: String) throws -> [Presence]
}
