import GRDB

extension Migrations {
    /// "v4-dispute-candidates": which complaints the open-disputes queue may list
    /// (`DisputeQueue.mayList`, Charter 3.1(e), 3.2), kept beside the body so the queue reads
    /// those few rather than every complaint still awaiting a reply (issue 12 item 6).
    ///
    /// The backfill is the same rule on the stored JSON: not resolved; answered, disputed or
    /// with a claim lodged; and if closed, disputed.
    static func registerDisputeCandidates(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-dispute-candidates") { db in
            try db.execute(sql: """
                ALTER TABLE complaint ADD COLUMN dispute_candidate INTEGER NOT NULL DEFAULT 0;
                UPDATE complaint SET dispute_candidate = 1
                WHERE status <> 'resolved' AND (status <> 'closed' OR disputed_cents IS NOT NULL)
                  AND (json_array_length(body, '$.responses') > 0 OR disputed_cents IS NOT NULL
                       OR json_type(body, '$.externalClaim.lodged') IS NOT NULL);
                CREATE INDEX complaint_dispute_queue ON complaint(received_at, sequence) WHERE dispute_candidate = 1;
                """)
        }
    }
}
