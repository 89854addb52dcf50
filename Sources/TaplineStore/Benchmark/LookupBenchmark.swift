import Foundation
import GRDB

/// Measures the account lookup against the brute-force ranked query it replaces.
///
/// Runs each query once to warm the caches, then `iterations` times, and reports the median
/// and 99th-percentile time per query kind (surname prefix, two words, account number,
/// phone), the same for the store's obvious reference over the surname prefixes, their
/// ratio, and the process's resident memory. Both stores share the queries, the statistics
/// and the report; each brings its reference. On SQLite that is `SELECT … MATCH 'smi*' ORDER
/// BY rank LIMIT 50` on an FTS5 table of the same documents, built for each run as a temporary
/// table of the writer connection, so benchmarking never adds to the database file (at a
/// million accounts building it takes a minute or so).
public enum LookupBenchmark {
    public enum QueryKind: String, CaseIterable, Sendable {
        case surnamePrefix = "surname prefix"
        case twoWords = "two words"
        case accountNumber = "account number"
        case phone = "phone"
    }

    public struct Query: Hashable, Sendable {
        public var kind: QueryKind
        public var text: String

        public init(_ kind: QueryKind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The time one query kind took: wall-clock, and CPU time of the measuring thread.
    ///
    /// On a busy machine the wall-clock tail is the scheduler's (the query waited for a core);
    /// the CPU-time percentiles show what the lookup itself costs.
    public struct Timing: Hashable, Sendable {
        public var label: String
        public var queries: Int
        public var p50Milliseconds: Double
        public var p99Milliseconds: Double
        public var cpuP50Milliseconds: Double
        public var cpuP99Milliseconds: Double
    }

    /// What a store's lookup must achieve: every kind's p99 under a limit, and so many times
    /// the reference's speed.
    public struct Target: Hashable, Sendable {
        public var p99Milliseconds: Double
        public var speedup: Double

        public init(p99Milliseconds: Double, speedup: Double) {
            self.p99Milliseconds = p99Milliseconds
            self.speedup = speedup
        }

        /// SQLite's: within 2 ms, at least 5 times FTS5.
        public static let sqlite = Target(p99Milliseconds: 2, speedup: 5)
    }

    /// The reference a store's lookup is compared with: its name, and how to time it over
    /// the surname prefixes (a sample per run).
    public struct Reference {
        public var label: String
        public var measure: (_ prefixes: [String], _ iterations: Int) throws -> [Sample]

        public init(label: String, measure: @escaping (_ prefixes: [String], _ iterations: Int) throws -> [Sample]) {
            self.label = label
            self.measure = measure
        }
    }

    public struct Report: Sendable, CustomStringConvertible {
        public var accounts: Int
        public var iterations: Int
        public var timings: [Timing]
        /// The store's reference (on SQLite FTS5 `MATCH 'prefix*' ORDER BY rank LIMIT 50`) over
        /// the surname-prefix queries.
        public var reference: Timing
        public var target: Target
        /// The slowest single queries, slowest first, for diagnosis.
        public var slowest: [Timing]
        /// Resident set (VmRSS), including database pages mapped for reading.
        public var residentBytes: Int?
        public var peakResidentBytes: Int?
        /// The process's own memory (RssAnon), without the mapped database.
        public var privateBytes: Int?

        /// Reference p99 divided by the surname-prefix p99: how many times faster the lookup is.
        public var speedup: Double {
            let ours = timings.first { $0.label == QueryKind.surnamePrefix.rawValue }?.p99Milliseconds ?? 0
            return ours > 0 ? reference.p99Milliseconds / ours : 0
        }

        /// Whether every kind's p99 is under the target's and the lookup is that many times the reference.
        public var meetsTarget: Bool {
            timings.allSatisfy { $0.p99Milliseconds < target.p99Milliseconds } && speedup >= target.speedup
        }

        public var description: String {
            func line(_ timing: Timing) -> String {
                timing.label.padding(toLength: 24, withPad: " ", startingAt: 0)
                    + String(format: "%7d %9.3f %9.3f %9.3f %9.3f", timing.queries, timing.p50Milliseconds, timing.p99Milliseconds,
                             timing.cpuP50Milliseconds, timing.cpuP99Milliseconds)
            }
            var lines = ["Lookup benchmark: \(accounts) accounts, \(iterations) runs per query "
                            + "(the reference \(min(iterations, LookupBenchmark.referenceIterations))), warm cache",
                         "query kind".padding(toLength: 24, withPad: " ", startingAt: 0)
                             + "queries    p50 ms    p99 ms  cpu p50   cpu p99"]
            lines += timings.map(line)
            lines.append(line(reference))
            lines.append(String(format: "%@ p99 / surname-prefix p99: %.1fx", reference.label, speedup))
            lines.append(String(format: "target (every p99 < %g ms, at least %gx the reference): ", target.p99Milliseconds, target.speedup)
                         + (meetsTarget ? "met" : "NOT met"))
            if let resident = residentBytes {
                lines.append("resident memory: \(resident >> 20) MB" + (peakResidentBytes.map { " (peak \($0 >> 20) MB)" } ?? "")
                             + (privateBytes.map { ", of which \($0 >> 20) MB private (the rest is the mapped database file)" } ?? ""))
            }
            lines.append("slowest queries (p99 ms): " + slowest.map { String(format: "%@ %.3f", $0.label, $0.p99Milliseconds) }.joined(separator: ", "))
            return lines.joined(separator: "\n")
        }
    }

    /// Runs the benchmark on SQLite against FTS5; `queries` defaults to `defaultQueries(from:)`.
    public static func run(database: AppDatabase, queries: [Query]? = nil, iterations: Int = 200) throws -> Report {
        let accounts = try database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM account") ?? 0 }
        let reference = Reference(label: "FTS5 reference (rank)") { prefixes, iterations in
            try ReferenceIndex.measure(prefixes, iterations: iterations, database)
        }
        return try run(store: database, queries: queries ?? defaultQueries(from: database), accounts: accounts,
                       iterations: iterations, reference: reference, target: .sqlite)
    }

    /// Runs the benchmark on any store: each query warmed once then timed `iterations` times,
    /// then the reference over the surname-prefix queries.
    public static func run(store: any AccountsStore, queries: [Query], accounts: Int, iterations: Int,
                           reference: Reference, target: Target) throws -> Report {
        var samplesByKind: [QueryKind: [Sample]] = [:]
        var perQuery: [Timing] = []
        for query in queries {
            _ = try store.search(query.text, limit: 50)
            let samples = try measure(iterations) { _ = try store.search(query.text, limit: 50) }
            samplesByKind[query.kind, default: []] += samples
            perQuery.append(timing("\(query.kind.rawValue) “\(query.text)”", queries: 1, samples))
        }
        let prefixes = queries.filter { $0.kind == .surnamePrefix }.map(\.text)
        let referenceSamples = try reference.measure(prefixes, min(iterations, referenceIterations))
        let memory = ResidentMemory.current()
        return Report(
            accounts: accounts, iterations: iterations,
            timings: QueryKind.allCases.compactMap { kind in
                samplesByKind[kind].map { timing(kind.rawValue, queries: queries.filter { $0.kind == kind }.count, $0) }
            },
            reference: timing(reference.label, queries: prefixes.count, referenceSamples), target: target,
            slowest: Array(perQuery.sorted { $0.p99Milliseconds > $1.p99Milliseconds }.prefix(5)),
            residentBytes: memory?.resident, peakResidentBytes: memory?.peak, privateBytes: memory?.private)
    }

    /// The reference's runs per query at most: one pg_trgm query takes over a second at a
    /// million accounts, so timing it as often as the lookup would take most of an hour, while
    /// a hundred samples already show it is hundreds of times slower.
    public static let referenceIterations = 10

    /// Realistic lookups on SQLite: `defaultQueries(numbers:phones:)` with account and phone
    /// numbers sampled evenly from the database.
    public static func defaultQueries(from database: AppDatabase) throws -> [Query] {
        try database.writer.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM account") ?? 0
            let ids = sampleIDs(maxID: count)
            let numbers = try ids.compactMap { try String.fetchOne(db, sql: "SELECT number FROM account WHERE id = ?", arguments: [$0]) }
            let phones = try ids.compactMap {
                try String.fetchOne(db, sql: "SELECT phone FROM customer WHERE account_id = ? AND phone IS NOT NULL LIMIT 1", arguments: [$0])
            }
            return defaultQueries(numbers: numbers, phones: phones)
        }
    }

