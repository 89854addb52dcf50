extension PostgresMigrations {
    /// "v4-incident-queues": the supervisors' conduct lists read a page at a time (issue 12
    /// item 6), as SQLite's migration of that name.
    ///
    /// - `restriction_review_asked`: whether the customer asked to review the current contact
    ///   restriction, computed by the server from the body (`conduct_restriction_review_asked`,
    ///   the last contact-restriction decision's review requests, as `ConductIncident.currentRestriction`)
    ///   as a stored generated column. Adding it fills it in for every row saved before, and no
    ///   client can write it: every save, `conduct_record_review_request`'s included, keeps it
    ///   equal to the body.
    /// - `conduct_incident_by_review_due` on the restriction's review and start dates (and the
    ///   number, so a page's rows are sorted without reading them) replaces
    ///   `conduct_incident_by_review`; `conduct_incident_review_asked` holds only the
    ///   restrictions the customer asked to review: the two halves of the restrictions due.
    /// - `conduct_incident_awaiting_review` holds only the incidents waiting for a supervisor,
    ///   in queue order (`IncidentReviewQueue`; numbers compared byte by byte, as Swift does),
    ///   for the queue's pages and Home's count.
    static let incidentQueues = Migration(identifier: "v4-incident-queues", sql: """
        CREATE FUNCTION conduct_restriction_review_asked(body jsonb) RETURNS boolean
            LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce((
                SELECT jsonb_array_length(coalesce(d.value->'kind'->'contactRestriction'->'_0'->'customerReviewRequests', '[]'::jsonb)) > 0
                FROM jsonb_array_elements($1->'decisions') WITH ORDINALITY AS d(value, position)
                WHERE d.value->'kind' ? 'contactRestriction'
                ORDER BY d.position DESC LIMIT 1), false)
        $$;
        ALTER TABLE conduct_incident ADD COLUMN restriction_review_asked boolean NOT NULL
            GENERATED ALWAYS AS (conduct_restriction_review_asked(body)) STORED;
        DROP INDEX conduct_incident_by_review;
        CREATE INDEX conduct_incident_by_review_due ON conduct_incident(restriction_review, restriction_start, id);
        CREATE INDEX conduct_incident_review_asked ON conduct_incident(restriction_review, restriction_start, id)
            WHERE restriction_review_asked;
        CREATE INDEX conduct_incident_awaiting_review ON conduct_incident(reported_at, raised_at, id COLLATE "C")
            WHERE stage = 'awaitingSupervisorReview';
        """)
}
