import Foundation
import TaplineStore

/// The shared store's changes, from the notifications its triggers send in the transaction
/// that made each change (`PostgresMigrations.changeNotify`), on a connection of its own that
/// LISTENs.
///
/// A notification can be missed: one sent while this connection was down (the server
/// restarted) is gone. So a connection made again reports a change as soon as it listens, and a
/// change is reported every `fallbackSeconds` whatever arrived: the periodic check that keeps
/// a missed notification from leaving a queue wrong for long.
final class PGChangeSignal: StoreChangeSignal, @unchecked Sendable {
    private let uri: String
    private let prepare: (@Sendable (PGConnection) throws -> Void)?
    private let lock = NSLock()
    private var connection: PGConnection?
    private var lastReported = Date()
    /// Whether a connection has listened before: the first one has missed nothing.
    private var hasListened = false

    /// The channel the triggers notify.
    static let channel = "tapline_change"
    /// The longest a console goes without refreshing what it shows.
    static let fallbackSeconds = 30.0

    init(uri: String, prepare: (@Sendable (PGConnection) throws -> Void)?) {
        self.uri = uri
        self.prepare = prepare
    }

    func waitForChange(seconds: Double) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let listening = connection ?? listen() else {
            Thread.sleep(forTimeInterval: seconds)
            return false
        }
        if connection == nil {
            connection = listening
            defer { hasListened = true }
            return hasListened ? report() : false
        }
        do {
            if try !listening.waitForNotifications(milliseconds: Int32(seconds * 1000)).isEmpty { return report() }
        } catch {
            connection = nil  // lost: the next call connects again and reports a change
            return false
        }
        return Date().timeIntervalSince(lastReported) >= Self.fallbackSeconds ? report() : false
    }

    private func listen() -> PGConnection? {
        guard let connection = try? PGConnection(uri: uri) else { return nil }
        do {
            try prepare?(connection)
            try connection.execute("LISTEN \(Self.channel)")
            return connection
        } catch {
            return nil
        }
    }

    private func report() -> Bool {
        lastReported = Date()
        return true
    }
}

extension PostgresStore: StoreChangeSource {
    public func changeSignal() -> (any StoreChangeSignal)? { PGChangeSignal(uri: uri, prepare: prepare) }
}
