import GRDB

extension Migrations {
    /// "v4-dispute-queue": the facts the open-disputes queue ranks by (`DisputeFacts`, Charter
    /// 3.2), beside each complaint, so the queue is ranked, counted and paged in SQL and only
    /// the page shown is decoded (issue 12 item 6).
    ///
    /// The index holds every column the queue reads, so ranking the candidates never touches
    /// a body. The backfill is the same facts from the stored JSON, for the candidates only:
    /// the queue reads no others, and a complaint becomes a candidate only by a save, which
    /// writes them.
    static func registerDisputeQueue(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-dispute-queue") { db in
            try db.execute(sql: """
                ALTER TABLE complaint ADD COLUMN decided_on TEXT;
                ALTER TABLE complaint ADD COLUMN claim_open INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE complaint ADD COLUMN claim_finalised_on TEXT;
                UPDATE complaint
                SET decided_on = substr(json_extract(body, '$.responses[#-1].at'), 1, 10),
                    claim_open = json_type(body, '$.externalClaim.lodged') IS NOT NULL,
                    claim_finalised_on = json_extract(body, '$.externalClaim.finalised.finalisedOn')
                WHERE dispute_candidate = 1;
                DROP INDEX complaint_dispute_queue;
                CREATE INDEX complaint_disputes
                    ON complaint(received_at, number, status, level, owner, decided_on, claim_open, claim_finalised_on, disputed_cents)
                    WHERE dispute_candidate = 1;
                """)
        }
    }
}
