import Foundation
import TaplineDomain
import TaplineUI

/// Keeps the store told which account this console has open (`PresencePort`), on a thread of
/// its own so a slow store never holds up keys: the run loop says what is on screen each
/// turn; the thread announces a change at once and repeats itself every
/// `Presence.heartbeatSeconds`, and `stop` withdraws it as the console closes.
final class PresenceReporter: @unchecked Sendable {
    private let port: any PresencePort
    private let lock = NSLock()
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var wanted: Showing?

    /// What the console shows: the account and the record on it, since when, to whom.
    private struct Showing: Equatable {
        var account: String?
        var subject: String?
        var since: LocalDateTime
        var user: String

        func sameView(as other: Showing?) -> Bool { account == other?.account && subject == other?.subject && user == other?.user }
    }
    private var stopped = false

    init(_ port: any PresencePort) {
        self.port = port
        let thread = Thread { [weak self] in self?.report() }
        thread.name = "tapline.presence"
        thread.start()
    }

    /// What the console shows now; cheap to call every turn.
    func showing(_ accountNumber: String?, subject: String?, at now: LocalDateTime, user: String) {
        let next = Showing(account: accountNumber, subject: accountNumber == nil ? nil : subject, since: now, user: user)
        let changed = lock.withLock {
            guard !next.sameView(as: wanted) else { return false }
            wanted = next
            return true
        }
        if changed { wake.signal() }
    }

    /// Withdraws this console's presence once the thread has stopped (so no heartbeat can
    /// follow it), waiting a moment for the store.
    func stop() {
        let last = lock.withLock { () -> (since: LocalDateTime, user: String)? in
            stopped = true
            return wanted.map { ($0.since, $0.user) }
        }
        wake.signal()
        _ = finished.wait(timeout: .now() + .seconds(2))
        if let last { try? port.showing(nil, subject: nil, since: last.since, user: last.user) }
    }

    private func report() {
        defer { finished.signal() }
        var told: Showing?
        while true {
            let changed = wake.wait(timeout: .now() + .seconds(Presence.heartbeatSeconds)) == .success
            let (state, isStopped) = lock.withLock { (wanted, stopped) }
            if isStopped { return }
            guard let now = state else { continue }
            guard changed || now.account != nil || !now.sameView(as: told) else { continue }
            do {
                try port.showing(now.account, subject: now.subject, since: now.since, user: now.user)
                told = now
            } catch {
                told = nil  // the store is away: said again at the next heartbeat
            }
        }
    }
}
