import GRDB

/// Keeps the lookup index in step with an account, inside the caller's transaction.
enum SearchIndex {
    /// Indexes an account that has no index rows yet.
    static func add(_ document: SearchDocument, accountID: Int64, _ db: Database) throws {
        let insertToken = try db.cachedStatement(sql: "INSERT INTO search_token(kind, token, sort_key, account_id) VALUES (?, ?, ?, ?)")
        let countToken = try db.cachedStatement(sql: """
            INSERT INTO search_vocab(kind, token, occurrences) VALUES (?, ?, 1)
            ON CONFLICT(kind, token) DO UPDATE SET occurrences = occurrences + 1
            """)
        for kind in SearchDocument.Kind.allCases {
            for token in document.tokens(kind) {
                try insertToken.execute(arguments: [kind.rawValue, token, document.sortKey, accountID])
                if !kind.isPair { try countToken.execute(arguments: [kind.rawValue, token]) }
            }
        }
        try db.execute(sql: "INSERT INTO search_doc(account_id, sort_key, doc) VALUES (?, ?, ?)",
                       arguments: [accountID, document.sortKey, document.text])
    }

    /// Removes an account's index rows, found through its stored document.
    static func remove(accountID: Int64, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT sort_key, doc FROM search_doc WHERE account_id = ?", arguments: [accountID]) else { return }
        let document = SearchDocument(stored: row["doc"], sortKey: row["sort_key"])
        let deleteToken = try db.cachedStatement(sql: "DELETE FROM search_token WHERE kind = ? AND token = ? AND sort_key = ? AND account_id = ?")
        let uncountToken = try db.cachedStatement(sql: "UPDATE search_vocab SET occurrences = occurrences - 1 WHERE kind = ? AND token = ?")
        let forgetToken = try db.cachedStatement(sql: "DELETE FROM search_vocab WHERE kind = ? AND token = ? AND occurrences <= 0")
        for kind in SearchDocument.Kind.allCases {
            for token in document.tokens(kind) {
                try deleteToken.execute(arguments: [kind.rawValue, token, document.sortKey, accountID])
                if !kind.isPair {
                    try uncountToken.execute(arguments: [kind.rawValue, token])
                    try forgetToken.execute(arguments: [kind.rawValue, token])
                }
            }
        }
        try db.execute(sql: "DELETE FROM search_doc WHERE account_id = ?", arguments: [accountID])
    }

    /// Replaces an account's index rows after a change.
    static func replace(_ document: SearchDocument, accountID: Int64, _ db: Database) throws {
        try remove(accountID: accountID, db)
        try add(document, accountID: accountID, db)
    }
}
