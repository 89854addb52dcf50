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
                               "disputed_cents", "logged_by", "logged_at"] + ComplaintRows.savedColumns
                func flush() throws {
                    try connection.copy(into: "complaint", columns: columns, rows: rows)
                    rows.removeAll(keepingCapacity: true)
                }
                let last = try set.forEach(calendar: calendar, accountNumber: { accounts[$0 % accounts.count].number }) { complaint, index, sequence in
                    let fixed: [(any PGBindable)?] = [complaint.id, complaint.loggedAt.date.year, sequence, accounts[index % accounts.count].id,
                                                      complaint.receivedAt.iso, complaint.dueDate.iso, complaint.category.rawValue,
                                                      complaint.channel.rawValue, complaint.disputedAmount?.cents,
                                                      complaint.timeline.first?.agent ?? "", complaint.loggedAt.iso]
                    // The columns a save writes, as every save writes them (`savedValues`).
                    rows.append((fixed + (try Self.savedValues(complaint, calendar: calendar))).map { $0?.pgText })
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
