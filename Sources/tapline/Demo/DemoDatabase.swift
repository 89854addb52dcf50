import Foundation
import TaplineDomain
import TaplineStore

/// Demo mode's own database: synthetic accounts, training copies of scenario accounts, attempts.
///
/// It lives beside the real database (`Paths.demoDatabase`) and is never the real one. It is
/// generated into a side file and moved into place only when complete, so a first start that
/// is interrupted leaves nothing half-made behind: the next start simply generates it again.
///
/// Trainees' saved attempts are their record of training, not demo data: a reset rebuilds the
/// accounts and keeps every attempt (copied into the new database before it replaces the old
/// one); only `forgetScores` deletes them, and the outcome says how many went.
enum DemoDatabase {
    /// What a demo start found or made.
    enum Outcome: Equatable {
        case created(seconds: Double)
        case reused
    }

    /// What happened to the trainees' saved attempts.
    struct Attempts: Equatable {
        /// Carried across a reset into the rebuilt database.
        var kept = 0
        /// Deleted on `forgetScores`.
        var forgotten = 0
    }

    /// Why the demo database was not rebuilt.
    struct InUse: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "the demo database \(path) is open in another console (a trainee may be mid-call); "
                + "finish that call and quit that console, then reset again"
        }
    }

    /// Opens the demo database at `url`, generating it first when it is missing (or `reset`);
    /// `forgetScores` deletes every trainee's saved attempts, otherwise a reset keeps them.
    static func prepare(at url: URL, accounts: Int, seed: UInt64, today: CivilDate, reset: Bool, forgetScores: Bool = false,
                        by user: String = "demo", at time: LocalDateTime? = nil) throws -> (AppDatabase, Outcome, Attempts) {
        let now = time ?? LocalDateTime(date: today, hour: 0)
        var attempts = Attempts()
        var kept: [TrainingAttempt] = []
        if reset, FileManager.default.fileExists(atPath: url.path) {
            if isOpenElsewhere(url) { throw InUse(path: url.path) }
            // Read and closed (the pool is released at the end of this block) before the file is replaced.
            kept = try { try AppDatabase.open(path: url.path).trainingAttempts.all() }()
            if forgetScores {
                attempts.forgotten = kept.count
                kept = []
            }
        }
        var outcome = Outcome.reused
        if reset || !FileManager.default.fileExists(atPath: url.path) {
            let started = Date()
            try generate(at: url, accounts: accounts, seed: seed, today: today, keeping: kept, by: user, at: now)
            attempts.kept = kept.count
            outcome = .created(seconds: Date().timeIntervalSince(started))
        }
        let store = try AppDatabase.open(path: url.path)
        if forgetScores, !reset {
            attempts.forgotten = try store.trainingAttempts.forgetAll(by: user, at: now)
        }
        return (store, outcome, attempts)
    }

    private static func generate(at url: URL, accounts: Int, seed: UInt64, today: CivilDate, keeping attempts: [TrainingAttempt],
                                 by user: String, at time: LocalDateTime) throws {
        let side = url.deletingLastPathComponent().appendingPathComponent("demo-being-made.sqlite")
        try removeDatabase(at: side)
        try fill(side, accounts: accounts, seed: seed, today: today, keeping: attempts, by: user, at: time)
        try removeDatabase(at: url)
        try FileManager.default.moveItem(at: side, to: url)
        try removeDatabase(at: side)
    }

    /// Generates into `file`, puts back the kept attempts, and closes it (released when this returns).
    private static func fill(_ file: URL, accounts: Int, seed: UInt64, today: CivilDate, keeping attempts: [TrainingAttempt],
                             by user: String, at time: LocalDateTime) throws {
        let store = try AppDatabase.open(path: file.path)
        let bar = ProgressBar(total: accounts, label: "demo accounts")
        defer { bar.finish() }
        try SyntheticData.generate(into: store, accounts: accounts, seed: seed, today: today) { done, total in
            bar.update(done, of: total)
        }
        _ = try CollectionHistorySeeder.seed(into: store, seed: seed, today: today)
        try store.trainingAttempts.keep(attempts, by: user, at: time)
    }

    /// Whether another process has the database open: SQLite holds a shared lock on the WAL
    /// index's "dead man switch" byte (offset 128 of the `-shm` file) for as long as a
    /// connection is open, so a write lock there that cannot be had means another console.
    static func isOpenElsewhere(_ url: URL) -> Bool {
        let shm = url.path + "-shm"
        let descriptor = open(shm, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 128
        lock.l_len = 1
        guard fcntl(descriptor, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }

    /// Removes a database file and its WAL companions, if there.
    static func removeDatabase(at url: URL) throws {
        for suffix in ["", "-wal", "-shm"] {
            let path = url.path + suffix
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        }
    }
}
