import TaplineDomain

/// Where this console says which account it has open, so colleagues on the same account see
/// it ("● sam on this account since 10:32"); the account screen shows theirs as a banner
/// (an `AccountContribution`).
public protocol PresencePort: Sendable {
    /// This console has `accountNumber` open since `since` (nil: no account), said by `user`;
    /// called when that changes and again every `Presence.heartbeatSeconds`.
    func showing(_ accountNumber: String?, since: LocalDateTime, user: String) throws
}
