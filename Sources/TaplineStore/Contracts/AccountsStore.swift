import TaplineDomain

/// What the console's account lookup and account screen, and the `lookup`, `account`,
/// `import accounts` and `seed` commands, need from a store — whichever store it is.
///
/// Both stores keep the same rules: lookups list the same accounts in the same order with the
/// same "1,000+" cap (`AccountSearch`), imports are all or nothing, every view and change is
/// audited in the same transaction as the act. Who is recorded differs by store: SQLite
/// records the `user` it is given (the real uid's login, or demo mode's `--as`); PostgreSQL
/// records the session's login (`session_user`), whatever the caller passes, so nobody can
/// write in someone else's name.
public protocol AccountsStore: Sendable {
    /// Accounts matching what an agent typed, at most `limit`, best first, with their badges.
    func search(_ query: String, limit: Int) throws -> SearchResult

    /// The account as it stands (without history), or nil.
    func account(_ accountNumber: String) throws -> Account?

    /// Opens an account for an agent: its detail, with the view audited; nil when there is none.
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail?

    /// The account with its history and badges, without recording a view.
    func detail(_ accountNumber: String) throws -> AccountDetail?

    /// Appends a note, audited.
    func addNote(_ note: Note, to accountNumber: String) throws

    /// The account's notes, newest first, at most `limit`: the whole record, where `detail`
    /// gives only the recent ones the account screen shows.
    func notes(forAccount accountNumber: String, limit: Int) throws -> [Note]

    /// Appends a contact with the customer, audited.
    func recordInteraction(_ interaction: Interaction, on accountNumber: String) throws

    /// Creates an account (version 1) with its lookup entries, audited; refuses an existing number.
    func createAccount(_ account: Account, by user: String, at time: LocalDateTime) throws -> Account

    /// Saves an agent's correction of an account's contact details (issue 13 item 2): the
    /// customers' names, phones and emails and the billing address, if the account is still at
    /// `readVersion`; returns the account as saved (version one higher; unchanged when nothing
    /// differs). In one transaction with the lookup index (a lookup by the new phone finds the
    /// account, by the old one no longer does) and an audit entry of each change old → new
    /// ("contact details: phone 0412 345 678 → 0499 111 222"). Refused with `ChangedSinceRead`
    /// (who saved last, when, what) when someone saved the account since; with
    /// `StoreError.invalidAccount` when a detail breaks `ContactRules`. Nothing is half-saved.
    func updateContactDetails(_ details: ContactDetails, of accountNumber: String, readVersion: Int,
                              by user: String, at time: LocalDateTime) throws -> Account

    /// Registers, changes or removes the account's entry on the special-needs register
    /// (Charter 9.5; issue 13 item 4) if the account is still at `readVersion`; returns the
    /// account as saved (version one higher; unchanged when nothing differs). In one
    /// transaction with an audit entry old → new ("special needs: none → life support (9.5(a)),
    /// registered Tue 1 Dec 2026, evidence …"; "… → none; removed Wed 2 Dec 2026: moved out").
    /// Refused with `ChangedSinceRead` when someone saved the account since; with
    /// `StoreError.invalidAccount` when the change breaks `SpecialNeedsRules` (life support
    /// without evidence, notes too long, a date after `time`'s day). Nothing is half-saved.
    func updateSpecialNeeds(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
                            by user: String, at time: LocalDateTime) throws -> Account

    /// Records the account's concession card (Charter 5.3) and a concession or URGS application
    /// lodged or decided (7.2(b), (c); issue 13 item 3) if the account is still at
    /// `readVersion`; returns the account as saved (version one higher; unchanged when nothing
    /// differs). A new card is advised on `time`'s day and credited from the next bill. In one
    /// transaction with an audit entry old → new ("concession card: none → Pensioner Concession
    /// Card 412 345 678K, valid …"; "concession application (7.2(b)) lodged …: pending →
    /// approved …"). Refused with `ChangedSinceRead` when someone saved the account since; with
    /// `StoreError.invalidAccount` when the change breaks `ConcessionRules`.
    func updateConcession(_ change: ConcessionChange, of accountNumber: String, readVersion: Int,
                          by user: String, at time: LocalDateTime) throws -> Account

    /// Saves how the customers want to be contacted, an interpreter or the TTY service
    /// (Charter 14.10) and who may act for each customer, with the day written consent arrived
    /// (5.5(c); issue 13 item 2), if the account is still at `readVersion`; returns the account
    /// as saved (unchanged when nothing differs), audited old → new ("contact preferences:
    /// interpreter (none) → Vietnamese"). Refused with `ChangedSinceRead` when someone saved the
    /// account since; with `StoreError.invalidAccount` when a value breaks `ContactPreferencesRules`.
    func updateContactPreferences(_ preferences: ContactPreferences, of accountNumber: String, readVersion: Int,
                                  by user: String, at time: LocalDateTime) throws -> Account

    /// Writes checked import rows, all or none: refused with every line whose account exists.
    func importAccounts(_ rows: [AccountImporter.ParsedRow], by user: String, at time: LocalDateTime) throws -> ImportReport

    /// Fills an empty store with `SyntheticData.accounts`; `progress` gets (written, total).
    func generateSynthetic(accounts: Int, seed: UInt64, today: CivilDate, progress: (Int, Int) -> Void) throws

    /// The audit trail of one account, newest first.
    func auditEntries(forAccount accountNumber: String, limit: Int) throws -> [AuditEntry]
}
