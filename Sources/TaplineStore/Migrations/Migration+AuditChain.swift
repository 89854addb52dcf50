import GRDB

extension Migrations {
    /// "v2-audit-chain": every audit entry gets a gapless sequence number and a SHA-256 chained
    /// to the entry before it (`AuditChain`), and a one-row table keeps the chain's head.
    ///
    /// Entries already there are chained in id order (the update trigger is lifted for that
    /// alone). Afterwards a trigger refuses any entry written without its link, so a row put in
    /// with the sqlite3 shell is refused rather than left unchained, and the head can neither be
    /// deleted nor moved back.
    static func registerAuditChain(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-audit-chain") { db in
            try db.execute(sql: """
                ALTER TABLE audit_log ADD COLUMN seq INTEGER;
                ALTER TABLE audit_log ADD COLUMN prev_hash BLOB;
                ALTER TABLE audit_log ADD COLUMN hash BLOB;
                CREATE TABLE audit_chain_head (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    seq INTEGER NOT NULL,
                    hash BLOB NOT NULL
                );
                INSERT INTO audit_chain_head(id, seq, hash) VALUES (1, 0, zeroblob(32));
                DROP TRIGGER audit_log_no_update;
                """)
            try AuditLog.chainExisting(db)
            try db.execute(sql: """
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE UNIQUE INDEX audit_log_by_seq ON audit_log(seq);
                CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
                    WHEN NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL
                    BEGIN SELECT RAISE(ABORT, 'audit entries are chained: write them through tapline'); END;
                CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
                    BEGIN SELECT RAISE(ABORT, 'the audit chain head is kept for good'); END;
                CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE ON audit_chain_head WHEN NEW.seq < OLD.seq
                    BEGIN SELECT RAISE(ABORT, 'the audit chain head only moves forward'); END;
                """)
        }
    }
}
