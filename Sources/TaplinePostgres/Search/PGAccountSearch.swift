import TaplineDomain
import TaplineStore

/// The account lookup on PostgreSQL: SQLite's algorithm (`AccountSearch`), statement for
/// statement, over the same tables under the "C" collation — the same accounts, in the same
/// order, with the same "1,000+" cap.
///
/// Every read is a range scan of a primary key: `search_token (kind, token, sort_key,
/// account_id)` is in the order shown, `search_vocab (kind, token)` counts tokens, and
/// `search_doc (account_id)` holds each account's tokens for filtering. Where SQLite steps a
/// cursor and stops, this asks for a batch and continues after its last row (keyset paging),
/// so a lookup reads about the rows it shows, in a few round trips.
struct PGAccountSearch {
    let connection: PGConnection

    func search(_ query: String, limit: Int) throws -> SearchResult {
        let words = LookupQuery(query).words
        guard !words.isEmpty, limit > 0 else { return .empty }
        var found = LookupMatches(limit: limit)
        if words.count == 1 {
            try matchOneWord(words[0], into: &found)
        } else {
            try matchPairs(words, into: &found)
            if found.ids.count < limit { try matchByFiltering(words, into: &found) }
        }
        let rows = try PGAccountSummaries.fetch(ids: found.ids, connection)
        return found.result(rows: rows)
    }

    // MARK: - One word

    private func matchOneWord(_ word: String, into found: inout LookupMatches) throws {
        let range = PrefixRange(word)
        try scan(range, into: &found, untilPageIsFull: true)
        guard found.ids.count >= found.limit else { return }
        let mostOnOneToken = try mostAccountsOnOneToken(range)
        if mostOnOneToken > AccountSearch.countCap {
            found.incomplete = true
            found.atLeast = mostOnOneToken
            return
        }
        try scan(range, into: &found, untilPageIsFull: false)
    }

    /// Adds the accounts holding a token in `range`, kind by kind, until the page is full or
    /// (when counting) until the count passes the cap.
    private func scan(_ range: PrefixRange, into found: inout LookupMatches, untilPageIsFull: Bool) throws {
        for group in Self.scanGroups {
            // As many rows as could still be needed: duplicates (an account holding two tokens
            // in the range) are made up by the next batch.
            let batch = max(1, untilPageIsFull ? found.limit - found.ids.count : AccountSearch.countCap + 1 - found.seen.count)
            let firstBatches = try firstBatches(range, kinds: group, batch: batch)
            for kind in group {
                var stop = false
                try scanTokens(kind, range, batch: batch, first: firstBatches[kind.rawValue] ?? []) { id in
                    guard found.add(id) else { stop = true; return false }
                    if untilPageIsFull, found.ids.count >= found.limit { stop = true; return false }
                    return true
                }
                if stop { return }
            }
        }
    }

    /// The listed kinds in the groups whose first batches are read together: the key kind
    /// alone first, since a surname, number or phone usually fills the page by itself, then
    /// the others in one statement.
    private static let scanGroups: [[SearchDocument.Kind]] = [[.key], [.name, .place, .email]]

    /// The first `batch` token rows in `range` of every listed kind, by kind, in index order:
    /// one statement, so a lookup that fills its page early costs one round trip here.
    private func firstBatches(_ range: PrefixRange, kinds: [SearchDocument.Kind], batch: Int) throws -> [Int: [PGRow]] {
        let rows = try connection.executePrepared("""
            SELECT k.kind, s.account_id FROM unnest($1::smallint[]) WITH ORDINALITY AS k(kind, n)
            CROSS JOIN LATERAL (SELECT account_id FROM search_token t
                                WHERE t.kind = k.kind AND t.token >= $2 AND t.token < $3
                                ORDER BY t.token, t.sort_key, t.account_id LIMIT $4) s
            """, [PGArray.ids(kinds.map { Int64($0.rawValue) }), range.lower, range.upper, batch]).rows
        return Dictionary(grouping: rows) { $0.int("kind") ?? -1 }
    }

    /// The listed kinds as an array parameter.
    private static let listedKinds = PGArray.ids(SearchDocument.Kind.listed.map { Int64($0.rawValue) })

