import Foundation
import GRDBSQLite

/// Copies a bulk load's write-ahead log into the database file from a connection and thread
/// of its own, so the writing thread only appends to the log.
///
/// SQLite normally checkpoints on the writer's connection every thousand pages; during a
/// load of gigabytes that is a large share of the writer's work, while the second core
/// waits. A passive checkpoint never blocks the writer (it copies what is committed and
/// stops at what is not), so running them beside it is safe; the load ends with one
/// truncating checkpoint of its own.
final class WALCheckpointer: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var running = true
    private var finished = false

    /// Starts checkpointing the file at `path` every `interval` seconds; nil for a database
    /// without a file (in memory), which has no log.
    init?(path: String, interval: TimeInterval = 0.25) {
        guard path != ":memory:", !path.isEmpty, FileManager.default.fileExists(atPath: path) else { return nil }
        var handle: OpaquePointer?
        // A connection opens the log only when it first reads: until then a checkpoint does nothing.
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let handle,
              sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nil, nil, nil) == SQLITE_OK else {
            sqlite3_close(handle)
            return nil
        }
        let connection = UncheckedConnection(handle: handle)
        let thread = Thread { [self] in
            condition.lock()
            while running {
                condition.unlock()
                sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                condition.lock()
                if running { _ = condition.wait(until: Date().addingTimeInterval(interval)) }
            }
            sqlite3_close(connection.handle)
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// Stops checkpointing and waits until the connection is closed; stopping twice is harmless.
    func stop() {
        condition.lock()
        running = false
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// The raw connection, used only by the checkpointing thread once it starts.
    private struct UncheckedConnection: @unchecked Sendable {
        let handle: OpaquePointer
    }
}
