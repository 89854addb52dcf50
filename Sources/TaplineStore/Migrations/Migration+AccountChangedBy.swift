import GRDB

extension Migrations {
    /// "v4-account-changed-by": who last saved an account's details, when, and what they
    /// changed, beside its version, so a save based on an older version is refused naming them
    /// (`ChangedSinceRead`, issue 12 item 3) without reading the audit trail, which agents may
    /// not read on PostgreSQL. Accounts never changed since they were made have none.
    static func registerAccountChangedBy(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-account-changed-by") { db in
            try db.execute(sql: """
                ALTER TABLE account ADD COLUMN changed_by TEXT;
                ALTER TABLE account ADD COLUMN changed_at TEXT;
                ALTER TABLE account ADD COLUMN last_change TEXT;
                """)
        }
    }
}
