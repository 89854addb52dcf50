import GRDB

extension Migrations {
    /// "v1-audit": the append-only record of who viewed or changed what, and when.
    ///
    /// Triggers refuse updates and deletes, so not even a bug in this module can rewrite history.
    static func registerAudit(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-audit") { db in
            try db.execute(sql: """
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    action TEXT NOT NULL,
                    account_number TEXT,
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX audit_log_by_account ON audit_log(account_number, at);
                CREATE INDEX audit_log_by_who ON audit_log(who, at);
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
    }
}
