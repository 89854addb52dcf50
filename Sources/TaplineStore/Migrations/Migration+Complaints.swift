import GRDB

extension Migrations {
    /// "v1-complaints": the complaints register (Charter 3.1: "keep a record of all complaints
    /// and responses").
    ///
    /// Each complaint is stored whole as JSON in `body` (its responses and timeline are nested
    /// parts nobody queries on their own), beside columns for what queues and reports filter
    /// and sort on: the account, status, level, who logged it, the 3.1(a) due date and the date
    /// the awaited reply is due now (`reply_due`, NULL when no reply is awaited).
    ///
    /// Numbers are unique per year: `(year, sequence)` is a key, and the sequence is allocated
    /// inside the write transaction that inserts the row, so two consoles never get the same
    /// number. `account_id` has no ON DELETE CASCADE: removing an account must not erase the
    /// record of its complaints. `event_count` is the length of the stored timeline, which
    /// only grows; a save based on a copy that missed someone else's change is refused.
    static func registerComplaints(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-complaints") { db in
            try db.execute(sql: """
                CREATE TABLE complaint (
                    id INTEGER PRIMARY KEY,
                    number TEXT NOT NULL UNIQUE,          -- "C-2026-000123"
                    year INTEGER NOT NULL,
                    sequence INTEGER NOT NULL CHECK (sequence > 0),
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    received_at TEXT NOT NULL,
                    due_date TEXT NOT NULL,               -- Charter 3.1(a): 10th business day after receipt
                    reply_due TEXT,                       -- the awaited reply's date; NULL when none is awaited
                    status TEXT NOT NULL CHECK (status IN ('open', 'responded', 'further-review', 'resolved', 'closed')),
                    level TEXT NOT NULL,
                    category TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    disputed_cents INTEGER,               -- Charter 3.1(e): NULL when nothing is disputed
                    logged_by TEXT NOT NULL,
                    logged_at TEXT NOT NULL,
                    event_count INTEGER NOT NULL,
                    body TEXT NOT NULL,                   -- the whole Complaint as JSON
                    UNIQUE (year, sequence)
                );
                CREATE INDEX complaint_by_account ON complaint(account_id, received_at);
                CREATE INDEX complaint_by_reply_due ON complaint(reply_due) WHERE reply_due IS NOT NULL;
                """)
        }
    }

    /// "v2-complaints-deciders": who holds each complaint level, and the name letters give them
    /// (Charter 3.1(d)(1): a decision at Team Leader, Manager or General Manager level is made by
    /// that person, or by a supervisor on their behalf; see `ComplaintAuthority`).
    ///
    /// One row per console user who decides complaints: `name` is how letters name them ("Sam
    /// Lee"), `level` the level they hold (NULL for a supervisor who holds none).
    static func registerComplaintDeciders(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-complaints-deciders") { db in
            try db.execute(sql: """
                CREATE TABLE complaint_decider (
                    user TEXT NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    level TEXT CHECK (level IN ('frontline', 'team-leader', 'manager', 'general-manager'))
                ) WITHOUT ROWID;
                """)
        }
    }
}
