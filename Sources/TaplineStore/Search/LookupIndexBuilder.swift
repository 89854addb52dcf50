/// Gathers the lookup tokens of many accounts being loaded and gives them back in the index's
/// own order — (kind, token, sort key, account id), text in byte order as both stores compare
/// it — with each word's count for `search_vocab`.
///
/// A bulk load writes the index once, in order, so every row is appended to the B-tree instead
/// of being sorted by the database from a temporary table (for a million accounts: 24 million
/// rows written twice and an external sort). Each token is kept as eight bytes (a number for the
/// word, one for the account), so a million accounts' tokens take about 200 MB; the sort runs
/// on the thread that generates the accounts, beside the one writing them.
public final class LookupIndexBuilder: @unchecked Sendable {
    private struct Word: Hashable {
        let kind: SearchDocument.Kind
        let token: String
    }

    private var wordIDs: [Word: UInt32] = [:]
    private var words: [Word] = []
    private var accountIDs: [Int64] = []
    private var sortKeys: [String] = []
    /// Word id in the high half, account ordinal in the low half.
    private var entries: [UInt64] = []

    public init() {}

    /// Adds an account's tokens.
    public func add(_ document: SearchDocument, accountID: Int64) {
        let ordinal = UInt64(accountIDs.count)
        accountIDs.append(accountID)
        sortKeys.append(document.sortKey)
        for kind in SearchDocument.Kind.allCases {
            for token in document.tokens(kind) {
                let word = Word(kind: kind, token: token)
                let id: UInt32
                if let known = wordIDs[word] {
                    id = known
                } else {
                    id = UInt32(words.count)
                    words.append(word)
                    wordIDs[word] = id
                }
                entries.append(UInt64(id) << 32 | ordinal)
            }
        }
    }

    /// Sorts what was added; the builder is spent.
    public func finish() -> SortedLookupIndex {
        wordIDs = [:]
        let wordOrder = words.indices.sorted { Self.precedes(words[$0], words[$1]) }
        let accountOrder = accountIDs.indices.sorted { left, right in
            let (a, b) = (sortKeys[left], sortKeys[right])
            return a == b ? accountIDs[left] < accountIDs[right] : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        var wordRank = [UInt32](repeating: 0, count: words.count)
        for (rank, id) in wordOrder.enumerated() { wordRank[id] = UInt32(rank) }
        var accountRank = [UInt32](repeating: 0, count: accountIDs.count)
        for (rank, ordinal) in accountOrder.enumerated() { accountRank[ordinal] = UInt32(rank) }
        var ranked = entries.map { entry in
            UInt64(wordRank[Int(entry >> 32)]) << 32 | UInt64(accountRank[Int(entry & 0xFFFF_FFFF)])
        }
        entries = []
        ranked.sort()
        return SortedLookupIndex(words: wordOrder.map { words[$0] }.map { ($0.kind, $0.token) },
                                 accounts: accountOrder.map { (accountIDs[$0], sortKeys[$0]) }, entries: ranked)
    }

    private static func precedes(_ a: Word, _ b: Word) -> Bool {
        a.kind != b.kind ? a.kind.rawValue < b.kind.rawValue : a.token.utf8.lexicographicallyPrecedes(b.token.utf8)
    }
}

/// The lookup index of a bulk load in index order, from `LookupIndexBuilder.finish`.
public struct SortedLookupIndex: Sendable {
    /// (kind, token) by rank.
    fileprivate let words: [(SearchDocument.Kind, String)]
    /// (account id, sort key) by rank.
    fileprivate let accounts: [(Int64, String)]
    /// Word rank in the high half, account rank in the low half, sorted.
    fileprivate let entries: [UInt64]

    public var count: Int { entries.count }

    /// The `search_token` row at `position` in index order.
    public func token(at position: Int) -> (kind: SearchDocument.Kind, token: String, sortKey: String, accountID: Int64) {
        let entry = entries[position]
        let word = words[Int(entry >> 32)]
        let account = accounts[Int(entry & 0xFFFF_FFFF)]
        return (word.0, word.1, account.1, account.0)
    }

    /// The counted words (pairs are not counted) with how many accounts hold each, in index order.
    public func countedWords() -> [(kind: SearchDocument.Kind, token: String, occurrences: Int)] {
        var counted: [(kind: SearchDocument.Kind, token: String, occurrences: Int)] = []
        var index = 0
        while index < entries.count {
            let rank = entries[index] >> 32
            var end = index + 1
            while end < entries.count, entries[end] >> 32 == rank { end += 1 }
            let word = words[Int(rank)]
            if !word.0.isPair { counted.append((word.0, word.1, end - index)) }
            index = end
        }
        return counted
    }
}
