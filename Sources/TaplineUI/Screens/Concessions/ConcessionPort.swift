import TaplineDomain

/// What the concession form needs from the store (Charter 5.3, 7.2(b), (c); issue 13 item 3).
///
/// `save` is refused with `ChangedSinceRead` when the account is no longer at `readVersion`,
/// and with the rule broken when the change breaks `ConcessionRules`; nothing is half-saved.
public protocol ConcessionPort: Sendable {
    /// The account as it stands (its card, applications and version), or nil when there is none.
    func account(_ accountNumber: String) throws -> Account?
    /// Records the card and an application lodged or decided on the account read at
    /// `readVersion`; returns the account as saved.
    func save(_ change: ConcessionChange, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account
}