    /// Twenty account row ids spread evenly from 1 to `maxID`, whose numbers and phones to look up.
    public static func sampleIDs(maxID: Int) -> [Int64] {
        let step = max(1, maxID / 20)
        return Array(stride(from: 1, through: max(maxID, 1), by: step).prefix(20)).map(Int64.init)
    }

    /// Realistic lookups: common surname prefixes, two words (names, name and suburb, street
    /// and suburb, number and street), and the given account and phone numbers (phones typed
    /// with their spaces).
    public static func defaultQueries(numbers: [String], phones: [String]) -> [Query] {
        let prefixes = ["smi", "ng", "wil", "tay", "ngu", "brow", "mar", "jon", "pat", "kel"]
        let pairs = ["smi bacch", "john smi", "zoe ng", "marg gisb", "nguyen melt", "sarah car", "jo sunb", "wil rom",
                     "main sunb", "12 evans"]
        return prefixes.map { Query(.surnamePrefix, $0) } + pairs.map { Query(.twoWords, $0) }
            + numbers.map { Query(.accountNumber, $0) } + phones.map { Query(.phone, $0) }
    }

    /// One sample per run: wall-clock and thread CPU time, in milliseconds.
    public struct Sample: Sendable {
        public var wall: Double
        public var cpu: Double
    }

