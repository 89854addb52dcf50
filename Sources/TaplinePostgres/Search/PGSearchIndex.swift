import TaplineStore

/// Keeps the lookup index in step with one changed account, inside the caller's transaction:
/// SQLite's `SearchIndex.replace` in PostgreSQL's SQL, on the same tables and the same
/// `SearchDocument`, each kind's tokens sent as arrays (a statement per step, not per token).
enum PGSearchIndex {
    /// Replaces the account's index rows (found through its stored document) with `document`'s;
    /// the vocabulary's counts follow (pairs are not counted, as on SQLite).
    static func replace(_ document: SearchDocument, accountID: Int64, _ connection: PGConnection) throws {
        if let row = try connection.execute("SELECT sort_key, doc FROM search_doc WHERE account_id = $1", [accountID]).first {
            let old = SearchDocument(stored: try row.string("doc"), sortKey: try row.string("sort_key"))
            let (kinds, tokens) = arrays(old, pairs: true)
            try connection.execute("""
                DELETE FROM search_token t USING unnest($1::int[], $2::text[]) AS u(kind, token)
                WHERE t.kind = u.kind AND t.token = u.token AND t.sort_key = $3 AND t.account_id = $4
                """, [kinds, tokens, old.sortKey, accountID])
            let (countedKinds, countedTokens) = arrays(old, pairs: false)
            try connection.execute("""
                UPDATE search_vocab v SET occurrences = v.occurrences - 1 FROM unnest($1::int[], $2::text[]) AS u(kind, token)
                WHERE v.kind = u.kind AND v.token = u.token
                """, [countedKinds, countedTokens])
            try connection.execute("""
                DELETE FROM search_vocab v USING unnest($1::int[], $2::text[]) AS u(kind, token)
                WHERE v.kind = u.kind AND v.token = u.token AND v.occurrences <= 0
                """, [countedKinds, countedTokens])
            try connection.execute("DELETE FROM search_doc WHERE account_id = $1", [accountID])
        }
        let (kinds, tokens) = arrays(document, pairs: true)
        try connection.execute("""
            INSERT INTO search_token(kind, token, sort_key, account_id)
            SELECT kind, token, $3, $4 FROM unnest($1::int[], $2::text[]) AS u(kind, token) ORDER BY kind, token
            """, [kinds, tokens, document.sortKey, accountID])
        let (countedKinds, countedTokens) = arrays(document, pairs: false)
        try connection.execute("""
            INSERT INTO search_vocab(kind, token, occurrences)
            SELECT kind, token, 1 FROM unnest($1::int[], $2::text[]) AS u(kind, token)
            ON CONFLICT (kind, token) DO UPDATE SET occurrences = search_vocab.occurrences + 1
            """, [countedKinds, countedTokens])
        try connection.execute("INSERT INTO search_doc(account_id, sort_key, doc) VALUES ($1, $2, $3)",
                               [accountID, document.sortKey, document.text])
    }

    /// The document's tokens as two parallel array literals (kind, token), with or without pairs.
    private static func arrays(_ document: SearchDocument, pairs: Bool) -> (String, String) {
        var kinds: [Int64] = [], tokens: [String] = []
        for kind in SearchDocument.Kind.allCases where pairs || !kind.isPair {
            for token in document.tokens(kind) {
                kinds.append(Int64(kind.rawValue))
                tokens.append(token)
            }
        }
        return (PGArray.ids(kinds), PGArray.texts(tokens))
    }
}
