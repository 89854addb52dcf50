import TaplineDomain
import TaplineStore

/// The supervisors' conduct lists a page at a time on PostgreSQL (issue 12 item 6), as
/// `ConductRepository`'s on SQLite: each page read in index order only as far as it needs, its
/// total counted on the same index, on the queue connections (prepared, generic plans, no JIT).
///
/// A page's numbers are found on the index alone, then its bodies by number
/// (`id = ANY(ARRAY(…))`): a generic plan cannot know the page is 100 rows, and joined it to a
/// scan of the whole table (25 ms on 10^5 incidents; 3 ms this way).
///
/// The session's role decides, as everywhere on the shared store: supervisors and admins only,
/// and row-level security applies to every statement.
extension PostgresStore {
    /// The stage as SQL text: a literal, so the planner uses the partial index on it.
    static let awaitingReview = "'\(IncidentReviewQueue.stage.rawValue)'"

    public func incidentReviewQueue(_ range: ConductPageRange, role _: Role) throws -> IncidentReviewQueuePage {
        try supervisorsList { connection in
            let total = try Self.awaitingDecisionCount(connection)
            let incidents = range.limit == 0 ? [] : try connection.executePrepared("""
                SELECT body FROM conduct_incident WHERE id = ANY(ARRAY(
                    SELECT id FROM conduct_incident WHERE stage = \(Self.awaitingReview)
                    ORDER BY reported_at, raised_at, id COLLATE "C" LIMIT $1 OFFSET $2))
                ORDER BY reported_at, raised_at, id COLLATE "C"
                """, [range.limit, range.offset]).rows.map { try ConductRecord.decode(try $0.string("body")) }
            let earlier = try Self.earlierIncidents(forEach: incidents, connection)
            return ConductPage(rows: zip(incidents, earlier).map { ConductQueueEntry(incident: $0, earlier: $1) },
                               offset: range.offset, total: total)
        }
    }

    public func awaitingDecisionCount(role _: Role) throws -> Int {
        try supervisorsList(Self.awaitingDecisionCount)
    }

    static func awaitingDecisionCount(_ connection: PGConnection) throws -> Int {
        try connection.executePrepared("SELECT count(*) AS waiting FROM conduct_incident WHERE stage = \(awaitingReview)")
            .first?.int("waiting") ?? 0
    }

    /// What the session may read of each incident's earlier incidents; trainers get none.
    public func earlierIncidents(forEach incidents: [ConductIncident]) throws -> [[ConductIncident]] {
        try conductRefusals {
            try withConnection(for: .queue) { connection in
                guard try ConductSession.current(connection).role != .trainer else { return incidents.map { _ in [] } }
                return try Self.earlierIncidents(forEach: incidents, connection)
            }
        }
    }

    /// One query for the candidates of a whole page (on its accounts or by its people, raised
    /// within `RepeatOffender.lookBack`), then the domain picks each incident's.
    static func earlierIncidents(forEach incidents: [ConductIncident], _ connection: PGConnection) throws -> [[ConductIncident]] {
        guard let window = RepeatOffender.lookBack(for: incidents) else { return [] }
        let accounts = Array(Set(incidents.compactMap(\.accountNumber))).sorted()
        let people = Array(Set(incidents.compactMap { ConductRecord.personKey($0.person.name) })).sorted()
        let candidates = try connection.executePrepared("""
            SELECT body FROM conduct_incident WHERE id = ANY(ARRAY(
                SELECT id FROM conduct_incident WHERE account_number = ANY($1::text[]) AND raised_at >= $3::timestamp AND raised_at < $4::timestamp
                UNION
                SELECT id FROM conduct_incident WHERE person_name = ANY($2::text[]) AND raised_at >= $3::timestamp AND raised_at < $4::timestamp))
              AND NOT id = ANY($5::text[])
            """, [PGArray.texts(accounts), PGArray.texts(people), ConductTable.timestamp(window.from), ConductTable.timestamp(window.before),
                  PGArray.texts(incidents.map(\.id))])
            .rows.map { try ConductRecord.decode(try $0.string("body")) }
        // The page's own incidents are candidates too (all but its latest are in the window),
        // already decoded: only the others' bodies are read.
        return RepeatOffender.earlierIncidents(forEach: incidents, among: candidates + incidents)
    }

    /// The rule's two halves read apart, each on an index of its own (the "v4-incident-queues"
    /// migration): reviewed between today and the horizon, and reviewed later but asked for
    /// by the customer; both in force today. They cannot overlap, so their counts add up.
    public func restrictionsDueForReview(_ query: RestrictionsDueQuery, role _: Role) throws -> RestrictionsDuePage {
        let reviewedSoon = "restriction_review >= $1::date AND restriction_review <= $2::date AND restriction_start <= $1::date"
        let askedLater = "restriction_review_asked AND restriction_review >= $1::date AND restriction_review > $2::date AND restriction_start <= $1::date"
        let dates: [(any PGBindable)?] = [query.today.iso, query.horizon.iso]
        return try supervisorsList { connection in
            let total = try connection.executePrepared("""
                SELECT (SELECT count(*) FROM conduct_incident WHERE \(reviewedSoon))
                     + (SELECT count(*) FROM conduct_incident WHERE \(askedLater)) AS due
                """, dates).first?.int("due") ?? 0
            // The page is sorted on the indexes' columns; only its own rows' bodies are read.
            let incidents = query.range.limit == 0 ? [] : try connection.executePrepared("""
                SELECT body FROM conduct_incident WHERE id = ANY(ARRAY(
                    SELECT id FROM (
                        SELECT restriction_review AS review, id FROM conduct_incident WHERE \(reviewedSoon)
                        UNION ALL
                        SELECT restriction_review AS review, id FROM conduct_incident WHERE \(askedLater)
                    ) halves ORDER BY review, id COLLATE "C" LIMIT $3 OFFSET $4))
                ORDER BY restriction_review, id COLLATE "C"
                """, dates + [query.range.limit, query.range.offset]).rows.map { try ConductRecord.decode(try $0.string("body")) }
            return ConductPage(rows: incidents.compactMap { RestrictionsDueForReview.row(for: $0, today: query.today, horizon: query.horizon) },
                               offset: query.range.offset, total: total)
        }
    }

    /// Work on a supervisors' list, refused for the session's role unless supervisor or admin.
    private func supervisorsList<T>(_ read: (PGConnection) throws -> T) throws -> T {
        try conductRefusals {
            try withConnection(for: .queue) { connection in
                guard try ConductSession.current(connection).role.actsAsSupervisor else { throw ConductStoreError.reviewIsForSupervisors }
                return try read(connection)
            }
        }
    }
}