    /// Times `body` `iterations` times.
    public static func measure(_ iterations: Int, _ body: () throws -> Void) throws -> [Sample] {
        let clock = ContinuousClock()
        return try (0..<iterations).map { _ in
            let cpuStart = threadCPUMilliseconds()
            let elapsed = try clock.measure(body)
            let cpu = threadCPUMilliseconds() - cpuStart
            return Sample(wall: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15, cpu: cpu)
        }
    }

    /// CPU time the calling thread has used, in milliseconds.
    private static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    private static func timing(_ label: String, queries: Int, _ samples: [Sample]) -> Timing {
        func percentile(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
        }
        let wall = samples.map(\.wall), cpu = samples.map(\.cpu)
        return Timing(label: label, queries: queries, p50Milliseconds: percentile(wall, 0.5), p99Milliseconds: percentile(wall, 0.99),
                      cpuP50Milliseconds: percentile(cpu, 0.5), cpuP99Milliseconds: percentile(cpu, 0.99))
    }
}

/// The FTS5 table the benchmark compares against: the same documents, ranked by bm25.
enum ReferenceIndex {
    /// Builds the temporary FTS5 table and times the reference query for each prefix.
    static func measure(_ prefixes: [String], iterations: Int, _ database: AppDatabase) throws -> [LookupBenchmark.Sample] {
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE temp.lookup_reference_fts USING fts5(doc, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO temp.lookup_reference_fts(rowid, doc) SELECT account_id, doc FROM main.search_doc;
                """)
            defer { try? db.execute(sql: "DROP TABLE temp.lookup_reference_fts") }
            // The reference query: every match ranked, the best 50 kept.
            let statement = try db.makeStatement(sql: """
                SELECT rowid FROM temp.lookup_reference_fts WHERE lookup_reference_fts MATCH ? ORDER BY rank LIMIT 50
                """)
            var samples: [LookupBenchmark.Sample] = []
            for prefix in prefixes {
                _ = try Int64.fetchAll(statement, arguments: ["\(prefix)*"])
                samples += try LookupBenchmark.measure(iterations) { _ = try Int64.fetchAll(statement, arguments: ["\(prefix)*"]) }
            }
            return samples
        }
    }
}
