import TaplineDomain
import TaplineStore

/// Seeds an empty PostgreSQL database with the synthetic accounts SQLite's seed makes
/// (`SyntheticData.accounts`: same seed, size and day, same accounts), written with COPY.
///
/// One transaction on one connection: a seed is all there or not at all. Built for size:
/// - the tables' keys, foreign keys and indexes are dropped first and rebuilt once at the end
///   (`PGLoadIndexes`), so no row pays for a foreign-key look-up or a B-tree descent;
/// - the tables are emptied in the transaction, so COPY writes their rows frozen;
/// - rows go in binary COPY, the next batch built meanwhile with every core (`PGSeedBatches`);
/// - lookup tokens go straight into `search_token`, whose key is then built by one sort.
/// The planner's statistics are taken before the foreign keys are checked (`PGLoadIndexes`).
enum PGSyntheticData {
    /// Accounts per batch: per table, one COPY of some megabytes.
    static let accountsPerBatch = 10_000

    static func generate(into store: PostgresStore, accounts count: Int, seed: UInt64, today: CivilDate,
                         progress: (Int, Int) -> Void) throws {
        try store.withConnection { connection in
            try connection.transaction { connection in
                // Nobody may add accounts while the seed assumes an empty table.
                try connection.execute("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE")
                let existing = try connection.execute("SELECT count(*) AS n FROM account").first?.int("n") ?? 0
                guard existing == 0 else { throw StoreError.notEmpty(accounts: existing) }
                let ids = try PGRowIDs.counting(connection)
                let tables = PGAccountBatch.Table.names
                let indexes = try PGLoadIndexes.drop(on: tables, connection)
                let frozen = try emptyForFreezing(tables, connection)
                let chargeTypes = PGChargeTypes(connection)
                let total = SyntheticData.accounts(count: count, seed: seed, today: today).count
                var written = 0
                let batches = PGSeedBatches(count: count, seed: seed, today: today, chargeTypes: chargeTypes)
                try PGBatchPipeline<PGAccountBatch>.run(make: { hand in
                    var ids = ids
                    for start in stride(from: 0, to: total, by: accountsPerBatch) {
                        guard hand(try batches.batch(start..<min(start + accountsPerBatch, total), ids: &ids)) else { return }
                    }
                }, send: { batch in
                    try batch.send(connection, tokenTable: PGAccountBatch.Table.token.name, frozen: frozen)
                    written += batch.accounts
                    // The last step is shown when the indexes are back, not before.
                    if written < total { progress(written, total) }
                })
                try indexes.rebuild(analysing: tables, connection)
                // search_vocab after the tokens' key: counted from an index-only scan, in order.
                try connection.execute("""
                    INSERT INTO search_vocab(kind, token, occurrences)
                        SELECT kind, token, count(*) FROM search_token
                        WHERE kind < \(SearchDocument.Kind.pair.rawValue) AND account_id >= $1 GROUP BY kind, token
                    ON CONFLICT (kind, token) DO UPDATE SET occurrences = search_vocab.occurrences + excluded.occurrences
                    """, [ids.first("account")])
                try connection.execute("ANALYZE search_vocab")
                try PGRowIDs.advanceSequences(connection)
                progress(written, total)
            }
        }
    }

    /// Empties (TRUNCATE) those of `tables` that hold nothing, so COPY may freeze their rows;
    /// returns their names. A table with rows is left as it is and loaded without FREEZE.
    private static func emptyForFreezing(_ tables: [String], _ connection: PGConnection) throws -> Set<String> {
        let empty = try tables.filter { table in
            try connection.execute("SELECT NOT EXISTS (SELECT 1 FROM \(table)) AS empty").first?.bool("empty") == true
        }
        if !empty.isEmpty { try connection.execute("TRUNCATE \(empty.joined(separator: ", "))") }
        return Set(empty)
    }
}
