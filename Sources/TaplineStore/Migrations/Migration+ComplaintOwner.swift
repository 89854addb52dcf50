import GRDB

extension Migrations {
    /// "v3-complaint-owner": whose work each complaint is (issue 12 item 4), and the indexes
    /// that read the reply queue a page at a time (item 6).
    ///
    /// `owner` is `Complaint.owner` (whoever logged it, until assigned), kept beside the JSON
    /// body like the other columns queues filter on; complaints logged before it are their
    /// loggers'. Each queue index holds the queue's order (reply date, time received, number)
    /// after what it narrows by, so a page and its counts read one range.
    static func registerComplaintOwner(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-complaint-owner") { db in
            try db.execute(sql: """
                ALTER TABLE complaint ADD COLUMN owner TEXT NOT NULL DEFAULT '';
                UPDATE complaint SET owner = logged_by;
                DROP INDEX complaint_by_reply_due;
                CREATE INDEX complaint_queue ON complaint(reply_due, received_at, sequence) WHERE reply_due IS NOT NULL;
                CREATE INDEX complaint_queue_by_owner ON complaint(owner, reply_due, received_at, sequence) WHERE reply_due IS NOT NULL;
                CREATE INDEX complaint_queue_by_level ON complaint(level, reply_due, received_at, sequence) WHERE reply_due IS NOT NULL;
                """)
        }
    }
}
