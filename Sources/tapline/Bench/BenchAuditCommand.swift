import ArgumentParser
import Foundation
import TaplineDomain
import TaplinePostgres
import TaplineStore

/// `tapline bench audit [--database …] [--entries N]`: appends N chained audit entries in
/// bulk, then times `audit verify` over the whole trail and prints entries/s and the peak
/// memory while verifying (issue 12, item 6: 10^7 in under a minute).
///
/// Without `--database` it works on a temporary SQLite file, removed afterwards. With one, the
/// entries are appended to that store for good (the trail is append-only): give it a scratch
/// file, or a fresh PostgreSQL database after `tapline admin init`, as the database's owner —
/// the bulk load switches the server's chain trigger off for its own transaction and hashes
/// in this process with the code `verify` checks with.
struct BenchAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Append N chained audit entries in bulk and time verifying the whole trail (a scratch SQLite file unless --database).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many entries to append before verifying.") var entries = 10_000_000

    func validate() throws {
        guard entries >= 1 else { throw ValidationError("--entries needs at least 1") }
    }

    func run() throws {
        let scratch = global.database == nil ? FileManager.default.temporaryDirectory.appendingPathComponent("tapline-bench-audit-\(getpid())") : nil
        if let scratch { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true) }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        let location: StoreLocation = try scratch.map { .sqlite(path: $0.appendingPathComponent("audit.sqlite").path) } ?? global.storeLocation()
        let store: any AuditStore = try StoreFailure.reported {
            switch location {
            case .sqlite(let path): return try AppDatabase.open(path: path)
            case .postgres(let uri): return try PostgresStore(uri: uri)
            }
        }
        print("audit benchmark on \(scratch == nil ? location.description : "a scratch SQLite file"): \(entries.formatted()) entries")

        let start = LocalDateTime(date: CivilDate(year: 2026, month: 1, day: 1)!, hour: 8)
        let appending = ContinuousClock.now
        try StoreFailure.reported {
            try store.appendBenchmarkAuditEntries(entries, start: start) { done in
                FileHandle.standardError.write(Data("  appended \(done.formatted())\n".utf8))
            }
        }
        let appended = Self.seconds(since: appending)
        print(String(format: "appended  %@ entries in %.1f s (%@ entries/s)", entries.formatted(), appended, Int(Double(entries) / appended).formatted()))

        let residentBefore = Memory.residentMiB()
        Memory.resetPeak()
        let verifying = ContinuousClock.now
        let verification = try StoreFailure.reported { try store.verifyAuditTrail() }
        let verified = Self.seconds(since: verifying)
        print(String(format: "verified  %@ entries in %.1f s (%@ entries/s), peak resident memory %.0f MiB (%.0f MiB before)",
                     verification.checked.formatted(), verified, Int(Double(verification.checked) / verified).formatted(),
                     Memory.peakResidentMiB(), residentBefore))
        if let problem = verification.firstBreak {
            FileHandle.standardError.write(Data("tapline: the trail did not verify: \(problem.message)\n".utf8))
            throw ExitCode.failure
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let took = ContinuousClock.now - start
        return Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
    }
}
