import GRDB

extension Migrations {
    /// "v4-call-record" (issue 13 item 1): a call's wrap-up on the contact — its reason and
    /// outcome codes, when it ended, and what was done on it (one line each) — and contacts
    /// with no account, for a caller never identified.
    ///
    /// SQLite cannot drop NOT NULL from a column, so the table is rebuilt the standard way
    /// (sqlite.org/lang_altertable.html: make the new table, copy, drop, rename, index); no
    /// table refers to contacts, so nothing else changes. The indexes serve the searches by
    /// date and by reason (`tapline interactions list`).
    static func registerCallRecord(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-call-record") { db in
            try db.execute(sql: """
                CREATE TABLE interaction_new (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER REFERENCES account(id) ON DELETE CASCADE,
                    at TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    reason TEXT,
                    outcome TEXT,
                    ended_at TEXT,
                    done TEXT NOT NULL DEFAULT ''
                );
                INSERT INTO interaction_new(id, account_id, at, channel, agent, summary)
                    SELECT id, account_id, at, channel, agent, summary FROM interaction;
                DROP TABLE interaction;
                ALTER TABLE interaction_new RENAME TO interaction;
                CREATE INDEX interaction_by_account ON interaction(account_id, at);
                CREATE INDEX interaction_by_time ON interaction(at);
                CREATE INDEX interaction_by_reason ON interaction(reason, at);
                """)
        }
    }
}
