import TaplineDomain
import TaplineStore

/// Writes accounts with their history and lookup entries through COPY, within the caller's
/// transaction, beside other consoles: how accounts are created and imported on PostgreSQL.
///
/// Rows are gathered into one `PGAccountBatch` (the seed's rows, byte for byte) and copied
/// parents first. Lookup tokens go to a temporary table and are merged into the index once,
/// sorted, by `finish` (as SQLite's loader does), with `search_vocab` counts added to those stored.
final class PGAccountLoader {
    private let connection: PGConnection
    private var ids: PGRowIDs
    private let chargeTypes: PGChargeTypes
    private var batch = PGAccountBatch()

    /// The temporary table the tokens wait in.
    private static let stagedTokens = "load_token"

    /// Starts a load in the caller's transaction; the temporary token table ends with it.
    init(_ connection: PGConnection, ids: PGRowIDs) throws {
        self.connection = connection
        self.ids = ids
        chargeTypes = PGChargeTypes(connection)
        try connection.execute("""
            CREATE TEMP TABLE \(Self.stagedTokens) (kind smallint, token text COLLATE "C", sort_key text COLLATE "C", account_id bigint)
            ON COMMIT DROP
            """)
    }

    /// Ids to reserve for writing `accounts` (each with its bills) beside other consoles.
    static func idsNeeded(accounts: [SyntheticAccount]) -> [String: Int] {
        ["account": accounts.count, "address": accounts.count * 2, "bill": accounts.reduce(0) { $0 + $1.bills.count }]
    }

    /// Gathers one account's rows; nothing is sent until `finish`.
    func add(_ item: SyntheticAccount) throws {
        try batch.add(item, ids: &ids, chargeTypes: chargeTypes)
    }

    /// Sends the rows, then merges the tokens into the lookup index in index order and
    /// counts them into the vocabulary (pairs are not counted, as on SQLite).
    func finish() throws {
        try batch.send(connection, tokenTable: Self.stagedTokens)
        batch = PGAccountBatch()
        try connection.execute("SET LOCAL work_mem = '256MB'")
        try connection.execute("""
            INSERT INTO search_token(kind, token, sort_key, account_id)
                SELECT kind, token, sort_key, account_id FROM \(Self.stagedTokens) ORDER BY kind, token, sort_key, account_id
            """)
        try connection.execute("""
            INSERT INTO search_vocab(kind, token, occurrences)
                SELECT kind, token, count(*) FROM \(Self.stagedTokens)
                WHERE kind < \(SearchDocument.Kind.pair.rawValue) GROUP BY kind, token
            ON CONFLICT (kind, token) DO UPDATE SET occurrences = search_vocab.occurrences + excluded.occurrences
            """)
        try connection.execute("TRUNCATE \(Self.stagedTokens)")
    }
}
