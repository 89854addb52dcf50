import GRDB
import TaplineDomain

/// The open disputes a page at a time (Charter 3.1(e), 3.2; issue 12 item 6), with the
/// figures for all of them.
///
/// The candidates are ranked on the day from their `DisputeFacts` columns, read from the
/// `complaint_disputes` index alone (v4-dispute-queue); only the page's bodies are read and
/// decoded, and the domain's `DisputeQueue.entry` says what each waits on.
extension ComplaintRepository {
    public func disputes(_ query: DisputeQueueQuery) throws -> DisputeQueuePage {
        var conditions = ["dispute_candidate = 1"]
        var arguments: StatementArguments = ["today": query.today, "waitFrom": query.stillWaitingFrom]
        if let owner = query.owner {
            conditions.append("owner = :owner")
            arguments += ["owner": owner]
        }
        if let level = query.level {
            conditions.append("level = :level")
            arguments += ["level": level.rawValue]
        }
        // The rule `DisputeFacts` spells out: unresolved on the day, listed, and its rank.
        let listed = """
            SELECT id, received_at, number, disputed_cents, unresolved,
                   CASE WHEN NOT unresolved THEN 0 WHEN status = 'further-review' THEN 1 WHEN claim_open THEN 2
                        WHEN decided_on IS NULL THEN 4 ELSE 3 END AS rank
            FROM (SELECT id, received_at, number, status, disputed_cents, claim_open, decided_on,
                         (decided_on IS NULL OR decided_on >= :waitFrom OR status = 'further-review' OR claim_open
                          OR coalesce(claim_finalised_on >= :today, 0)) AS unresolved
                  FROM complaint WHERE \(conditions.joined(separator: " AND ")))
            WHERE unresolved OR status <> 'closed'
            """
        return try database.writer.read { db in
            let figures = try Row.fetchOne(db, sql: """
                SELECT count(*) AS total, coalesce(sum(CASE WHEN unresolved THEN disputed_cents END), 0) AS held,
                       count(*) FILTER (WHERE NOT unresolved) AS ready
                FROM (\(listed))
                """, arguments: arguments)
            let bodies = query.limit == 0 ? [] : try String.fetchAll(db, sql: """
                SELECT c.body
                FROM (SELECT id, rank, received_at, number FROM (\(listed))
                      ORDER BY rank, received_at, number LIMIT :limit OFFSET :offset) AS p
                CROSS JOIN complaint AS c ON c.id = p.id
                ORDER BY p.rank, p.received_at, p.number
                """, arguments: arguments + ["limit": query.limit, "offset": query.offset])
            return DisputeQueuePage(
                entries: try bodies.compactMap { DisputeQueue.entry(try ComplaintRows.decode($0), today: query.today, calendar: query.calendar) },
                offset: query.offset, total: figures?["total"] ?? 0, held: Money(cents: figures?["held"] ?? 0),
                ready: figures?["ready"] ?? 0)
        }
    }
}
