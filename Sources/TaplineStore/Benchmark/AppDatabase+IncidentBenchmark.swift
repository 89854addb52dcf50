import GRDB
import TaplineDomain

/// The queue benchmark's conduct register on SQLite: `SyntheticIncidents` inserted in one
/// write transaction through the rows every raised incident is written with (`ConductRows`).
extension AppDatabase {
    public func loadBenchmarkIncidents(_ set: SyntheticIncidents, progress: (Int) -> Void) throws {
        try writer.write { db in
            let numbers = try String.fetchAll(db, sql: "SELECT number FROM account ORDER BY id LIMIT ?", arguments: [set.accounts])
            guard !numbers.isEmpty else { throw StoreError.accountNotFound("any: seed accounts first") }
            var written = 0
            try set.forEach(accountNumber: { numbers[$0 % numbers.count] }) { incident, year, serial in
                try ConductRows.insert(incident, year: year, serial: serial, db)
                written += 1
                if written % 10_000 == 0 { progress(written) }
            }
            try db.execute(sql: "ANALYZE conduct_incident")
        }
    }
}
