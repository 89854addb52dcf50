import GRDB

extension Migrations {
    /// "v1-hardship": hardship assessments, each kept for ever, and the days the policy stopped applying.
    ///
    /// Charter 5.6: every assessment is a new row — a new one never overwrites an old one, so
    /// an account's hardship history is its rows in `assessed_at` order. The `HardshipAssessment`
    /// is the `body` (JSON); the columns beside it are copies of what badges, banners and
    /// reviews filter on (the account, when, the outcome, the review date), written with the
    /// body. Numbers are "HA-YYYY-NNNNNN": `year` and `serial` are unique together, allocated
    /// inside the write transaction that inserts the row. `hardship_cessation` records the
    /// 5.6(j) circumstances in which the policy stopped applying to the account.
    static func registerHardship(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-hardship") { db in
            try db.execute(sql: """
                CREATE TABLE hardship_assessment (
                    id TEXT NOT NULL PRIMARY KEY,     -- "HA-2026-000001"
                    year INTEGER NOT NULL,
                    serial INTEGER NOT NULL CHECK (serial > 0),
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    assessed_at TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('inHardship', 'notInHardship', 'referToFinancialCounsellor')),
                    review_on TEXT,                   -- Charter 5.6(k); NULL when not in hardship
                    body TEXT NOT NULL,               -- the HardshipAssessment as JSON
                    UNIQUE (year, serial)
                );
                CREATE INDEX hardship_assessment_by_account ON hardship_assessment(account_id, assessed_at);
                CREATE INDEX hardship_assessment_by_review ON hardship_assessment(review_on) WHERE review_on IS NOT NULL;
                CREATE TABLE hardship_cessation (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    on_date TEXT NOT NULL,            -- the day the policy stopped applying
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    body TEXT NOT NULL                -- the HardshipCessation as JSON
                );
                CREATE INDEX hardship_cessation_by_account ON hardship_cessation(account_id, on_date);
                """)
        }
    }
}
