import GRDB
import TaplineDomain

/// The one-field account lookup: account number, name, address, phone or email, as you type.
///
/// Every query is a range scan of `search_token`, whose B-tree order — kind, token, surname,
/// given names — is the order shown, so it reads only the rows it returns instead of ranking
/// every match:
/// - one word: scan the tokens starting with it, kind by kind (`SearchDocument.Kind.listed`),
///   listing the first `limit` accounts, then count on to `countCap` — unless the vocabulary
///   shows one of those tokens alone is held by more accounts than that ("smith").
/// - several words: first the pair tokens ("john␂smith", "bacchus␂smith"): the first word
///   with the fewer completions is completed from the vocabulary, and each completion's pairs
///   starting with the other word are scanned — so "john smi" and "smi bacch" go straight to
///   the right people. Then, to find the rest (a street, a second customer), scan the most
///   selective word's tokens and keep the candidates whose document has a token starting
///   with each other word, testing at most `candidateBudget` candidates.
/// An exact account number or phone number comes first because an exact token sorts before
/// every longer token it prefixes.
public struct AccountSearch: Sendable {
    let database: AppDatabase

    /// Counting stops here; more is shown as "1,000+".
    public static let countCap = 1000
    /// Multi-word lookups test at most this many candidates outside the pair index: each test
    /// reads the candidate's document, so this bounds the slowest lookups (a street with a
    /// given name, a second customer with a suburb) at the cost of their completeness.
    public static let candidateBudget = 400

    public init(_ database: AppDatabase) { self.database = database }

    /// Accounts matching `query`, at most `limit` of them, best first.
    public func search(_ query: String, limit: Int = 50) throws -> SearchResult {
        let words = LookupQuery(query).words
        guard !words.isEmpty, limit > 0 else { return .empty }
        return try database.writer.read { db in
            var found = LookupMatches(limit: limit)
            if words.count == 1 {
                try Self.matchOneWord(words[0], into: &found, db)
            } else {
                try Self.matchPairs(words, into: &found, db)
                if found.ids.count < limit { try Self.matchByFiltering(words, into: &found, db) }
            }
            let rows = try AccountSummaries.fetch(ids: found.ids, db)
            return found.result(rows: rows)
        }
    }

    // MARK: - One word

    private static func matchOneWord(_ word: String, into found: inout LookupMatches, _ db: Database) throws {
        let range = PrefixRange(word)
        try scan(range, into: &found, untilPageIsFull: true, db)
        guard found.ids.count >= found.limit else { return }
        // More than a page: count on, unless one token alone proves there are too many to count.
        let mostOnOneToken = try mostAccountsOnOneToken(range, db)
        if mostOnOneToken > countCap {
            found.incomplete = true
            found.atLeast = mostOnOneToken
            return
        }
        try scan(range, into: &found, untilPageIsFull: false, db)
    }

