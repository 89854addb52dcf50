import GRDB

extension Migrations {
    /// "v4-concessions": a concession card's validity and the bill its credit starts on
    /// (Charter 5.3), beside the type and number the account already keeps, and the concession
    /// and URGS applications lodged and their outcomes (7.2(b), (c)), now that agents record
    /// them on screen. Cards imported before have no terms; applications noted before as
    /// restriction circumstances stay where they are and are still read.
    static func registerConcessions(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-concessions") { db in
            try db.execute(sql: """
                ALTER TABLE account ADD COLUMN concession_valid_from TEXT;
                ALTER TABLE account ADD COLUMN concession_valid_to TEXT;
                ALTER TABLE account ADD COLUMN concession_advised TEXT;
                ALTER TABLE account ADD COLUMN concession_credit_from TEXT;
                CREATE TABLE concession_application (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    kind TEXT NOT NULL CHECK (kind IN ('concession', 'urgs')),
                    lodged_on TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'approved', 'declined')),
                    decided_on TEXT,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    CHECK ((outcome = 'pending') = (decided_on IS NULL))
                );
                CREATE INDEX concession_application_by_account ON concession_application(account_id, kind);
                """)
        }
    }
}
