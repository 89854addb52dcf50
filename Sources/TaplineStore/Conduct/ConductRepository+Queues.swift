import GRDB
import TaplineDomain

/// The supervisors' lists a page at a time (issue 12 item 6): the review queue with its repeat
/// markers, Home's count, and the restrictions due for review, each read on an index with its
/// total counted on it, so a store of 10^5 incidents answers in milliseconds.
///
/// Each page and its total are read in one transaction, so the total is the page's.
extension ConductRepository {
    /// The stage as SQL text: a literal, so SQLite may use the partial index on it.
    static let awaitingReview = "'\(IncidentReviewQueue.stage.rawValue)'"

    /// A page of the review queue (`IncidentReviewQueue`'s order) with each incident's repeat
    /// marker, read in one query for the whole page, and how many wait. Supervisors only.
    public func reviewQueue(_ range: ConductPageRange, role: Role) throws -> IncidentReviewQueuePage {
        guard role.actsAsSupervisor else { throw ConductStoreError.reviewIsForSupervisors }
        return try database.writer.read { db in
            let total = try Self.awaitingDecisionCount(db)
            let incidents = range.limit == 0 ? [] : try ConductRows.fetchAll(where: """
                stage = \(Self.awaitingReview) ORDER BY reported_at, raised_at, id LIMIT ? OFFSET ?
                """, [range.limit, range.offset], db)
            let earlier = try Self.earlierIncidents(forEach: incidents, db)
            return ConductPage(rows: zip(incidents, earlier).map { ConductQueueEntry(incident: $0, earlier: $1) },
                               offset: range.offset, total: total)
        }
    }

    /// How many reported incidents wait for a supervisor, counted on the queue's index. Supervisors only.
    public func awaitingDecisionCount(role: Role) throws -> Int {
        guard role.actsAsSupervisor else { throw ConductStoreError.reviewIsForSupervisors }
        return try database.writer.read(Self.awaitingDecisionCount)
    }

    static func awaitingDecisionCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM conduct_incident WHERE stage = \(awaitingReview)") ?? 0
    }

    /// Each incident's earlier incidents within the repeat window, for a page of them at once.
    public func earlierIncidents(forEach incidents: [ConductIncident]) throws -> [[ConductIncident]] {
        try database.writer.read { try Self.earlierIncidents(forEach: incidents, $0) }
    }

    /// One query for the candidates of the whole page (on its accounts or by its people, raised
    /// within `RepeatOffender.lookBack`), then the domain picks each incident's.
    static func earlierIncidents(forEach incidents: [ConductIncident], _ db: Database) throws -> [[ConductIncident]] {
        guard let window = RepeatOffender.lookBack(for: incidents) else { return [] }
        let accounts = Array(Set(incidents.compactMap(\.accountNumber))).sorted()
        let people = Array(Set(incidents.compactMap { ConductRecord.personKey($0.person.name) })).sorted()
        var arms: [String] = []
        var arguments = StatementArguments()
        for (column, keys) in [("account_number", accounts), ("person_name", people)] where !keys.isEmpty {
            arms.append("SELECT id FROM conduct_incident WHERE \(column) IN (\(sqlPlaceholders(keys.count))) AND raised_at >= ? AND raised_at < ?")
            arguments += StatementArguments(keys) + [window.from, window.before]
        }
        guard !arms.isEmpty else { return incidents.map { _ in [] } }
        // The page's own incidents are candidates too (all but its latest are in the window),
        // already decoded: only the others' bodies are read.
        let ids = incidents.map(\.id)
        let candidates = try ConductRows.fetchAll(where: "id IN (\(arms.joined(separator: " UNION "))) AND id NOT IN (\(sqlPlaceholders(ids.count)))",
                                                  arguments + StatementArguments(ids), db)
        return RepeatOffender.earlierIncidents(forEach: incidents, among: candidates + incidents)
    }

    /// A page of the restrictions due for review (`RestrictionsDueForReview`), and how many.
    /// Supervisors only.
    ///
    /// The rule's two halves are read apart, each on an index of its own: restrictions reviewed
    /// between today and the horizon (`conduct_incident_by_review_due`), and those reviewed
    /// later that the customer asked to review (`conduct_incident_review_asked`, holding only
    /// those); both in force today. The halves cannot overlap, so their counts add up.
    public func restrictionsDueForReview(_ query: RestrictionsDueQuery, role: Role) throws -> RestrictionsDuePage {
        guard role.actsAsSupervisor else { throw ConductStoreError.reviewIsForSupervisors }
        let (today, horizon) = (query.today, query.horizon)
        let reviewedSoon = "restriction_review >= ? AND restriction_review <= ? AND restriction_start <= ?"
        let askedLater = "restriction_review_asked = 1 AND restriction_review >= ? AND restriction_review > ? AND restriction_start <= ?"
        let halves: StatementArguments = [today, horizon, today, today, horizon, today]
        return try database.writer.read { db in
            let total = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM conduct_incident WHERE \(reviewedSoon))
                     + (SELECT count(*) FROM conduct_incident WHERE \(askedLater))
                """, arguments: halves) ?? 0
            // The page is sorted on the indexes' columns; only its own rows' bodies are read.
            let incidents = query.range.limit == 0 ? [] : try String.fetchAll(db, sql: """
                SELECT c.body FROM (
                    SELECT restriction_review AS review, id FROM conduct_incident WHERE \(reviewedSoon)
                    UNION ALL
                    SELECT restriction_review AS review, id FROM conduct_incident WHERE \(askedLater)
                    ORDER BY review, id LIMIT ? OFFSET ?
                ) AS due JOIN conduct_incident c ON c.id = due.id ORDER BY due.review, due.id
                """, arguments: halves + [query.range.limit, query.range.offset]).map(ConductRecord.decode)
            return ConductPage(rows: incidents.compactMap { RestrictionsDueForReview.row(for: $0, today: today, horizon: horizon) },
                               offset: query.range.offset, total: total)
        }
    }
}
