import Dispatch
import Foundation
import Glibc

/// Turns SIGINT, SIGTERM, SIGHUP (an ssh link dropping) and SIGQUIT into a flag the run loop
/// polls, so the terminal is always restored by ordinary code rather than inside a handler.
public final class SignalWatcher: @unchecked Sendable {
    public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var received: Int32?

    /// Starts watching. Must run before ncurses starts, so ncurses leaves these signals alone.
    public init() {
        Glibc.signal(SIGPIPE, SIG_IGN)
        for number in SignalWatcher.watched {
            Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.record(number) }
            source.resume()
            sources.append(source)
        }
    }

    private func record(_ number: Int32) {
        lock.lock()
        if received == nil { received = number }
        lock.unlock()
    }

    /// The first signal received, if any.
    public var receivedSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received
    }
}
