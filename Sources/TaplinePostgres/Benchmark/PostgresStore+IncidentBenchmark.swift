import TaplineDomain
import TaplineStore

/// The queue benchmark's conduct register on PostgreSQL: `SyntheticIncidents` inserted in one
/// transaction through the rows every raised incident is written with (`ConductTable`), the
/// "CI" number counters moved on past them, and the table analysed.
///
/// The register is many agents' and supervisors' work, and `conduct_incident_guard` rightly
/// refuses any step not in the session user's name, so the load turns triggers off for its
/// own transaction (`session_replication_role`, which only a superuser may set): a scratch
/// database's owner loading a benchmark, never a console.
extension PostgresStore {
    public func loadBenchmarkIncidents(_ set: SyntheticIncidents, progress: (Int) -> Void) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("SET LOCAL session_replication_role = replica")
                let numbers = try connection.execute("SELECT number FROM account ORDER BY id LIMIT $1", [set.accounts]).rows
                    .map { try $0.string("number") }
                guard !numbers.isEmpty else { throw StoreError.accountNotFound("any: seed accounts first") }
                var written = 0
                let last = try set.forEach(accountNumber: { numbers[$0 % numbers.count] }) { incident, year, serial in
                    try ConductTable.insert(incident, year: year, serial: serial, connection)
                    written += 1
                    if written % 10_000 == 0 { progress(written) }
                }
                for (year, serial) in last {
                    try connection.execute("""
                        INSERT INTO conduct_number(year, last_serial) VALUES ($1, $2)
                        ON CONFLICT (year) DO UPDATE SET last_serial = greatest(conduct_number.last_serial, excluded.last_serial)
                        """, [year, serial])
                }
            }
            try withConnection { try $0.execute("ANALYZE conduct_incident") }
        }
    }
}
