import GRDB

extension Migrations {
    /// "v1-conduct": conduct incidents, one row each, the incident itself kept as JSON.
    ///
    /// The domain value (`ConductIncident`, with its timeline and decisions) is the `body`;
    /// the columns beside it are copies of what queries filter and sort on, rewritten with the
    /// body on every save: the account and the person's normalised name (repeat-offender
    /// checks), who raised it (an agent's own list), the stage and the time it was reported
    /// (the review queue, oldest first), and the current contact restriction's dates (banners,
    /// badges and restrictions due for review). Numbers are "CI-YYYY-NNNNNN": `year` and
    /// `serial` are unique together, allocated inside the write transaction that saves the row.
    static func registerConduct(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-conduct") { db in
            try db.execute(sql: """
                CREATE TABLE conduct_incident (
                    id TEXT NOT NULL PRIMARY KEY,
                    year INTEGER NOT NULL,
                    serial INTEGER NOT NULL,
                    account_number TEXT,
                    person_name TEXT,                 -- lower case, single spaces; NULL when no name was given
                    raised_by TEXT NOT NULL,
                    raised_at TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    reported_at TEXT,
                    restriction_start TEXT,           -- the current contact restriction, if any
                    restriction_review TEXT,
                    body TEXT NOT NULL,               -- the ConductIncident as JSON
                    UNIQUE (year, serial)
                );
                CREATE INDEX conduct_incident_by_account ON conduct_incident(account_number, raised_at);
                CREATE INDEX conduct_incident_by_person ON conduct_incident(person_name, raised_at);
                CREATE INDEX conduct_incident_by_raiser ON conduct_incident(raised_by, raised_at);
                CREATE INDEX conduct_incident_by_stage ON conduct_incident(stage, reported_at);
                CREATE INDEX conduct_incident_by_review ON conduct_incident(restriction_review);
                """)
        }
    }
}
