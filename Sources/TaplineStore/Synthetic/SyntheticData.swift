import GRDB
import TaplineDomain

/// Fills an empty database with realistic, made-up accounts for demos, training, tests and
/// benchmarks — the same data for the same seed, size and day.
///
/// Every account gets three years of four-monthly bills with seasonal usage, the payments its
/// household's habit makes (some fall behind, some pay ahead), concessions, tenants, special-
/// needs registrations, contacts and notes. The first accounts are always the fixed
/// `DemoAccounts`. Randomness comes from a seeded SplitMix64, one stream per account.
///
/// Loading is built for size: rows go in account order in large transactions through prepared
/// statements, and the lookup index is sorted and built once at the end.
public enum SyntheticData {
    /// Accounts written per transaction.
    static let accountsPerTransaction = 5_000

    /// Generates `accounts` accounts (at least the demo accounts) into an empty database.
    ///
    /// - Parameter progress: called with (accounts written, accounts in all) after each batch.
    /// - Throws: `StoreError.notEmpty` when the database already holds accounts.
    public static func generate(into database: AppDatabase, accounts count: Int, seed: UInt64, today: CivilDate,
                                progress: (Int, Int) -> Void = { _, _ in }) throws {
        let demos = DemoAccounts.households(today: today)
        let total = max(count, demos.count)
        try database.writer.writeWithoutTransaction { db in
            let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0
            guard existing == 0 else { throw StoreError.notEmpty(accounts: existing) }
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000") }
            try db.execute(sql: "CREATE TEMP TABLE load_token(kind INTEGER, token TEXT, sort_key TEXT, account_id INTEGER)")
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.load_token") }
            var next = 0
            while next < total {
                let end = min(next + accountsPerTransaction, total)
                try db.inTransaction {
                    let loader = SyntheticLoader(db)
                    for index in next..<end {
                        try loader.load(account(index: index, demos: demos, seed: seed, today: today), id: Int64(index + 1))
                    }
                    return .commit
                }
                progress(end, total)
                next = end
            }
            try db.inTransaction {
                try db.execute(sql: """
                    INSERT INTO search_token(kind, token, sort_key, account_id)
                        SELECT kind, token, sort_key, account_id FROM temp.load_token ORDER BY kind, token, sort_key, account_id;
                    INSERT INTO search_vocab(kind, token, occurrences)
                        SELECT kind, token, COUNT(*) FROM search_token WHERE kind < \(SearchDocument.Kind.pair.rawValue) GROUP BY kind, token;
                    """)
                return .commit
            }
        }
        try database.writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// The accounts `generate` writes, in order, each made when it is read: every store loads
    /// the same accounts for the same seed, size and day; only the writing differs.
    public static func accounts(count: Int, seed: UInt64, today: CivilDate) -> LazyMapSequence<Range<Int>, SyntheticAccount> {
        let demos = DemoAccounts.households(today: today)
        return (0..<max(count, demos.count)).lazy.map { account(index: $0, demos: demos, seed: seed, today: today) }
    }

    /// Account number of the account at `index` (0-based): "1000000001", "1000000002", …
    static func accountNumber(index: Int) -> String { String(1_000_000_001 + index) }

    /// The account at `index`: a demo account, or a random one from its own stream of `seed`.
    static func account(index: Int, demos: [SyntheticHousehold], seed: UInt64, today: CivilDate) -> SyntheticAccount {
        if index < demos.count {
            var random = SplitMix64(seed: DemoAccounts.seed, stream: UInt64(index))
            return SyntheticHistory.build(demos[index], today: today, &random)
        }
        var random = SplitMix64(seed: seed, stream: UInt64(index))
        let household = SyntheticHousehold.random(accountNumber: accountNumber(index: index), today: today, &random)
        return SyntheticHistory.build(household, today: today, &random)
    }
}

/// Writes synthetic accounts within one transaction; lookup tokens go to a temporary table to
/// be sorted into the index at the end.
private final class SyntheticLoader {
    private let db: Database
    private let writer: AccountWriter
    private let documentStatement: Statement

    init(_ db: Database) {
        self.db = db
        writer = AccountWriter(db)
        documentStatement = try! db.makeStatement(sql: "INSERT INTO search_doc(account_id, sort_key, doc) VALUES (?, ?, ?)")
    }

    func load(_ item: SyntheticAccount, id: Int64) throws {
        let account = item.account
        let propertyID = try writer.insert(account.property.address)
        let billingID = account.billingAddress == account.property.address ? propertyID : try writer.insert(account.billingAddress)
        _ = try writer.insert(account, id: id, billingAddressID: billingID, propertyAddressID: propertyID)
        for bill in item.bills { try writer.insert(bill, accountID: id, billingAddressID: billingID, propertyAddressID: propertyID) }
        try writer.insert(item.payments, accountID: id)
        for interaction in item.interactions { try writer.insert(interaction, accountID: id) }
        for note in item.notes { try writer.insert(note, accountID: id) }
        let document = SearchDocument(account: account)
        try documentStatement.execute(arguments: [id, document.sortKey, document.text])
        var tokens: [(any DatabaseValueConvertible)?] = []
        for kind in SearchDocument.Kind.allCases {
            for token in document.tokens(kind) { tokens += [kind.rawValue, token, document.sortKey, id] }
        }
        try writer.insertRows(into: "temp.load_token", columns: ["kind", "token", "sort_key", "account_id"], values: tokens)
    }
}
