import TaplineDomain
import TaplineStore

/// The shared store's accounts: lookup, the account screen, notes and contacts, creating,
/// importing and seeding — every view and change audited in the same transaction, in the
/// name of the session's login (`session_user`), never a name the caller passes.
extension PostgresStore: AccountsStore {
    /// How many contacts and notes an account screen shows unless asked for more.
    static let recent = AccountRepository.defaultRecent

    public func search(_ query: String, limit: Int) throws -> SearchResult {
        try withConnection(for: .lookup) { try PGAccountSearch(connection: $0).search(query, limit: limit) }
    }

    public func account(_ accountNumber: String) throws -> Account? {
        try withConnection { try PGAccountRows.account(accountNumber, $0)?.account }
    }

    /// Loads the account and records the view together (`user` is ignored: the server knows who).
    public func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? {
        try transaction { connection in
            guard let detail = try PGAccountRows.detail(accountNumber, recent: Self.recent, connection) else { return nil }
            try Self.audit(.viewed, accountNumber, at: time, connection)
            return detail
        }
    }

    public func detail(_ accountNumber: String) throws -> AccountDetail? {
        try transaction { try PGAccountRows.detail(accountNumber, recent: Self.recent, $0) }
    }

    /// Appends a note in the session's name (the note's `agent` is what SQLite records).
    public func addNote(_ note: Note, to accountNumber: String) throws {
        try transaction { connection in
            let id = try PGAccountRows.id(of: accountNumber, connection)
            try connection.execute("INSERT INTO note(account_id, at, agent, text) VALUES ($1, $2::timestamp, session_user, $3)",
                                   [id, StoredText.moment(note.at), note.text])
            try Self.audit(.noteAdded, accountNumber, at: note.at, connection)
        }
    }

    public func notes(forAccount accountNumber: String, limit: Int) throws -> [Note] {
        try withConnection { connection in
            try PGAccountRows.notes(accountID: try PGAccountRows.id(of: accountNumber, connection), limit: limit, connection)
        }
    }

    /// Appends a contact in the session's name.
    public func recordInteraction(_ interaction: Interaction, on accountNumber: String) throws {
        try transaction { connection in
            let id = try PGAccountRows.id(of: accountNumber, connection)
            try connection.execute("""
                INSERT INTO interaction(account_id, at, channel, agent, summary) VALUES ($1, $2::timestamp, $3, session_user, $4)
                """, [id, StoredText.moment(interaction.at), interaction.channel.rawValue, interaction.summary])
            try Self.audit(.interactionRecorded, accountNumber, at: interaction.at, detail: interaction.channel.rawValue, connection)
        }
    }

    public func createAccount(_ account: Account, by user: String, at time: LocalDateTime) throws -> Account {
        try AccountRows.validate(account)
        var created = account
        created.version = 1
        try transaction { connection in
            guard try PGAccountRows.identity(of: account.accountNumber, connection) == nil else {
                throw StoreError.accountAlreadyExists(account.accountNumber)
            }
            try Self.load([SyntheticAccount(account: created, bills: [], payments: [], interactions: [], notes: [])], connection)
            try Self.audit(.created, account.accountNumber, at: time, connection)
        }
        return created
    }

    /// Writes the rows in one transaction with COPY, each with an audit entry; refuses them
    /// all, naming every line, when any account number is already taken.
    public func importAccounts(_ rows: [AccountImporter.ParsedRow], by user: String, at time: LocalDateTime) throws -> ImportReport {
        try transaction { connection in
            let numbers = rows.map(\.account.accountNumber)
            let taken = Set(try connection.execute("SELECT number FROM account WHERE number = ANY($1::text[])",
                                                   [PGArray.texts(numbers)]).rows.compactMap { $0["number"] })
            let problems = rows.filter { taken.contains($0.account.accountNumber) }.map {
                ImportProblem(line: $0.line, column: "account_number", reason: "account \($0.account.accountNumber) already exists")
            }
            guard problems.isEmpty else { throw AccountImportError(problems: problems) }
            try Self.load(rows.map { row in
                var account = row.account
                account.version = 1
                return SyntheticAccount(account: account, bills: [], payments: [], interactions: [], notes: [])
            }, connection)
            try connection.execute("""
                INSERT INTO audit_log(at, action, account_number, detail)
                SELECT $1::timestamp, 'imported', number, detail FROM unnest($2::text[], $3::text[]) AS u(number, detail)
                """, [StoredText.moment(time), PGArray.texts(numbers), PGArray.texts(rows.map { "from CSV line \($0.line)" })])
            return ImportReport(accountNumbers: numbers)
        }
    }

    public func generateSynthetic(accounts: Int, seed: UInt64, today: CivilDate, progress: (Int, Int) -> Void) throws {
        try PGSyntheticData.generate(into: self, accounts: accounts, seed: seed, today: today, progress: progress)
    }

    public func auditEntries(forAccount accountNumber: String, limit: Int) throws -> [AuditEntry] {
        try withConnection { connection in
            try connection.execute("""
                SELECT at, who, action, account_number, detail FROM audit_log WHERE account_number = $1 ORDER BY at DESC, id DESC LIMIT $2
                """, [accountNumber, limit]).rows.map { row in
                AuditEntry(who: row["who"] ?? "", at: try PGAccountRows.moment(row, "at"),
                           action: row["action"].flatMap(AuditAction.init(rawValue:)) ?? .changed,
                           accountNumber: row["account_number"], detail: row["detail"] ?? "")
            }
        }
    }

    // MARK: - Helpers

    /// Writes accounts beside other consoles: ids reserved from the sequences, rows by COPY.
    private static func load(_ accounts: [SyntheticAccount], _ connection: PGConnection) throws {
        let loader = try PGAccountLoader(connection, ids: .reserving(PGAccountLoader.idsNeeded(accounts: accounts), connection))
        for account in accounts { try loader.add(account) }
        try loader.finish()
    }

    /// An audit entry in the session's name (the column's default, which the policy requires).
    static func audit(_ action: AuditAction, _ accountNumber: String, at time: LocalDateTime, detail: String = "",
                      _ connection: PGConnection) throws {
        try connection.execute("INSERT INTO audit_log(at, action, account_number, detail) VALUES ($1::timestamp, $2, $3, $4)",
                               [StoredText.moment(time), action.rawValue, accountNumber, detail])
    }
}
