import Foundation

/// Makes numbered batches on a thread of its own, a few ahead of the caller, who takes them
/// in order: a bulk load generates the next batch of rows on the second core while the
/// current one is written.
public final class BackgroundBatches<Batch: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var ready: [Batch] = []
    private var made = 0
    private var stopped = false
    private let count: Int
    private let depth: Int

    /// Starts making batches `0..<count`, at most `depth` ahead of `next()`.
    public init(count: Int, depth: Int = 2, make: @escaping @Sendable (Int) -> Batch) {
        self.count = count
        self.depth = depth
        let thread = Thread { [self] in
            for index in 0..<count {
                let batch = make(index)
                condition.lock()
                while ready.count >= depth && !stopped { condition.wait() }
                if stopped { condition.unlock(); return }
                ready.append(batch)
                made = index + 1
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next batch in order, waiting for it; nil after the last.
    public func next() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && made < count && !stopped { condition.wait() }
        guard !ready.isEmpty else { return nil }
        let batch = ready.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops making batches (the load failed or is done); the thread ends after its current one.
    public func stop() {
        condition.lock()
        stopped = true
        ready.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    deinit { stop() }
}
