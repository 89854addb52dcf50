import Foundation
import TaplineDomain
import TaplineStore

/// Demo mode's own database: synthetic accounts, training copies of scenario accounts, attempts.
///
/// It lives beside the real database (`Paths.demoDatabase`) and is never the real one. It is
/// generated into a side file and moved into place only when complete, so a first start that
/// is interrupted leaves nothing half-made behind: the next start simply generates it again.
enum DemoDatabase {
    /// What a demo start found or made.
    enum Outcome {
        case created(seconds: Double)
        case reused
    }

    /// Opens the demo database at `url`, generating it first when it is missing (or `reset`).
    static func prepare(at url: URL, accounts: Int, seed: UInt64, today: CivilDate, reset: Bool) throws -> (AppDatabase, Outcome) {
        if reset { try removeDatabase(at: url) }
        var outcome = Outcome.reused
        if !FileManager.default.fileExists(atPath: url.path) {
            let started = Date()
            try generate(at: url, accounts: accounts, seed: seed, today: today)
            outcome = .created(seconds: Date().timeIntervalSince(started))
        }
        return (try AppDatabase.open(path: url.path), outcome)
    }

    private static func generate(at url: URL, accounts: Int, seed: UInt64, today: CivilDate) throws {
        let side = url.deletingLastPathComponent().appendingPathComponent("demo-being-made.sqlite")
        try removeDatabase(at: side)
        try fill(side, accounts: accounts, seed: seed, today: today)
        try removeDatabase(at: url)
        try FileManager.default.moveItem(at: side, to: url)
        try removeDatabase(at: side)
    }

    /// Generates into `file` and closes it (the database is released when this returns).
    private static func fill(_ file: URL, accounts: Int, seed: UInt64, today: CivilDate) throws {
        let store = try AppDatabase.open(path: file.path)
        let bar = ProgressBar(total: accounts, label: "demo accounts")
        defer { bar.finish() }
        try SyntheticData.generate(into: store, accounts: accounts, seed: seed, today: today) { done, total in
            bar.update(done, of: total)
        }
        _ = try CollectionHistorySeeder.seed(into: store, seed: seed, today: today)
    }

    /// Removes a database file and its WAL companions, if there.
    static func removeDatabase(at url: URL) throws {
        for suffix in ["", "-wal", "-shm"] {
            let path = url.path + suffix
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        }
    }
}
