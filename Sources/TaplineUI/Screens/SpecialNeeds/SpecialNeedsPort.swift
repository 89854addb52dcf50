import TaplineDomain

/// What the special-needs form needs from the store (Charter 9.5; issue 13 item 4).
///
/// `save` is refused with `ChangedSinceRead` (who saved the account since it was read, when,
/// what) when the account is no longer at `readVersion`, and with the rule broken when the
/// change breaks `SpecialNeedsRules`; nothing is half-saved either way.
public protocol SpecialNeedsPort: Sendable {
    /// The account as it stands (its registration and version), or nil when there is none.
    func account(_ accountNumber: String) throws -> Account?
    /// Registers, changes or removes the registration of the account read at `readVersion`;
    /// returns the account as saved.
    func save(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account
}

/// The customer's entry on the special-needs register, for the strip the console draws on
/// every screen about a customer that does not show the account's badges itself.
public protocol CustomerRegisterPort: Sendable {
    /// The account's registration, or nil when it is not on the register (or there is no account).
    func registration(ofAccount accountNumber: String) throws -> SpecialNeedsRegistration?
}
