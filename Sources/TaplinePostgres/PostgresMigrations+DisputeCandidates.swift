extension PostgresMigrations {
    /// "v4-dispute-candidates": which complaints the open-disputes queue may list
    /// (`DisputeQueue.mayList`, Charter 3.1(e), 3.2), as SQLite's migration of that name: the
    /// queue reads those few, through a partial index, rather than every complaint awaiting a
    /// reply (issue 12 item 6). The backfill is the same rule on the stored JSON.
    static let disputeCandidates = Migration(identifier: "v4-dispute-candidates", sql: """
        ALTER TABLE complaint ADD COLUMN dispute_candidate boolean NOT NULL DEFAULT false;
        UPDATE complaint SET dispute_candidate = true
        WHERE status <> 'resolved' AND (status <> 'closed' OR disputed_cents IS NOT NULL)
          AND (jsonb_array_length(body->'responses') > 0 OR disputed_cents IS NOT NULL OR body->'externalClaim' ? 'lodged');
        DROP INDEX complaint_dispute_candidates;  -- v1's, on every complaint not yet resolved
        CREATE INDEX complaint_dispute_queue ON complaint(received_at, sequence) WHERE dispute_candidate;
        """)
}
