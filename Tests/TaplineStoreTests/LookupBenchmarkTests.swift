import GRDB
import Testing
@testable import TaplineStore

@Suite("Lookup benchmark")
struct LookupBenchmarkTests {
    @Test func reportsEveryQueryKindTheReferenceAndMemory() throws {
        // Given a small synthetic database
        let database = try StoreFixtures.memory()
        try SyntheticData.generate(into: database, accounts: 300, seed: 3, today: StoreFixtures.today)
        // When the benchmark runs a few times
        let report = try LookupBenchmark.run(database: database, iterations: 3)
        // Then it times every kind of query and the FTS5 reference, and prints them
        #expect(report.accounts == 300)
        #expect(report.timings.map(\.label) == LookupBenchmark.QueryKind.allCases.map(\.rawValue))
        #expect(report.timings.allSatisfy { $0.p50Milliseconds > 0 && $0.p99Milliseconds >= $0.p50Milliseconds })
        #expect(report.timings.allSatisfy { $0.cpuP50Milliseconds > 0 && $0.cpuP99Milliseconds >= $0.cpuP50Milliseconds })
        #expect(report.reference.p99Milliseconds > 0 && report.speedup > 0)
        #expect(report.description.contains("FTS5 reference") && report.description.contains("p99"))
        #expect(report.slowest.count == 5)
        // And the reference table was temporary: the database file is as it was
        let schema = try database.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(!schema.contains { $0.hasPrefix("lookup_reference") })
    }

    @Test func defaultQueriesAreRealAccountNumbersAndPhones() throws {
        let database = try StoreFixtures.memory()
        try SyntheticData.generate(into: database, accounts: 100, seed: 3, today: StoreFixtures.today)
        let queries = try LookupBenchmark.defaultQueries(from: database)
        for query in queries where query.kind == .accountNumber || query.kind == .phone {
            #expect(try !database.search.search(query.text).rows.isEmpty, "\(query.text) finds nothing")
        }
    }
}