    /// Adds the accounts holding a token in `range`, kind by kind, until the page is full or
    /// (when counting) until the count passes the cap.
    private static func scan(_ range: PrefixRange, into found: inout LookupMatches, untilPageIsFull: Bool, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            SELECT account_id FROM search_token WHERE kind = ? AND token >= ? AND token < ?
            ORDER BY kind, token, sort_key, account_id
            """)
        for kind in SearchDocument.Kind.listed {
            let cursor = try Int64.fetchCursor(statement, arguments: [kind.rawValue, range.lower, range.upper])
            while let id = try cursor.next() {
                guard found.add(id) else { return }
                if untilPageIsFull, found.ids.count >= found.limit { return }
            }
        }
    }

    /// The most accounts holding any one token in `range` (of the first few hundred tokens):
    /// an exact lower bound of the matches, read from the vocabulary without scanning them.
    private static func mostAccountsOnOneToken(_ range: PrefixRange, _ db: Database) throws -> Int {
        let statement = try db.cachedStatement(sql: """
            SELECT MAX(occurrences) FROM (SELECT occurrences FROM search_vocab WHERE kind = ? AND token >= ? AND token < ? LIMIT ?)
            """)
        return try SearchDocument.Kind.listed.map { kind in
            try Int.fetchOne(statement, arguments: [kind.rawValue, range.lower, range.upper, vocabularyScanLimit]) ?? 0
        }.max() ?? 0
    }

    // MARK: - Several words

    /// Matches through pair tokens: the first pair of words that has any, the rest filtering.
    private static func matchPairs(_ words: [String], into found: inout LookupMatches, _ db: Database) throws {
        for first in words.indices {
            for second in words.indices where second > first {
                let others = words.indices.filter { $0 != first && $0 != second }.map { words[$0] }
                let before = found.seen.count
                try matchPair(words[first], words[second], others: others, into: &found, db)
                if found.seen.count > before || found.incomplete { return }
            }
        }
    }

    /// Matches accounts holding a pair token made of the two words (each a prefix), whose
    /// documents also hold every word of `others`.
    private static func matchPair(_ one: String, _ other: String, others: [String], into found: inout LookupMatches, _ db: Database) throws {
        // Pairs are stored both ways round, so either order finds them all: complete the word
        // with fewer completions.
        let orders = [(one, other), (other, one)]
        let completed = try orders.map { try Self.completions(of: $0.0, db) }
        guard let best = orders.indices.filter({ completed[$0] != nil })
            .min(by: { completed[$0]!.count < completed[$1]!.count }) else { return }
        let statement = try db.cachedStatement(sql: others.isEmpty ? """
            SELECT account_id FROM search_token WHERE kind = ? AND token >= ? AND token < ?
            ORDER BY kind, token, sort_key, account_id
            """ : """
            SELECT s.account_id FROM search_token s JOIN search_doc d ON d.account_id = s.account_id
            WHERE s.kind = ? AND s.token >= ? AND s.token < ?
                AND \(others.map { _ in "instr(d.doc, ?) > 0" }.joined(separator: " AND "))
            ORDER BY s.kind, s.token, s.sort_key, s.account_id
            """)
        let tests = StatementArguments(others.map { " " + $0 })
        for kind in SearchDocument.Kind.pairs {
            for completion in completed[best]! {
                let range = PrefixRange(completion + SearchDocument.pairJoiner + orders[best].1)
                let cursor = try Int64.fetchCursor(statement, arguments: [kind.rawValue, range.lower, range.upper] + tests)
                while let id = try cursor.next() {
                    guard found.add(id) else { return }
                }
            }
        }
        // A full page from pairs is enough to show; the other matches are not counted.
        if found.ids.count >= found.limit { found.incomplete = true }
    }

    /// The distinct words starting with `prefix`, or nil when there are too many to try.
    private static func completions(of prefix: String, _ db: Database) throws -> [String]? {
        let range = PrefixRange(prefix)
        let statement = try db.cachedStatement(sql: """
            SELECT token FROM search_vocab WHERE kind = ? AND token >= ? AND token < ? ORDER BY kind, token LIMIT ?
            """)
        var words = Set<String>()
        for kind in [SearchDocument.Kind.key, .name, .place] {
            let tokens = try String.fetchAll(statement, arguments: [kind.rawValue, range.lower, range.upper, maximumCompletions + 1])
            guard tokens.count <= maximumCompletions else { return nil }
            words.formUnion(tokens)
        }
        return words.count <= maximumCompletions ? words.sorted() : nil
    }

    /// Trying more completions than this would cost more than filtering does.
    public static let maximumCompletions = 16

    /// Matches by scanning the most selective word and testing the others on each candidate.
    private static func matchByFiltering(_ words: [String], into found: inout LookupMatches, _ db: Database) throws {
        let driver = try chooseDriver(words, db)
        let others = words.filter { $0 != driver }
        let range = PrefixRange(driver)
        let tests = others.map { _ in "instr(d.doc, ?) > 0" }.joined(separator: " AND ")
        let statement = try db.cachedStatement(sql: """
            SELECT s.account_id, \(tests) FROM search_token s JOIN search_doc d ON d.account_id = s.account_id
            WHERE s.kind = ? AND s.token >= ? AND s.token < ?
            ORDER BY s.kind, s.token, s.sort_key, s.account_id
            """)
        var examined = 0
        for kind in SearchDocument.Kind.listed {
            let arguments = StatementArguments(others.map { " " + $0 }) + [kind.rawValue, range.lower, range.upper]
            let rows = try Row.fetchCursor(statement, arguments: arguments)
            while let row = try rows.next() {
                guard examined < candidateBudget else { found.incomplete = true; return }
                examined += 1
                if row[1] as Bool, !found.add(row[0]) { return }
            }
        }
    }

    /// The word whose tokens to scan: the one held by the fewest accounts, except that a word
    /// that can name a person is preferred over a rarer place word when not much commoner,
    /// so "smi bacch" lists the Smiths of Bacchus Marsh before its Smith Street.
    private static func chooseDriver(_ words: [String], _ db: Database) throws -> String {
        let estimates = try words.map { try estimatedAccounts($0, db) }
        let rarest = estimates.map { $0.reduce(0, &+) }.min()!
        let personWords = words.indices.filter { estimates[$0][0] &+ estimates[$0][1] > 0 }
            .filter { estimates[$0].reduce(0, &+) <= rarest &* personPreference }
        let pool = personWords.isEmpty ? Array(words.indices) : personWords
        return words[pool.min { estimates[$0].reduce(0, &+) < estimates[$1].reduce(0, &+) }!]
    }

    /// How much commoner a person word may be than the rarest word and still be preferred.
    public static let personPreference = 4

    /// How many accounts hold a token of each kind starting with `word`, from the
    /// vocabulary; a word starting very many distinct tokens ("s") counts as unselective.
    private static func estimatedAccounts(_ word: String, _ db: Database) throws -> [Int] {
        let range = PrefixRange(word)
        let statement = try db.cachedStatement(sql: """
            SELECT COUNT(*), COALESCE(SUM(occurrences), 0) FROM (
                SELECT occurrences FROM search_vocab WHERE kind = ? AND token >= ? AND token < ? LIMIT ?)
            """)
        return try SearchDocument.Kind.listed.map { kind in
            let row = try Row.fetchOne(statement, arguments: [kind.rawValue, range.lower, range.upper, vocabularyScanLimit])!
            return (row[0] as Int) >= vocabularyScanLimit ? Int.max / 8 : row[1]
        }
    }

    /// Summing more distinct tokens than this would cost more than it tells.
    public static let vocabularyScanLimit = 256
}

/// The B-tree range of tokens starting with a prefix.
public struct PrefixRange: Sendable {
    public let lower: String
    public let upper: String

    public init(_ prefix: String) {
        lower = prefix
        upper = SearchText.upperBound(ofPrefix: prefix) ?? "\u{10FFFF}\u{10FFFF}"
    }
}
