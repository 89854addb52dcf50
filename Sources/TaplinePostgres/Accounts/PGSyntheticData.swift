import TaplineDomain
import TaplineStore

/// Seeds an empty PostgreSQL database with the synthetic accounts SQLite's seed makes
/// (`SyntheticData.accounts`: same seed, size and day, same accounts), written with COPY.
///
/// One transaction on one connection: a seed is all there or not at all. The generator's
/// work and the server's overlap, since COPY streams each batch as it is written. The
/// lookup index is built once at the end, sorted, then the planner's statistics are taken.
enum PGSyntheticData {
    /// Accounts gathered before their rows are copied.
    static let accountsPerBatch = 5_000

    static func generate(into store: PostgresStore, accounts count: Int, seed: UInt64, today: CivilDate,
                         progress: (Int, Int) -> Void) throws {
        try store.withConnection { connection in
            try connection.transaction { connection in
                // Nobody may add accounts while the seed assumes an empty table.
                try connection.execute("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE")
                let existing = try connection.execute("SELECT count(*) AS n FROM account").first?.int("n") ?? 0
                guard existing == 0 else { throw StoreError.notEmpty(accounts: existing) }
                let loader = try PGAccountLoader(connection, ids: .counting())
                let accounts = SyntheticData.accounts(count: count, seed: seed, today: today)
                var written = 0
                for account in accounts {
                    try loader.add(account)
                    written += 1
                    if written % accountsPerBatch == 0 {
                        try loader.flush()
                        progress(written, accounts.count)
                    }
                }
                try loader.finish()
                try PGRowIDs.advanceSequences(connection)
                progress(written, accounts.count)
            }
            try connection.execute("ANALYZE")
        }
    }
}
