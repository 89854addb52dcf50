import GRDB

extension Migrations {
    /// "v2-presence": which console has which account (and record on it) open, and when it
    /// last said so.
    static func registerPresence(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-presence") { db in
            try db.execute(sql: """
                CREATE TABLE presence (
                    console TEXT PRIMARY KEY,
                    login TEXT NOT NULL,
                    account_number TEXT NOT NULL,
                    subject TEXT,
                    since TEXT NOT NULL,
                    last_seen INTEGER NOT NULL
                );
                CREATE INDEX presence_by_account ON presence(account_number, last_seen);
                CREATE INDEX presence_by_subject ON presence(subject, last_seen);
                """)
        }
    }
}