    /// Calls `each` with the account of every token row of `kind` in `range`, in index order —
    /// `first` (the first batch, already read), then `batch` rows at a time after those —
    /// until it returns false.
    private func scanTokens(_ kind: SearchDocument.Kind, _ range: PrefixRange, batch: Int, first: [PGRow],
                            _ each: (Int64) -> Bool) throws {
        var rows = first
        var read = 0
        while true {
            read += rows.count
            for row in rows {
                guard let id = row.int64("account_id") else { continue }
                guard each(id) else { return }
            }
            guard rows.count == batch else { return }
            rows = try connection.executePrepared("""
                SELECT account_id FROM search_token WHERE kind = $1 AND token >= $2 AND token < $3
                ORDER BY kind, token, sort_key, account_id LIMIT $4 OFFSET $5
                """, [kind.rawValue, range.lower, range.upper, batch, read]).rows
        }
    }

    /// The most accounts holding any one token in `range` (of the first few hundred tokens of
    /// each kind), from the vocabulary, in one statement.
    private func mostAccountsOnOneToken(_ range: PrefixRange) throws -> Int {
        let row = try connection.executePrepared("""
            SELECT max(occurrences) AS most FROM unnest($1::smallint[]) AS k(kind)
            CROSS JOIN LATERAL (SELECT occurrences FROM search_vocab v
                                WHERE v.kind = k.kind AND v.token >= $2 AND v.token < $3 ORDER BY v.token LIMIT $4) t
            """, [Self.listedKinds, range.lower, range.upper, AccountSearch.vocabularyScanLimit]).first
        return row?.int("most") ?? 0
    }

    // MARK: - Several words

    /// Matches through pair tokens: the first pair of words that has any, the rest filtering.
    private func matchPairs(_ words: [String], into found: inout LookupMatches) throws {
        for first in words.indices {
            for second in words.indices where second > first {
                let others = words.indices.filter { $0 != first && $0 != second }.map { words[$0] }
                let before = found.seen.count
                try matchPair(words[first], words[second], others: others, into: &found)
                if found.seen.count > before || found.incomplete { return }
            }
        }
    }

    /// Matches accounts holding a pair token made of the two words (each a prefix), whose
    /// documents also hold every word of `others`: every (kind, completion) range in one
    /// statement, in the order SQLite scans them.
    ///
    /// SQLite reads on until it has counted past the cap; here, when no other word filters
    /// the pairs and the vocabulary shows one pair token alone held by more accounts than the
    /// cap ("smith␂bacchus"), each range is read only as far as a page, since the count is
    /// "1,000+" either way — the same page and count, without sending a thousand rows. A page
    /// left short by accounts found twice is read again in full.
    private func matchPair(_ one: String, _ other: String, others: [String], into found: inout LookupMatches) throws {
        let orders = [(one, other), (other, one)]
        let completed = try completions(of: orders.map(\.0))
        guard let best = orders.indices.filter({ completed[$0] != nil })
            .min(by: { completed[$0]!.count < completed[$1]!.count }) else { return }
        var kinds: [Int64] = [], lowers: [String] = [], uppers: [String] = []
        for kind in SearchDocument.Kind.pairs {
            for completion in completed[best]! {
                let range = PrefixRange(completion + SearchDocument.pairJoiner + orders[best].1)
                kinds.append(Int64(kind.rawValue))
                lowers.append(range.lower)
                uppers.append(range.upper)
            }
        }
        guard !kinds.isEmpty else { return }
        let ranges = [PGArray.ids(kinds), PGArray.texts(lowers), PGArray.texts(uppers)] as [any PGBindable]
        if others.isEmpty, try pageFromBusyPairs(ranges, into: &found) { return }
        // Every range to the cap, or filtered by the other words.
        let tests = others.enumerated().map { "strpos(d.doc, $\($0.offset + 5)) > 0" }.joined(separator: " AND ")
        let rows = try connection.executePrepared("""
            SELECT s.account_id FROM unnest($1::smallint[], $2::text[], $3::text[]) WITH ORDINALITY AS r(kind, lower, upper, n)
            CROSS JOIN LATERAL (
                SELECT t.token, t.sort_key, t.account_id FROM search_token t
                \(others.isEmpty ? "" : "JOIN search_doc d ON d.account_id = t.account_id")
                WHERE t.kind = r.kind AND t.token >= r.lower COLLATE "C" AND t.token < r.upper COLLATE "C"
                    \(others.isEmpty ? "" : "AND " + tests)
                ORDER BY t.kind, t.token, t.sort_key, t.account_id LIMIT $4
            ) s
            ORDER BY r.n, s.token, s.sort_key, s.account_id
            """, ranges + [AccountSearch.countCap + 1] + others.map { " " + $0 }).rows
        for row in rows {
            guard let id = row.int64("account_id") else { continue }
            guard found.add(id) else { return }
        }
        if found.ids.count >= found.limit { found.incomplete = true }
    }

