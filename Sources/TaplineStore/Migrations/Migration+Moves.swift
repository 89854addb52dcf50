import GRDB

extension Migrations {
    /// "v4-moves": customers moving out and in (issue 13 item 6; Charter 14.11(a), 14.17(b)).
    ///
    /// One row per move at a property: the outgoing account (the one an agent was on), the new
    /// customer's account when someone moved in, the move out and move in as recorded (JSON
    /// bodies of the domain values), and the charter summary owed to the new customer and the
    /// day it was sent. An account moves out once and is opened by at most one move in.
    static func registerMoves(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-moves") { db in
            try db.execute(sql: """
                CREATE TABLE property_move (
                    id INTEGER PRIMARY KEY,
                    outgoing_account_id INTEGER NOT NULL REFERENCES account(id),
                    incoming_account_id INTEGER REFERENCES account(id),
                    move_out TEXT,
                    move_in TEXT,
                    charter_summary_due TEXT,
                    charter_summary_sent TEXT,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    CHECK (move_out IS NOT NULL OR move_in IS NOT NULL),
                    CHECK ((move_in IS NULL) = (incoming_account_id IS NULL)),
                    CHECK ((move_in IS NULL) = (charter_summary_due IS NULL))
                );
                CREATE UNIQUE INDEX property_move_out_once ON property_move(outgoing_account_id) WHERE move_out IS NOT NULL;
                CREATE INDEX property_move_by_outgoing ON property_move(outgoing_account_id);
                CREATE UNIQUE INDEX property_move_by_incoming ON property_move(incoming_account_id);
                CREATE INDEX property_move_charter_due ON property_move(charter_summary_due)
                    WHERE charter_summary_due IS NOT NULL AND charter_summary_sent IS NULL;
                """)
        }
    }
}
