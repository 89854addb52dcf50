import TaplineDomain

/// What the contact preferences form needs from the store (issue 13 item 2; Charter 14.10, 5.5(c)).
///
/// `save` is refused with `ChangedSinceRead` when the account is no longer at `readVersion`,
/// and with the rule broken when a value breaks `ContactPreferencesRules`; nothing is half-saved.
public protocol ContactPreferencesPort: Sendable {
    func account(_ accountNumber: String) throws -> Account?
    func save(_ preferences: ContactPreferences, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account
}
