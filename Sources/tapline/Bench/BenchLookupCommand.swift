import ArgumentParser
import Foundation
import TaplineStore

/// `tapline bench lookup`: lookup p50/p99 per query kind beside the FTS5 reference on the same file.
struct BenchLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Time account lookups against SQLite FTS5 ranked search on the same file.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Runs of each query.") var iterations = 200

    func run() throws {
        let path = global.database ?? Paths.defaultDatabase.path
        let store = try AppDatabase.open(path: path)
        print("lookup benchmark on \(path)")
        print(try LookupBenchmark.run(database: store, iterations: iterations))
    }
}
