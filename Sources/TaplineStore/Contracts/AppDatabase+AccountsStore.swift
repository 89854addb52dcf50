import TaplineDomain

/// SQLite's accounts, through the repositories that have always served them.
extension AppDatabase: AccountsStore {
    public func search(_ query: String, limit: Int) throws -> SearchResult {
        try search.search(query, limit: limit)
    }

    public func account(_ accountNumber: String) throws -> Account? {
        try accounts.account(accountNumber)
    }

    public func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? {
        guard try accounts.account(accountNumber) != nil else { return nil }
        return try accounts.open(accountNumber, by: user, at: time)
    }

    public func detail(_ accountNumber: String) throws -> AccountDetail? {
        try accounts.detail(accountNumber)
    }

    public func addNote(_ note: Note, to accountNumber: String) throws {
        try notes.add(note, to: accountNumber)
    }

    public func notes(forAccount accountNumber: String, limit: Int) throws -> [Note] {
        try notes.notes(for: accountNumber, limit: limit)
    }

    public func recordInteraction(_ interaction: Interaction, on accountNumber: String) throws {
        try interactions.record(interaction, on: accountNumber)
    }

    public func createAccount(_ account: Account, by user: String, at time: LocalDateTime) throws -> Account {
        try accounts.create(account, by: user, at: time)
    }

    public func updateContactDetails(_ details: ContactDetails, of accountNumber: String, readVersion: Int,
                                     by user: String, at time: LocalDateTime) throws -> Account {
        try accounts.updateContactDetails(details, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    public func updateSpecialNeeds(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try accounts.updateSpecialNeeds(change, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    public func updateContactPreferences(_ preferences: ContactPreferences, of accountNumber: String, readVersion: Int,
                                         by user: String, at time: LocalDateTime) throws -> Account {
        try accounts.updateContactPreferences(preferences, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    public func updateConcession(_ change: ConcessionChange, of accountNumber: String, readVersion: Int,
                                 by user: String, at time: LocalDateTime) throws -> Account {
        try accounts.updateConcession(change, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    public func importAccounts(_ rows: [AccountImporter.ParsedRow], by user: String, at time: LocalDateTime) throws -> ImportReport {
        try AccountImporter.write(rows, into: self, by: user, at: time)
    }

    public func generateSynthetic(accounts: Int, seed: UInt64, today: CivilDate, progress: (Int, Int) -> Void) throws {
        try SyntheticData.generate(into: self, accounts: accounts, seed: seed, today: today, progress: progress)
    }

    public func auditEntries(forAccount accountNumber: String, limit: Int) throws -> [AuditEntry] {
        try audit.entries(forAccount: accountNumber, limit: limit)
    }
}
