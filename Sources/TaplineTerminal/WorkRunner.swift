import Dispatch
import Foundation
import TaplineUI

/// Runs effects' work off the input thread and hands results back to the run loop.
///
/// The run loop never waits on the store: a slow query finishes whenever it finishes, and
/// the console drops its result if newer work with the same key has superseded it.
final class WorkRunner: @unchecked Sendable {
    private let services: Services
    private let queue = DispatchQueue(label: "tapline.work", qos: .userInitiated, attributes: .concurrent)
    private let lock = NSLock()
    private var finished: [(Work, any Sendable)] = []
    private var running = 0

    init(services: Services) { self.services = services }

    func submit(_ work: Work) {
        lock.lock()
        running += 1
        lock.unlock()
        queue.async { [services] in
            let result = work.run(services)
            self.lock.lock()
            self.finished.append((work, result))
            self.running -= 1
            self.lock.unlock()
        }
    }

    /// Results finished since the last call, in the order they finished.
    func takeFinished() -> [(Work, any Sendable)] {
        lock.lock()
        defer { finished.removeAll(); lock.unlock() }
        return finished
    }

    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running > 0 || !finished.isEmpty
    }
}
