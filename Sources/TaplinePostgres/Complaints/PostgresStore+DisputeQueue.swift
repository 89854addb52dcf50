import TaplineDomain
import TaplineStore

/// The open disputes a page at a time (Charter 3.1(e), 3.2; issue 12 item 6), as the SQLite
/// store reads them: the candidates ranked on the day from their `DisputeFacts` columns (an
/// index-only scan of `complaint_disputes`, v4-dispute-queue), then only the page's bodies
/// decoded, the domain's `DisputeQueue.entry` saying what each waits on.
extension PostgresStore {
    public func complaintDisputes(_ query: DisputeQueueQuery) throws -> DisputeQueuePage {
        var values: [(any PGBindable)?] = [query.today.iso, query.stillWaitingFrom.iso]
        var conditions = ["dispute_candidate"]
        if let owner = query.owner {
            values.append(owner)
            conditions.append("owner = $\(values.count)")
        }
        if let level = query.level {
            values.append(level.rawValue)
            conditions.append("level = $\(values.count)")
        }
        // The rule `DisputeFacts` spells out: unresolved on the day, listed, and its rank.
        let listed = """
            SELECT id, received_at, number, disputed_cents, unresolved,
                   CASE WHEN NOT unresolved THEN 0 WHEN status = 'further-review' THEN 1 WHEN claim_open THEN 2
                        WHEN decided_on IS NULL THEN 4 ELSE 3 END AS rank
            FROM (SELECT id, received_at, number, status, disputed_cents, claim_open, decided_on,
                         (decided_on IS NULL OR decided_on >= $2::date OR status = 'further-review' OR claim_open
                          OR coalesce(claim_finalised_on >= $1::date, false)) AS unresolved
                  FROM complaint WHERE \(conditions.joined(separator: " AND "))) AS candidate
            WHERE unresolved OR status <> 'closed'
            """
        return try PGAreaSupport.refusals {
            try withConnection(for: .queue) { connection in
                let figures = try connection.executePrepared("""
                    SELECT count(*) AS total, coalesce(sum(disputed_cents) FILTER (WHERE unresolved), 0) AS held,
                           count(*) FILTER (WHERE NOT unresolved) AS ready
                    FROM (\(listed)) AS listed
                    """, values).first
                let page = values + [query.limit, query.offset]
                let bodies = query.limit == 0 ? [] : try connection.executePrepared("""
                    SELECT c.body::text AS body
                    FROM (SELECT id, rank, received_at, number FROM (\(listed)) AS listed
                          ORDER BY rank, received_at, number COLLATE "C" LIMIT $\(page.count - 1) OFFSET $\(page.count)) AS p
                    JOIN complaint c ON c.id = p.id
                    ORDER BY p.rank, p.received_at, p.number COLLATE "C"
                    """, page).rows.map { try $0.string("body") }
                return DisputeQueuePage(
                    entries: try bodies.compactMap { DisputeQueue.entry(try ComplaintRows.decode($0), today: query.today, calendar: query.calendar) },
                    offset: query.offset, total: figures?.int("total") ?? 0, held: Money(cents: figures?.int64("held") ?? 0),
                    ready: figures?.int("ready") ?? 0)
            }
        }
    }
}