    /// Fills the page from the ranges' first rows when the vocabulary shows one pair token
    /// held by more accounts than the cap, so the count is "1,000+" without counting; false
    /// (nothing added) when no token is that busy, or when accounts found twice leave the page
    /// short while a range has more rows than were read.
    private func pageFromBusyPairs(_ ranges: [any PGBindable], into found: inout LookupMatches) throws -> Bool {
        let page = found.limit
        let rows = try connection.executePrepared("""
            WITH r AS (SELECT * FROM unnest($1::smallint[], $2::text[], $3::text[]) WITH ORDINALITY AS r(kind, lower, upper, n)),
            most AS (SELECT coalesce(max(v.occurrences), 0) AS most FROM r
                     CROSS JOIN LATERAL (SELECT occurrences FROM search_vocab v
                                         WHERE v.kind = r.kind AND v.token >= r.lower COLLATE "C" AND v.token < r.upper COLLATE "C"
                                         ORDER BY v.token LIMIT $4) v)
            SELECT m.most, s.n, s.account_id FROM most m
            LEFT JOIN LATERAL (
                SELECT r.n, t.token, t.sort_key, t.account_id FROM r CROSS JOIN LATERAL (
                    SELECT t.token, t.sort_key, t.account_id FROM search_token t
                    WHERE t.kind = r.kind AND t.token >= r.lower COLLATE "C" AND t.token < r.upper COLLATE "C"
                    ORDER BY t.kind, t.token, t.sort_key, t.account_id LIMIT $5 + 1
                ) t
                WHERE m.most > $6
            ) s ON true
            ORDER BY s.n, s.token, s.sort_key, s.account_id
            """, ranges + [AccountSearch.vocabularyScanLimit, page, AccountSearch.countCap]).rows
        let most = rows.first?.int("most") ?? 0
        guard most > AccountSearch.countCap else { return false }
        var trial = found
        var index = rows.startIndex
        while index < rows.endIndex {
            let range = rows[index].int("n")
            let end = rows[index...].firstIndex { $0.int("n") != range } ?? rows.endIndex
            for row in rows[index..<end].prefix(page) {
                guard let id = row.int64("account_id") else { continue }
                _ = trial.add(id)
                if trial.ids.count >= page {
                    trial.incomplete = true
                    trial.atLeast = most
                    found = trial
                    return true
                }
            }
            // This range goes on past what was read: what follows in scan order is unknown.
            if end - index > page { return false }
            index = end
        }
        return false
    }

    /// For each prefix, the distinct words starting with it, or nil when there are too many
    /// to try: every prefix and kind in one statement.
    private func completions(of prefixes: [String]) throws -> [[String]?] {
        let most = AccountSearch.maximumCompletions
        let kinds: [SearchDocument.Kind] = [.key, .name, .place]
        var kindValues: [Int64] = [], lowers: [String] = [], uppers: [String] = []
        for prefix in prefixes {
            let range = PrefixRange(prefix)
            for kind in kinds {
                kindValues.append(Int64(kind.rawValue))
                lowers.append(range.lower)
                uppers.append(range.upper)
            }
        }
        let rows = try connection.executePrepared("""
            SELECT r.n, t.token FROM unnest($1::smallint[], $2::text[], $3::text[]) WITH ORDINALITY AS r(kind, lower, upper, n)
            CROSS JOIN LATERAL (SELECT token FROM search_vocab v
                                WHERE v.kind = r.kind AND v.token >= r.lower COLLATE "C" AND v.token < r.upper COLLATE "C"
                                ORDER BY v.token LIMIT $4) t
            """, [PGArray.ids(kindValues), PGArray.texts(lowers), PGArray.texts(uppers), most + 1]).rows
        var perRange: [Int: Int] = [:]
        var words = Array(repeating: Set<String>(), count: prefixes.count)
        for row in rows {
            let n = (row.int("n") ?? 1) - 1
            perRange[n, default: 0] += 1
            if let token = row["token"] { words[n / kinds.count].insert(token) }
        }
        return prefixes.indices.map { index in
            let ranges = (index * kinds.count)..<((index + 1) * kinds.count)
            guard ranges.allSatisfy({ (perRange[$0] ?? 0) <= most }), words[index].count <= most else { return nil }
            return words[index].sorted()
        }
    }

