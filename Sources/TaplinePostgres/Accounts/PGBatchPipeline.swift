import Foundation

/// Makes batches on a thread of its own while the caller's thread sends the ones made before:
/// a seed's generator and COPY's streaming overlap instead of taking turns, and the server's
/// backend, a third process, ingests meanwhile.
///
/// At most `depth` batches wait, so memory stays a few batches whatever the size of the load.
/// A failure on either side stops both: the maker's error is rethrown to the caller, and a
/// caller that fails makes the maker's next hand-over return false.
final class PGBatchPipeline<Batch: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var waiting: [Batch] = []
    private var made = false
    private var cancelled = false
    private var exited = false
    private var failure: (any Error)?

    private init(depth: Int) {
        self.depth = depth
    }

    /// Runs `make` on a new thread, handing each batch it passes to `hand` over to `send` on
    /// this thread, in order; returns when both are done (the maker has exited).
    ///
    /// - Parameter make: passes each batch to `hand`, which returns false when it should stop.
    static func run(depth: Int = 2, make: @escaping @Sendable (_ hand: (Batch) -> Bool) throws -> Void,
                    send: (Batch) throws -> Void) throws {
        let pipeline = PGBatchPipeline(depth: depth)
        let thread = Thread {
            do { try make(pipeline.put) } catch { pipeline.update { $0.failure = error } }
            pipeline.update { $0.made = true; $0.exited = true }
        }
        thread.stackSize = 16 << 20
        thread.start()
        defer { pipeline.stopAndWait() }
        while let batch = try pipeline.take() { try send(batch) }
    }

    private func put(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= depth && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, nil once the maker is done, or the maker's error.
    private func take() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !made { condition.wait() }
        if let failure { throw failure }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    private func update(_ change: (PGBatchPipeline) -> Void) {
        condition.lock()
        change(self)
        condition.broadcast()
        condition.unlock()
    }

    private func stopAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !exited { condition.wait() }
        condition.unlock()
    }
}
