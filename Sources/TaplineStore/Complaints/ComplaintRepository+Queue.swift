import GRDB
import TaplineDomain

/// The reply queue a page at a time (issue 12 item 6), with its figures for the whole queue.
///
/// Both read one range of a `complaint_queue*` index (v3-complaint-owner): the page walks it
/// in queue order and stops, the counts add up what it holds. The page is read first and then
/// joined to its accounts (`CROSS JOIN` keeps SQLite from starting at the account table).
extension ComplaintRepository {
    public func queue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage {
        var conditions = ["reply_due IS NOT NULL"]
        var arguments: StatementArguments = []
        if let owner = query.owner {
            conditions.append("owner = ?")
            arguments += [owner]
        }
        if let level = query.level {
            conditions.append("level = ?")
            arguments += [level.rawValue]
        }
        let filter = conditions.joined(separator: " AND ")
        return try database.writer.read { db in
            let counts = try Row.fetchOne(db, sql: """
                SELECT count(*) AS total, coalesce(sum(reply_due < ?), 0) AS overdue, coalesce(sum(reply_due = ?), 0) AS due_today,
                       coalesce(sum(reply_due > ? AND reply_due <= ?), 0) AS due_soon
                FROM complaint WHERE \(filter)
                """, arguments: [query.today, query.today, query.today, query.dueSoonThrough] + arguments)
            let rows = query.limit == 0 ? [] : try Row.fetchAll(db, sql: """
                SELECT c.number, a.number AS account_number, c.category, c.level, c.reply_due, c.received_at, c.owner,
                       (SELECT name FROM customer WHERE account_id = c.account_id ORDER BY position LIMIT 1) AS customer_name
                FROM (SELECT number, account_id, category, level, reply_due, received_at, sequence, owner FROM complaint
                      WHERE \(filter) ORDER BY reply_due, received_at, sequence LIMIT ? OFFSET ?) AS c
                CROSS JOIN account AS a ON a.id = c.account_id
                ORDER BY c.reply_due, c.received_at, c.sequence
                """, arguments: arguments + [query.limit, query.offset]).map { row in
                try ComplaintRows.summary(number: row["number"], accountNumber: row["account_number"], customerName: row["customer_name"],
                                          category: row["category"], level: row["level"], replyDue: row["reply_due"],
                                          receivedAt: row["received_at"], owner: row["owner"])
            }
            return ComplaintQueuePage(rows: rows, offset: query.offset, total: counts?["total"] ?? 0,
                                      overdue: counts?["overdue"] ?? 0, dueToday: counts?["due_today"] ?? 0, dueSoon: counts?["due_soon"] ?? 0)
        }
    }
}
