import ArgumentParser
import Foundation
import TaplinePostgres
import TaplineStore

/// `tapline bench lookup`: lookup p50/p99 per query kind beside the store's reference on the
/// same data — SQLite FTS5 ranked search on a file, pg_trgm similarity (or a ranked tsvector
/// prefix query) on PostgreSQL.
struct BenchLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Time account lookups against a ranked full-text reference on the same data (FTS5 on SQLite, pg_trgm or tsvector on PostgreSQL).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Runs of each query.") var iterations = 200

    func run() throws {
        let location = try global.storeLocation()
        print("lookup benchmark on \(location.description)")
        switch location {
        case .sqlite(let path):
            print(try LookupBenchmark.run(database: try AppDatabase.open(path: path), iterations: iterations))
        case .postgres(let uri):
            print(try PostgresStore(uri: uri).lookupBenchmark(iterations: iterations))
        }
    }
}
