import TaplineDomain
import TaplineStore

/// The reply queue a page at a time on PostgreSQL (issue 12 item 6), as `ComplaintRepository.queue`.
///
/// The counts count four ranges of a `complaint_queue*` index (before, on and after today,
/// as SQLite's do); the page reads the queue in index order only as far as the page needs. Both
/// are prepared on the connection (`executePrepared`): the queue is read again on every change.
extension PostgresStore {
    public func complaintQueue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage {
        try PGAreaSupport.refusals {
            try withConnection(for: .queue) { connection in
                let dates: [(any PGBindable)?] = [query.today.iso, query.dueSoonThrough.iso]
                let counted = Self.queueFilter(query, after: dates)
                func count(_ range: String) -> String { "(SELECT count(*) FROM complaint c WHERE \(counted.sql) AND \(range))" }
                let counts = try connection.executePrepared("""
                    SELECT \(count("c.reply_due < $1::date")) AS overdue, \(count("c.reply_due = $1::date")) AS due_today,
                           \(count("c.reply_due > $1::date AND c.reply_due <= $2::date")) AS due_soon,
                           \(count("c.reply_due > $2::date")) AS later
                    """, counted.values).first
                guard query.limit > 0 else { return Self.page([], query, counts) }
                let paged = Self.queueFilter(query, after: [query.limit, query.offset])
                let rows = try connection.executePrepared("""
                    SELECT c.number, a.number AS account_number, c.category, c.level, c.reply_due::text AS reply_due,
                           c.received_at::text AS received_at, c.owner,
                           (SELECT name FROM customer WHERE account_id = c.account_id ORDER BY position LIMIT 1) AS customer_name
                    FROM (SELECT * FROM complaint c WHERE \(paged.sql) ORDER BY c.reply_due, c.received_at, c.sequence
                          LIMIT $1 OFFSET $2) c
                    JOIN account a ON a.id = c.account_id
                    ORDER BY c.reply_due, c.received_at, c.sequence
                    """, paged.values).rows.map { row in
                    try ComplaintRows.summary(number: try row.string("number"), accountNumber: try row.string("account_number"),
                                              customerName: row["customer_name"], category: try row.string("category"),
                                              level: try row.string("level"), replyDue: try PGAreaSupport.optionalDate(row, "reply_due"),
                                              receivedAt: try PGAreaSupport.time(row, "received_at"), owner: try row.string("owner"))
                }
                return Self.page(rows, query, counts)
            }
        }
    }

    public func complaintReplyFigures(today: CivilDate, owner: String?) throws -> ComplaintReplyFigures {
        try PGAreaSupport.refusals {
            try withConnection(for: .queue) { connection in
                let mine = owner == nil ? "" : " AND owner = $2"
                let row = try connection.executePrepared("""
                    SELECT (SELECT count(*) FROM complaint WHERE reply_due IS NOT NULL\(mine) AND reply_due < $1::date) AS overdue,
                           (SELECT count(*) FROM complaint WHERE reply_due IS NOT NULL\(mine) AND reply_due = $1::date) AS due_today
                    """, [today.iso] + (owner.map { [$0] } ?? [])).first
                return ComplaintReplyFigures(overdue: row?.int("overdue") ?? 0, dueToday: row?.int("due_today") ?? 0)
            }
        }
    }

    /// The queue's conditions on `complaint c`, numbered after the `leading` parameters.
    private static func queueFilter(_ query: ComplaintQueueQuery, after leading: [(any PGBindable)?])
        -> (sql: String, values: [(any PGBindable)?]) {
        var values = leading
        var conditions = ["c.reply_due IS NOT NULL"]
        if let owner = query.owner {
            values.append(owner)
            conditions.append("c.owner = $\(values.count)")
        }
        if let level = query.level {
            values.append(level.rawValue)
            conditions.append("c.level = $\(values.count)")
        }
        return (conditions.joined(separator: " AND "), values)
    }

    private static func page(_ rows: [ComplaintSummary], _ query: ComplaintQueueQuery, _ counts: PGRow?) -> ComplaintQueuePage {
        let overdue = counts?.int("overdue") ?? 0, dueToday = counts?.int("due_today") ?? 0
        let dueSoon = counts?.int("due_soon") ?? 0, later = counts?.int("later") ?? 0
        return ComplaintQueuePage(rows: rows, offset: query.offset, total: overdue + dueToday + dueSoon + later, overdue: overdue,
                                  dueToday: dueToday, dueSoon: dueSoon)
    }
}
