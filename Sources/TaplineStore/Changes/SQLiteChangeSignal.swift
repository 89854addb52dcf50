import Foundation
import GRDB

/// A SQLite file's changes, from `PRAGMA data_version` on a connection of its own: the number
/// moves whenever another connection — another console on the shared file, or this console's
/// own writer — commits, and reading it costs next to nothing, so it is read four times a
/// second.
final class SQLiteChangeSignal: StoreChangeSignal, @unchecked Sendable {
    private let reader: DatabaseQueue
    private let lock = NSLock()
    private var lastVersion: Int?

    /// How often the counter is read while waiting.
    static let pollInterval = 0.25

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        reader = try DatabaseQueue(path: path, configuration: configuration)
    }

    func waitForChange(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let version = try? reader.read({ try Int.fetchOne($0, sql: "PRAGMA data_version") }) {
                let changed = lock.withLock {
                    defer { lastVersion = version }
                    return lastVersion != nil && lastVersion != version
                }
                if changed { return true }
            }
            Thread.sleep(forTimeInterval: min(Self.pollInterval, max(0, deadline.timeIntervalSinceNow)))
        } while Date() < deadline
        return false
    }
}

extension AppDatabase: StoreChangeSource {
    public func changeSignal() -> (any StoreChangeSignal)? {
        guard path != ":memory:", !path.isEmpty else { return nil }
        return try? SQLiteChangeSignal(path: path)
    }
}
