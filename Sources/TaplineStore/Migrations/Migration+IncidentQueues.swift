import GRDB
import TaplineDomain

extension Migrations {
    /// "v4-incident-queues": the supervisors' conduct lists read a page at a time (issue 12 item 6).
    ///
    /// - `restriction_review_asked`: whether the customer asked to review the current contact
    ///   restriction, beside its dates and written with them on every save. It was only in the
    ///   body, so the restrictions due for review were found by reading every restriction in
    ///   force. Rows saved before are filled in here from their bodies (only rows with a
    ///   restriction can have a request).
    /// - `conduct_incident_by_review_due` on the restriction's review and start dates (and the
    ///   number, so a page's rows are sorted without reading them) replaces
    ///   `conduct_incident_by_review`: the restrictions reviewed by the horizon and in force are
    ///   a range of it, counted without reading a row. `conduct_incident_review_asked` holds
    ///   only the restrictions the customer asked to review, the rest of the rule.
    /// - `conduct_incident_awaiting_review` holds only the incidents waiting for a supervisor,
    ///   in queue order (`IncidentReviewQueue`), for the queue's pages and Home's count.
    static func registerIncidentQueues(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-incident-queues") { db in
            try db.execute(sql: "ALTER TABLE conduct_incident ADD COLUMN restriction_review_asked INTEGER NOT NULL DEFAULT 0")
            let restricted = try Row.fetchAll(db, sql: "SELECT id, body FROM conduct_incident WHERE restriction_review IS NOT NULL")
            for row in restricted {
                let incident = try ConductRecord.decode(row["body"])
                guard incident.currentRestriction?.customerAskedForReview == true else { continue }
                try db.execute(sql: "UPDATE conduct_incident SET restriction_review_asked = 1 WHERE id = ?", arguments: [row["id"] as String])
            }
            try db.execute(sql: """
                DROP INDEX conduct_incident_by_review;
                CREATE INDEX conduct_incident_by_review_due ON conduct_incident(restriction_review, restriction_start, id);
                CREATE INDEX conduct_incident_review_asked ON conduct_incident(restriction_review, restriction_start, id)
                    WHERE restriction_review_asked = 1;
                CREATE INDEX conduct_incident_awaiting_review ON conduct_incident(reported_at, raised_at, id)
                    WHERE stage = 'awaitingSupervisorReview';
                """)
        }
    }
}
