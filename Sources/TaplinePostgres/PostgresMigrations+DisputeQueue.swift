extension PostgresMigrations {
    /// "v4-dispute-queue": the facts the open-disputes queue ranks by (`DisputeFacts`, Charter
    /// 3.2), as SQLite's migration of that name: the queue is ranked, counted and paged in
    /// SQL, decoding only the page shown (issue 12 item 6). The index carries what the
    /// ranking reads, so it can run as an index-only scan. The backfill is for the candidates
    /// only: the queue reads no others, and a complaint becomes one only by a save.
    static let disputeQueue = Migration(identifier: "v4-dispute-queue", sql: """
        ALTER TABLE complaint ADD COLUMN decided_on date,
                              ADD COLUMN claim_open boolean NOT NULL DEFAULT false,
                              ADD COLUMN claim_finalised_on date;
        UPDATE complaint
        SET decided_on = left(body->'responses'->-1->>'at', 10)::date,
            claim_open = body->'externalClaim' ? 'lodged',
            claim_finalised_on = (body->'externalClaim'->'finalised'->>'finalisedOn')::date
        WHERE dispute_candidate;
        DROP INDEX complaint_dispute_queue;
        CREATE INDEX complaint_disputes ON complaint(received_at, number COLLATE "C")
            INCLUDE (status, level, owner, decided_on, claim_open, claim_finalised_on, disputed_cents)
            WHERE dispute_candidate;
        """)
}
