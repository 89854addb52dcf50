import GRDB
import TaplineDomain

/// The one-field account lookup: account number, name, address, phone or email, as you type.
///
/// Every query is a range scan of `search_token`, whose B-tree order is the order shown, so
/// it reads only the rows it returns instead of ranking every match:
/// - one word: scan the "who" tokens starting with it, then the "where" tokens, stopping at
///   `limit` accounts; count separately, stopping at `countCap`.
/// - several words: scan the word with the fewest accounts (from `search_vocab`) and keep the
///   candidates whose document has a token starting with each other word; counting stops
///   after `candidateBudget` candidates.
/// An exact account number or phone number comes first because an exact token sorts before
/// every longer token it prefixes.
public struct AccountSearch: Sendable {
    let database: AppDatabase

    /// Counting stops here; more is shown as "1,000+".
    public static let countCap = 1000
    /// Multi-word lookups test at most this many candidates when counting.
    public static let candidateBudget = 1500

    public init(_ database: AppDatabase) { self.database = database }

    /// Accounts matching `query`, at most `limit` of them, best first.
    public func search(_ query: String, limit: Int = 50) throws -> SearchResult {
        let words = LookupQuery(query).words
        guard !words.isEmpty, limit > 0 else { return .empty }
        return try database.writer.read { db in
            let (ids, total, capped) = words.count == 1
                ? try Self.matchOneWord(words[0], limit: limit, db)
                : try Self.matchSeveralWords(words, limit: limit, db)
            let rows = try AccountSummaries.fetch(ids: ids, db)
            return SearchResult(totalMatches: total, totalIsCapped: capped, rows: rows)
        }
    }

    // MARK: - One word

    private static func matchOneWord(_ word: String, limit: Int, _ db: Database) throws -> (ids: [Int64], total: Int, capped: Bool) {
        let range = PrefixRange(word)
        var ids: [Int64] = []
        var seen = Set<Int64>()
        for kind in SearchDocument.Kind.allCases where ids.count < limit {
            let cursor = try Int64.fetchCursor(db.cachedStatement(sql: """
                SELECT account_id FROM search_token WHERE kind = ? AND token >= ? AND token < ?
                ORDER BY kind, token, sort_key, account_id
                """), arguments: [kind.rawValue, range.lower, range.upper])
            while ids.count < limit, let id = try cursor.next() {
                if seen.insert(id).inserted { ids.append(id) }
            }
        }
        let counts = try Row.fetchOne(db.cachedStatement(sql: """
            WITH who AS (SELECT account_id FROM search_token WHERE kind = 0 AND token >= ?1 AND token < ?2 LIMIT ?3),
                 place AS (SELECT account_id FROM search_token WHERE kind = 1 AND token >= ?1 AND token < ?2 LIMIT ?3)
            SELECT (SELECT COUNT(*) FROM who) AS who, (SELECT COUNT(*) FROM place) AS place,
                   (SELECT COUNT(DISTINCT account_id) FROM (SELECT account_id FROM who UNION ALL SELECT account_id FROM place)) AS total
            """), arguments: [range.lower, range.upper, countCap + 1])!
        let total: Int = counts["total"]
        let exhausted = (counts["who"] as Int) <= countCap && (counts["place"] as Int) <= countCap
        return (ids, exhausted ? total : min(total, countCap), !exhausted)
    }

    // MARK: - Several words

    private static func matchSeveralWords(_ words: [String], limit: Int, _ db: Database) throws -> (ids: [Int64], total: Int, capped: Bool) {
        let estimates = try words.map { try estimatedAccounts($0, db) }
        let driver = words[estimates.indices.min { estimates[$0] < estimates[$1] }!]
        let others = words.filter { $0 != driver }
        let range = PrefixRange(driver)
        let tests = others.map { _ in "instr(d.doc, ?) > 0" }.joined(separator: " AND ")
        let statement = try db.cachedStatement(sql: """
            SELECT s.account_id, \(tests) FROM search_token s JOIN search_doc d ON d.account_id = s.account_id
            WHERE s.kind = ? AND s.token >= ? AND s.token < ?
            ORDER BY s.kind, s.token, s.sort_key, s.account_id
            """)
        var ids: [Int64] = []
        var matched = Set<Int64>()
        var examined = 0
        var exhausted = true
        scan: for kind in SearchDocument.Kind.allCases {
            let arguments = StatementArguments(others.map { " " + $0 }) + [kind.rawValue, range.lower, range.upper]
            let rows = try Row.fetchCursor(statement, arguments: arguments)
            while let row = try rows.next() {
                if examined >= candidateBudget || matched.count > countCap { exhausted = false; break scan }
                examined += 1
                guard row[1] as Bool else { continue }
                let id: Int64 = row[0]
                if matched.insert(id).inserted, ids.count < limit { ids.append(id) }
            }
        }
        return (ids, min(matched.count, countCap), !exhausted)
    }

    /// How many accounts hold a token starting with `word`, from the vocabulary; a word
    /// starting very many distinct tokens ("s") is treated as unselective without summing all.
    private static func estimatedAccounts(_ word: String, _ db: Database) throws -> Int {
        let range = PrefixRange(word)
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*), COALESCE(SUM(occurrences), 0) FROM (
                SELECT * FROM (SELECT occurrences FROM search_vocab WHERE kind = 0 AND token >= ?1 AND token < ?2 LIMIT ?3)
                UNION ALL
                SELECT * FROM (SELECT occurrences FROM search_vocab WHERE kind = 1 AND token >= ?1 AND token < ?2 LIMIT ?3))
            """), arguments: [range.lower, range.upper, vocabularyScanLimit])!
        let distinctTokens: Int = row[0]
        return distinctTokens >= vocabularyScanLimit ? Int.max : row[1]
    }

    /// Summing more distinct tokens than this would cost more than it tells.
    private static let vocabularyScanLimit = 256
}

/// The B-tree range of tokens starting with a prefix.
struct PrefixRange {
    let lower: String
    let upper: String

    init(_ prefix: String) {
        lower = prefix
        upper = SearchText.upperBound(ofPrefix: prefix) ?? "\u{10FFFF}\u{10FFFF}"
    }
}
