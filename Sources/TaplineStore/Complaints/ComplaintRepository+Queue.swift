import GRDB
import TaplineDomain

/// The reply queue a page at a time (issue 12 item 6), with its figures for the whole queue.
///
/// Both read ranges of a `complaint_queue*` index (v3-complaint-owner): the page walks it in
/// queue order and stops; the counts count the ranges before, on and after today. The page is read first and then
/// joined to its accounts (`CROSS JOIN` keeps SQLite from starting at the account table).
extension ComplaintRepository {
    public func queue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage {
        let (filter, narrowing) = Self.awaiting(owner: query.owner, level: query.level)
        // Four counts of index ranges, which step through entries without reading them: one
        // pass adding up a test on each of 10^5 rows took four times as long.
        func count(_ range: String) -> String { "(SELECT count(*) FROM complaint WHERE \(filter) AND \(range))" }
        return try database.writer.read { db in
            let counts = try Row.fetchOne(db, sql: """
                SELECT \(count("reply_due < :today")) AS overdue, \(count("reply_due = :today")) AS due_today,
                       \(count("reply_due > :today AND reply_due <= :soon")) AS due_soon, \(count("reply_due > :soon")) AS later
                """, arguments: narrowing + ["today": query.today, "soon": query.dueSoonThrough])
            let rows = query.limit == 0 ? [] : try Row.fetchAll(db, sql: """
                SELECT c.number, a.number AS account_number, c.category, c.level, c.reply_due, c.received_at, c.owner,
                       (SELECT name FROM customer WHERE account_id = c.account_id ORDER BY position LIMIT 1) AS customer_name
                FROM (SELECT number, account_id, category, level, reply_due, received_at, sequence, owner FROM complaint
                      WHERE \(filter) ORDER BY reply_due, received_at, sequence LIMIT :limit OFFSET :offset) AS c
                CROSS JOIN account AS a ON a.id = c.account_id
                ORDER BY c.reply_due, c.received_at, c.sequence
                """, arguments: narrowing + ["limit": query.limit, "offset": query.offset]).map { row in
                try ComplaintRows.summary(number: row["number"], accountNumber: row["account_number"], customerName: row["customer_name"],
                                          category: row["category"], level: row["level"], replyDue: row["reply_due"],
                                          receivedAt: row["received_at"], owner: row["owner"])
            }
            let overdue: Int = counts?["overdue"] ?? 0, dueToday: Int = counts?["due_today"] ?? 0
            let dueSoon: Int = counts?["due_soon"] ?? 0, later: Int = counts?["later"] ?? 0
            return ComplaintQueuePage(rows: rows, offset: query.offset, total: overdue + dueToday + dueSoon + later,
                                      overdue: overdue, dueToday: dueToday, dueSoon: dueSoon)
        }
    }

    /// Home's figures: the two ranges before and on today, of one owner's complaints or everyone's.
    public func replyFigures(today: CivilDate, owner: String?) throws -> ComplaintReplyFigures {
        let (filter, narrowing) = Self.awaiting(owner: owner, level: nil)
        return try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM complaint WHERE \(filter) AND reply_due < :today) AS overdue,
                       (SELECT count(*) FROM complaint WHERE \(filter) AND reply_due = :today) AS due_today
                """, arguments: narrowing + ["today": today])
            return ComplaintReplyFigures(overdue: row?["overdue"] ?? 0, dueToday: row?["due_today"] ?? 0)
        }
    }

    /// The conditions on complaints awaiting a reply, narrowed to an owner and a level, with
    /// their named arguments.
    private static func awaiting(owner: String?, level: EscalationLevel?) -> (sql: String, arguments: StatementArguments) {
        var conditions = ["reply_due IS NOT NULL"]
        var arguments: StatementArguments = [:]
        if let owner {
            conditions.append("owner = :owner")
            arguments += ["owner": owner]
        }
        if let level {
            conditions.append("level = :level")
            arguments += ["level": level.rawValue]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}
