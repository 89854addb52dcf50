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
/// Loading is built for size, in three stages on both cores (`SyntheticBatchMaker`): one thread
/// generates accounts, a second makes each batch's rows (`AccountLoadRows`) and gathers the
/// lookup tokens, and this one writes the batch before in one transaction through multi-row
/// statements (`BulkRowWriter`); the tokens are sorted on the second thread and written once,
/// in index order, at the end (`LookupIndexBuilder`).
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
        GlibcMalloc.keepLargeBuffers()
        let checkpointer = WALCheckpointer(path: database.path)
        defer { checkpointer?.stop() }
        try database.writer.writeWithoutTransaction { db in
            let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0
            guard existing == 0 else { throw StoreError.notEmpty(accounts: existing) }
            // The log is copied into the file beside this thread while it writes (WALCheckpointer).
            let checkpointing = checkpointer == nil ? "" : "PRAGMA wal_autocheckpoint = 0;"
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; \(checkpointing)")
            defer {
                try? db.execute(sql: """
                    PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000
                    """)
            }
            let ids = try AccountLoadIDs(lastAddress: Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM address") ?? 0,
                                         lastBill: Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM bill") ?? 0,
                                         chargeTypes: storedChargeTypes(db))
            let maker = SyntheticBatchMaker(total: total, demos: demos, seed: seed, today: today, ids: ids)
            // One more step than batches: the lookup index, sorted once every account is made.
            let steps = BackgroundBatches(count: maker.batchCount + 1) { maker.step($0) }
            defer {
                steps.stop()
                maker.stop()
            }
            let writer = BulkRowWriter(db)
            var written = 0
            while let step = steps.next() {
                switch step {
                case .accounts(let rows):
                    try db.inTransaction {
                        try writer.write(rows)
                        return .commit
                    }
                    written = min(written + accountsPerTransaction, total)
                    progress(written, total)
                case .lookupIndex(let sorted):
                    try db.inTransaction {
                        try write(sorted, db)
                        return .commit
                    }
                }
            }
        }
        checkpointer?.stop()
        try database.writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// The charge-type catalogue as stored (empty in a new database).
    private static func storedChargeTypes(_ db: Database) throws -> [AccountLoadIDs.ChargeTypeKey: Int64] {
        var types: [AccountLoadIDs.ChargeTypeKey: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, kind, service, description FROM charge_type") {
            guard let kind = ChargeKind(rawValue: row["kind"]) else { continue }
            let service: String? = row["service"]
            types[.init(kind: kind, service: service.flatMap(WaterService.init(rawValue:)), description: row["description"])] = row["id"]
        }
        return types
    }

    /// Writes a bulk load's lookup index, in index order, and its word counts.
    private static func write(_ index: SortedLookupIndex, _ db: Database) throws {
        let columns = ["kind", "token", "sort_key", "account_id"]
        try BulkRowWriter.chunked(count: index.count, table: "search_token", columns: columns, db) { row, position in
            let token = index.token(at: position)
            row.add(token.kind.rawValue)
            row.add(token.token)
            row.add(token.sortKey)
            row.add(token.accountID)
        }
        let words = index.countedWords()
        try BulkRowWriter.chunked(count: words.count, table: "search_vocab", columns: ["kind", "token", "occurrences"], db) { row, position in
            row.add(words[position].kind.rawValue)
            row.add(words[position].token)
            row.add(words[position].occurrences)
        }
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

/// What the generating thread hands the writer: a batch of accounts' rows, then the lookup index.
private enum LoadStep: Sendable {
    case accounts(AccountLoadRows)
    case lookupIndex(SortedLookupIndex)
}

/// Makes the load's steps on two threads of their own: one generates each batch's accounts
/// and lookup documents, the next turns them into rows and gathers the tokens, and after the
/// last batch sorts the lookup index. With the writing thread that is three stages of similar
/// cost, which keep both cores busy.
private final class SyntheticBatchMaker: @unchecked Sendable {
    let batchCount: Int
    /// Touched only by the rows thread.
    private var ids: AccountLoadIDs
    private let index = LookupIndexBuilder()
    private let generated: BackgroundBatches<[(SyntheticAccount, SearchDocument)]>

    init(total: Int, demos: [SyntheticHousehold], seed: UInt64, today: CivilDate, ids: AccountLoadIDs) {
        self.ids = ids
        let size = SyntheticData.accountsPerTransaction
        let batchCount = (total + size - 1) / size
        self.batchCount = batchCount
        generated = BackgroundBatches(count: batchCount) { step in
            (step * size..<min((step + 1) * size, total)).map { position in
                let item = SyntheticData.account(index: position, demos: demos, seed: seed, today: today)
                return (item, SearchDocument(account: item.account))
            }
        }
    }

    /// Batch `step`'s rows, or after the last batch the sorted lookup index.
    func step(_ step: Int) -> LoadStep {
        guard step < batchCount, let batch = generated.next() else { return .lookupIndex(index.finish()) }
        var rows = AccountLoadRows()
        for (offset, (item, document)) in batch.enumerated() {
            let id = Int64(step * SyntheticData.accountsPerTransaction + offset + 1)
            rows.add(item, id: id, document: document, ids: &ids)
            index.add(document, accountID: id)
        }
        return .accounts(rows)
    }

    func stop() { generated.stop() }
}
