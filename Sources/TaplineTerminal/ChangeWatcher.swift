import Foundation
import TaplineUI

/// Waits for the store's changes on a thread of its own (`StoreChangesPort`), so a server
/// that is slow to answer never holds up keys or drawing; the run loop asks each turn
/// whether anything changed since it last asked.
final class ChangeWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var changed = false

    init(_ port: any StoreChangesPort) {
        let thread = Thread { [weak self] in
            while self != nil {
                let sawChange = port.waitForChange(seconds: 1)
                guard let self else { return }
                if sawChange { self.lock.withLock { self.changed = true } }
            }
        }
        thread.name = "tapline.changes"
        thread.start()
    }

    /// Whether the store may have changed since the last call.
    func takeChange() -> Bool {
        lock.withLock {
            defer { changed = false }
            return changed
        }
    }
}
