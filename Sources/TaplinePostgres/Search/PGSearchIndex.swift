import TaplineStore

/// Keeps the lookup index in step with one changed account, inside the caller's transaction:
/// SQLite's `SearchIndex.replace` in PostgreSQL's SQL, on the same tables and the same
/// `SearchDocument`, each step one statement over arrays of (kind, token).
///
/// Only what differs is written: a new phone number removes the old number's token and adds
/// the new one's, and the counts of the suburb or surname the account shares with thousands of
/// others are not touched, so two agents saving accounts in one suburb do not queue on the
/// same `search_vocab` rows. The rows that are touched are locked in key order first, so two
/// saves cannot deadlock over them.
enum PGSearchIndex {
    /// A token of one kind, as the index keys it.
    private struct Entry: Hashable {
        let kind: Int
        let token: String
    }

    /// Replaces the account's index rows (found through its stored document) with `document`'s;
    /// the vocabulary's counts follow (pairs are not counted, as on SQLite).
    static func replace(_ document: SearchDocument, accountID: Int64, _ connection: PGConnection) throws {
        let new = entries(document)
        var old: Set<Entry> = []
        var oldSortKey: String?
        if let row = try connection.execute("SELECT sort_key, doc FROM search_doc WHERE account_id = $1", [accountID]).first {
            let stored = SearchDocument(stored: try row.string("doc"), sortKey: try row.string("sort_key"))
            old = entries(stored)
            oldSortKey = stored.sortKey
        }
        // A token row is keyed by the account's sort key too: a new one re-keys every row.
        let sameKey = oldSortKey == document.sortKey
        let (gone, added) = (old.subtracting(new), new.subtracting(old))
        if let oldSortKey {
            let removed = sameKey ? gone : old
            try connection.execute("""
                DELETE FROM search_token t USING unnest($1::int[], $2::text[]) AS u(kind, token)
                WHERE t.kind = u.kind AND t.token = u.token AND t.sort_key = $3 AND t.account_id = $4
                """, arrays(removed) + [oldSortKey, accountID])
        }
        try connection.execute("""
            INSERT INTO search_token(kind, token, sort_key, account_id)
            SELECT kind, token, $3, $4 FROM unnest($1::int[], $2::text[]) AS u(kind, token) ORDER BY kind, token
            """, arrays(sameKey ? added : new) + [document.sortKey, accountID])
        let uncounted = gone.filter { !isPair($0) }, counted = added.filter { !isPair($0) }
        if !uncounted.isEmpty || !counted.isEmpty {
            try connection.execute("""
                SELECT 1 FROM search_vocab v JOIN unnest($1::int[], $2::text[]) AS u(kind, token)
                    ON v.kind = u.kind AND v.token = u.token
                ORDER BY v.kind, v.token FOR UPDATE OF v
                """, arrays(uncounted.union(counted)))
            try connection.execute("""
                UPDATE search_vocab v SET occurrences = v.occurrences - 1 FROM unnest($1::int[], $2::text[]) AS u(kind, token)
                WHERE v.kind = u.kind AND v.token = u.token
                """, arrays(uncounted))
            try connection.execute("""
                DELETE FROM search_vocab v USING unnest($1::int[], $2::text[]) AS u(kind, token)
                WHERE v.kind = u.kind AND v.token = u.token AND v.occurrences <= 0
                """, arrays(uncounted))
            try connection.execute("""
                INSERT INTO search_vocab(kind, token, occurrences)
                SELECT kind, token, 1 FROM unnest($1::int[], $2::text[]) AS u(kind, token) ORDER BY kind, token
                ON CONFLICT (kind, token) DO UPDATE SET occurrences = search_vocab.occurrences + 1
                """, arrays(counted))
        }
        try connection.execute("""
            INSERT INTO search_doc(account_id, sort_key, doc) VALUES ($1, $2, $3)
            ON CONFLICT (account_id) DO UPDATE SET sort_key = excluded.sort_key, doc = excluded.doc
            """, [accountID, document.sortKey, document.text])
    }

    private static func entries(_ document: SearchDocument) -> Set<Entry> {
        Set(SearchDocument.Kind.allCases.flatMap { kind in document.tokens(kind).map { Entry(kind: kind.rawValue, token: $0) } })
    }

    private static func isPair(_ entry: Entry) -> Bool { SearchDocument.Kind(rawValue: entry.kind)?.isPair ?? false }

    /// The entries as two parallel array literals (kinds, tokens), in key order.
    private static func arrays(_ entries: Set<Entry>) -> [(any PGBindable)?] {
        let sorted = entries.sorted { ($0.kind, $0.token) < ($1.kind, $1.token) }
        return [PGArray.ids(sorted.map { Int64($0.kind) }), PGArray.texts(sorted.map(\.token))]
    }
}
