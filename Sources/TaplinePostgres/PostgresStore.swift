import Foundation
import TaplineStore

/// The shared store: one PostgreSQL database for a whole contact centre, reached through libpq.
///
/// Holds a few connections and lends one to each piece of work (the console's store work runs
/// on a worker thread; commands run one at a time). Who the user is comes from the server:
/// `session_user`, which peer authentication over the local socket makes the operating-system
/// login, and which a password or certificate fixes off it. The schema is made by
/// `tapline admin init` and brought up to date by `tapline admin migrate`; opening refuses a
/// database whose schema is missing or newer than this build.
public final class PostgresStore: @unchecked Sendable {
    public let uri: String
    private let lock = NSLock()
    private var idle: [Purpose: [PGConnection]] = [:]
    /// Run on every connection as it opens (e.g. tests' `SET SESSION AUTHORIZATION`).
    let prepare: (@Sendable (PGConnection) throws -> Void)?
    /// Connections kept for reuse; more are opened while work needs them, and closed after.
    static let keptConnections = 4

    /// Connects, and checks the schema is this build's (`requireSchema`), so a console never
    /// starts on a database it would misread, and one not set up says to run `tapline admin init`.
    ///
    /// - Parameter prepare: run on each new connection before any work, with the server's
    ///   settings for the session (a superuser's tests use it to act as another role).
    public init(uri: String, requireSchema: Bool = true, prepare: (@Sendable (PGConnection) throws -> Void)? = nil) throws {
        self.uri = uri
        self.prepare = prepare
        let connection = try Self.connect(uri, prepare, for: .general)
        idle[.general] = [connection]
        guard requireSchema else { return }
        do {
            try PostgresMigrations.checkCurrent(connection)
        } catch let error as PGError where error.isPermissionDenied {
            throw PostgresSchemaError.noRole(user: try connection.execute("SELECT session_user AS who").first?.string("who") ?? "")
        }
    }

    /// What a connection is lent for, each kept apart because its session is set up for it.
    public enum Purpose: Sendable {
        /// Everything but the lookup: statements planned for their values.
        case general
        /// The lookup's statements, prepared once and always run on their generic plan
        /// (`plan_cache_mode`): each is a range scan of a primary key whatever the prefix,
        /// and re-planning it for each keystroke's values cost more than running it.
        case lookup
        /// The queues' pages and counts, read again on every change anywhere: prepared, on their
        /// generic plans, and without JIT or parallel workers. Each is a few ranges of an
        /// index; starting workers and compiling cost more than the work (a 10^5 queue's
        /// counts took 72 ms with them, 17 ms without).
        case queue
    }

    private static func connect(_ uri: String, _ prepare: (@Sendable (PGConnection) throws -> Void)?,
                                for purpose: Purpose) throws -> PGConnection {
        let connection = try PGConnection(uri: uri)
        try prepare?(connection)
        switch purpose {
        case .general: break
        case .lookup: try connection.execute("SET plan_cache_mode = force_generic_plan")
        case .queue:
            for setting in ["plan_cache_mode = force_generic_plan", "jit = off", "max_parallel_workers_per_gather = 0"] {
                try connection.execute("SET \(setting)")
            }
        }
        return connection
    }

    /// Runs `body` with a connection of its own; a connection found broken is not reused.
    public func withConnection<T>(for purpose: Purpose = .general, _ body: (PGConnection) throws -> T) throws -> T {
        let connection: PGConnection
        do {
            connection = try lock.withLock { idle[purpose]?.popLast() } ?? Self.connect(uri, prepare, for: purpose)
        } catch let error as PGError {
            throw StoreError.unreachable(reason: error.message)
        }
        do {
            let value = try body(connection)
            keep(connection, for: purpose)
            return value
        } catch let error as PGError where error.isConnectionLost {
            // The server went away: the kept connections are as dead as this one, so all are
            // dropped and the next piece of work connects afresh once it is back.
            lock.withLock { idle.removeAll() }
            throw StoreError.unreachable(reason: error.message)
        } catch {
            keep(connection, for: purpose)
            throw error
        }
    }

    private func keep(_ connection: PGConnection, for purpose: Purpose) {
        lock.withLock { if idle[purpose, default: []].count < Self.keptConnections { idle[purpose, default: []].append(connection) } }
    }

    /// Runs `body` in one transaction on a connection of its own.
    public func transaction<T>(_ body: (PGConnection) throws -> T) throws -> T {
        try withConnection { connection in try connection.transaction(body) }
    }

    /// Nil when the server answers a trivial query; otherwise libpq's reason.
    public func ping() -> String? {
        do {
            try withConnection { try $0.execute("SELECT 1") }
            return nil
        } catch StoreError.unreachable(let reason) {
            return reason
        } catch {
            return "\(error)"
        }
    }

    /// The user as the server knows them: the login role this session authenticated as.
    public func sessionUser() throws -> String {
        try withConnection { try $0.execute("SELECT session_user AS who").first?.string("who") ?? "" }
    }
}
