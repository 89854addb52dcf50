import TaplineDomain

/// What the contact-details form needs from the store (issue 13 item 2).
///
/// `save` is refused with `ChangedSinceRead` (who saved the account since it was read, when,
/// what) when the account is no longer at `readVersion`, and with the rule broken when a
/// detail is not valid; nothing is half-saved either way.
public protocol ContactDetailsPort: Sendable {
    /// The account as it stands (its details and version), or nil when there is none.
    func account(_ accountNumber: String) throws -> Account?
    /// Saves the details on the account read at `readVersion`; returns the account as saved.
    func save(_ details: ContactDetails, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account
}