    /// Matches by scanning the most selective word and testing the others on each candidate,
    /// at most `AccountSearch.candidateBudget` candidates in all.
    private func matchByFiltering(_ words: [String], into found: inout LookupMatches) throws {
        let driver = try chooseDriver(words)
        let others = words.filter { $0 != driver }
        let range = PrefixRange(driver)
        let tests = others.enumerated().map { "strpos(d.doc, $\($0.offset + 5)) > 0" }.joined(separator: " AND ")
        // Kind by kind in a nested loop, stopped by the outer LIMIT one row past the budget:
        // the candidates SQLite's cursor would examine, in its order, in one statement.
        let rows = try connection.executePrepared("""
            SELECT s.account_id, s.matches FROM unnest($1::smallint[]) WITH ORDINALITY AS k(kind, n)
            CROSS JOIN LATERAL (
                SELECT t.account_id, (\(tests)) AS matches FROM search_token t JOIN search_doc d ON d.account_id = t.account_id
                WHERE t.kind = k.kind AND t.token >= $2 AND t.token < $3
                ORDER BY t.token, t.sort_key, t.account_id LIMIT $4
            ) s
            LIMIT $4
            """, [Self.listedKinds, range.lower, range.upper, AccountSearch.candidateBudget + 1] + others.map { " " + $0 }).rows
        var examined = 0
        for row in rows {
            guard examined < AccountSearch.candidateBudget else { found.incomplete = true; return }
            examined += 1
            if row.bool("matches") == true, let id = row.int64("account_id"), !found.add(id) { return }
        }
    }

    /// The word whose tokens to scan: the rarest, preferring a word that can name a person
    /// unless it is much commoner (as `AccountSearch` chooses).
    private func chooseDriver(_ words: [String]) throws -> String {
        let estimates = try estimatedAccounts(words)
        let rarest = estimates.map { $0.reduce(0, &+) }.min()!
        let personWords = words.indices.filter { estimates[$0][0] &+ estimates[$0][1] > 0 }
            .filter { estimates[$0].reduce(0, &+) <= rarest &* AccountSearch.personPreference }
        let pool = personWords.isEmpty ? Array(words.indices) : personWords
        return words[pool.min { estimates[$0].reduce(0, &+) < estimates[$1].reduce(0, &+) }!]
    }

    /// For each word, how many accounts hold a token of each listed kind starting with it,
    /// from the vocabulary (one statement for all words); a word starting very many distinct
    /// tokens counts as unselective.
    private func estimatedAccounts(_ words: [String]) throws -> [[Int]] {
        let listed = SearchDocument.Kind.listed
        var kinds: [Int64] = [], lowers: [String] = [], uppers: [String] = []
        for word in words {
            let range = PrefixRange(word)
            for kind in listed {
                kinds.append(Int64(kind.rawValue))
                lowers.append(range.lower)
                uppers.append(range.upper)
            }
        }
        let rows = try connection.executePrepared("""
            SELECT r.n, count(t.occurrences) AS tokens, coalesce(sum(t.occurrences), 0) AS accounts
            FROM unnest($1::smallint[], $2::text[], $3::text[]) WITH ORDINALITY AS r(kind, lower, upper, n)
            LEFT JOIN LATERAL (SELECT occurrences FROM search_vocab v
                               WHERE v.kind = r.kind AND v.token >= r.lower COLLATE "C" AND v.token < r.upper COLLATE "C"
                               ORDER BY v.token LIMIT $4) t ON true
            GROUP BY r.n ORDER BY r.n
            """, [PGArray.ids(kinds), PGArray.texts(lowers), PGArray.texts(uppers), AccountSearch.vocabularyScanLimit]).rows
        let flat = rows.map { row in
            (row.int("tokens") ?? 0) >= AccountSearch.vocabularyScanLimit ? Int.max / 8 : (row.int("accounts") ?? 0)
        }
        return words.indices.map { Array(flat[($0 * listed.count)..<(($0 + 1) * listed.count)]) }
    }
}
