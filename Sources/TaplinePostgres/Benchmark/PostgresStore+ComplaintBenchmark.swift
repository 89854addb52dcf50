import TaplineDomain
import TaplineStore

/// The queue benchmark's register on PostgreSQL: `SyntheticComplaints` streamed with COPY in
/// one transaction, the "C" number series moved on past them, and the table analysed so the
/// planner knows its size.
extension PostgresStore {
    public func loadBenchmarkComplaints(_ set: SyntheticComplaints, calendar: BusinessCalendar, progress: (Int) -> Void) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                let accounts = try connection.execute("SELECT id, number FROM account ORDER BY id LIMIT $1", [set.accounts]).rows
                    .map { (id: try $0.string("id"), number: try $0.string("number")) }
                guard !accounts.isEmpty else { throw StoreError.accountNotFound("any: seed accounts first") }
                var rows: [[String?]] = []
                var written = 0
                let columns = ["number", "year", "sequence", "account_id", "received_at", "due_date", "category", "channel",
                               "disputed_cents", "logged_by", "logged_at", "reply_due", "status", "level", "owner", "event_count", "body"]
                func flush() throws {
                    try connection.copy(into: "complaint", columns: columns, rows: rows)
                    rows.removeAll(keepingCapacity: true)
                }
                let last = try set.forEach(calendar: calendar, accountNumber: { accounts[$0 % accounts.count].number }) { complaint, index in
                    rows.append([complaint.id, String(complaint.loggedAt.date.year), complaint.id.split(separator: "-").last.map(String.init),
                                 accounts[index % accounts.count].id, complaint.receivedAt.iso, complaint.dueDate.iso,
                                 complaint.category.rawValue, complaint.channel.rawValue, complaint.disputedAmount.map { String($0.cents) },
                                 complaint.timeline.first?.agent ?? "", complaint.loggedAt.iso, complaint.replyDue(calendar: calendar)?.iso,
                                 ComplaintRows.statusWord(complaint.status), complaint.level.rawValue, complaint.owner,
                                 String(complaint.timeline.count), try ComplaintRows.encode(complaint)])
                    written += 1
                    if rows.count == 10_000 { try flush() }
                    if written % 100_000 == 0 { progress(written) }
                }
                if !rows.isEmpty { try flush() }
                for (year, sequence) in last {
                    try connection.execute("""
                        INSERT INTO yearly_number(series, year, last) VALUES ($1, $2, $3)
                        ON CONFLICT (series, year) DO UPDATE SET last = greatest(yearly_number.last, excluded.last)
                        """, [Self.complaintSeries, year, sequence])
                }
            }
            try withConnection { try $0.execute("ANALYZE complaint") }
        }
    }
}
