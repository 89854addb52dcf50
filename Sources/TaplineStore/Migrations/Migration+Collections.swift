import GRDB

extension Migrations {
    /// "v1-collections": what the restriction check reads that no other area records
    /// (Charter 6, 7.1-7.3).
    ///
    /// - `collection_event`: the notices and contacts of the collection process — Final Notice
    ///   issued (6.1, 7.1(a)), Notice Before Restriction sent and whether it carried the
    ///   Hardship Policy (6.3, 7.1(b)), attempts to contact the customer (6.2, 7.1(c)), the
    ///   customer told of the proposed restriction and its costs (7.1(d)), and a plan offered
    ///   and refused or not answered (7.1(e)). Only appended.
    /// - `restriction_circumstance`: facts an agent notes that block restriction while they
    ///   last (7.2(b)-(d), 7.3(c)): open from `noted_on` until `cleared_on`.
    /// - `fire_district_postcode` and `total_fire_ban`: Total Fire Ban days declared for a CFA
    ///   fire district (7.3(d)), and which district each postcode of the service area is in.
    static func registerCollections(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-collections") { db in
            try db.execute(sql: """
                CREATE TABLE collection_event (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    kind TEXT NOT NULL CHECK (kind IN ('finalNotice', 'noticeBeforeRestriction', 'contactAttempt',
                                                       'notifiedOfRestriction', 'planOfferRefused', 'planOfferUnanswered')),
                    on_date TEXT NOT NULL,
                    included_hardship_information INTEGER NOT NULL DEFAULT 0,   -- Notice Before Restriction only (7.1(b))
                    note TEXT NOT NULL DEFAULT '',
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL
                );
                CREATE INDEX collection_event_by_account ON collection_event(account_id, kind, on_date);
                CREATE TABLE restriction_circumstance (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    kind TEXT NOT NULL CHECK (kind IN ('concessionApplication', 'urgsApplication', 'landlordOwesDebt',
                                                       'vcatClaimAgainstLandlord', 'healthHazard')),
                    noted_on TEXT NOT NULL,
                    cleared_on TEXT,                  -- NULL while it still applies
                    note TEXT NOT NULL DEFAULT '',
                    recorded_by TEXT NOT NULL
                );
                CREATE INDEX restriction_circumstance_by_account ON restriction_circumstance(account_id, kind);
                CREATE TABLE fire_district_postcode (
                    postcode TEXT NOT NULL PRIMARY KEY,
                    district TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE total_fire_ban (
                    district TEXT NOT NULL,
                    on_date TEXT NOT NULL,
                    declared_by TEXT NOT NULL,
                    PRIMARY KEY (district, on_date)
                ) WITHOUT ROWID;
                """)
        }
    }
}
