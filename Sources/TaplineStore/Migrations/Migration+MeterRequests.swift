import GRDB

extension Migrations {
    /// "v4-meter-requests": the meter register and tariff behind each bill (Charter 4.5(d),
    /// 4.6(b)) and the meter and billing-record requests agents now take on screen: special
    /// readings (4.3), meter tests and their outcomes (11.1, 4.8), billing histories (14.8).
    ///
    /// A bill keeps its closing register (the opening one is that less the litres used, so they
    /// cannot disagree); a usage charge its litres and rate (ten-thousandths of a dollar per kL).
    /// Bills stored before have neither and show without them.
    static func registerMeterRequests(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-meter-requests") { db in
            try db.execute(sql: """
                ALTER TABLE bill ADD COLUMN meter_register_litres INTEGER;
                ALTER TABLE bill_charge ADD COLUMN litres INTEGER;
                ALTER TABLE bill_charge ADD COLUMN rate INTEGER;
                CREATE TABLE meter_request (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    kind TEXT NOT NULL CHECK (kind IN ('special-reading', 'meter-test', 'billing-history')),
                    requested_on TEXT NOT NULL,
                    meter_mm INTEGER NOT NULL,
                    way TEXT CHECK (way IN ('reading', 'estimated-bill')),
                    charge_cents INTEGER NOT NULL DEFAULT 0,
                    due_on TEXT,
                    independent INTEGER NOT NULL DEFAULT 0,
                    history_years INTEGER,
                    history_file TEXT,
                    finding TEXT CHECK (finding IN ('reading-high', 'accurate', 'reading-low')),
                    decided_on TEXT,
                    high_by_bp INTEGER NOT NULL DEFAULT 0,
                    adjustment_cents INTEGER NOT NULL DEFAULT 0,
                    instruction TEXT CHECK (instruction IN ('credit', 'refund')),
                    inform_by TEXT,
                    test_charge_cents INTEGER NOT NULL DEFAULT 0,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    CHECK ((finding IS NULL) = (decided_on IS NULL))
                );
                CREATE INDEX meter_request_by_account ON meter_request(account_id);
                """)
        }
    }
}
