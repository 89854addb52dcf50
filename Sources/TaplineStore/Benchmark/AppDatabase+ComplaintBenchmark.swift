import GRDB
import TaplineDomain

/// The queue benchmark's register on SQLite: `SyntheticComplaints` inserted in one write
/// transaction through the rows every logged complaint is written with (`ComplaintRows`).
extension AppDatabase {
    public func loadBenchmarkComplaints(_ set: SyntheticComplaints, calendar: BusinessCalendar, progress: (Int) -> Void) throws {
        try writer.write { db in
            let accounts = try Row.fetchAll(db, sql: "SELECT id, number FROM account ORDER BY id LIMIT ?", arguments: [set.accounts])
                .map { (id: $0["id"] as Int64, number: $0["number"] as String) }
            guard !accounts.isEmpty else { throw StoreError.accountNotFound("any: seed accounts first") }
            var written = 0
            try set.forEach(calendar: calendar, accountNumber: { accounts[$0 % accounts.count].number }) { complaint, index, sequence in
                try ComplaintRows.insert(complaint, year: complaint.loggedAt.date.year, sequence: sequence,
                                         accountID: accounts[index % accounts.count].id,
                                         calendar: calendar, db)
                written += 1
                if written % 100_000 == 0 { progress(written) }
            }
            try db.execute(sql: "ANALYZE complaint")
        }
    }
}
