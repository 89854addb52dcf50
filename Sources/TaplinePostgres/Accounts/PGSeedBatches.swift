import Dispatch
import Foundation
import TaplineDomain
import TaplineStore

/// Builds a seed's batches with every core: each batch's accounts are generated in parts at
/// once, then encoded in parts at once, and the parts joined in account order.
///
/// The rows come out as one thread would make them: generating first tells how many
/// addresses and bills each part has, so each part counts its row ids on from where the part
/// before it ends.
struct PGSeedBatches: Sendable {
    let count: Int
    let seed: UInt64
    let today: CivilDate
    let chargeTypes: PGChargeTypes

    /// Parts per batch: one per core.
    static let parts = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// The accounts in `range` (indexes into `SyntheticData.accounts`) as one batch, numbered from `ids` on.
    func batch(_ range: Range<Int>, ids: inout PGRowIDs) throws -> PGAccountBatch {
        let size = (range.count + Self.parts - 1) / Self.parts
        let parts = stride(from: range.lowerBound, to: range.upperBound, by: size).map { $0..<min($0 + size, range.upperBound) }
        let generated = Self.inParallel(parts.count) { [count, seed, today] part in
            let accounts = SyntheticData.accounts(count: count, seed: seed, today: today)
            return parts[part].map { accounts[$0] }
        }
        var starts: [PGRowIDs] = []
        for items in generated {
            starts.append(ids)
            ids.skip("account", items.count)
            for item in items {
                let needed = PGAccountBatch.ids(for: item)
                ids.skip("address", needed.addresses)
                ids.skip("bill", needed.bills)
            }
        }
        let encoded = Self.inParallel(parts.count) { [starts, chargeTypes] part in
            Result { () throws -> PGAccountBatch in
                var ids = starts[part]
                var batch = PGAccountBatch(capacity: generated[part].count)
                for item in generated[part] { try batch.add(item, ids: &ids, chargeTypes: chargeTypes) }
                return batch
            }
        }
        var batch = try encoded[0].get()
        for part in encoded.dropFirst() { batch.append(try part.get()) }
        return batch
    }

    /// `work(0) … work(n - 1)`, each on its own thread, in order.
    private static func inParallel<T: Sendable>(_ n: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let results = Slots<T>(n)
        DispatchQueue.concurrentPerform(iterations: n) { results.fill($0, with: work($0)) }
        return results.values
    }
}

/// Room for `count` results, each slot filled by one thread.
private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(_ count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func fill(_ slot: Int, with value: T) { base[slot] = value }

    var values: [T] { (0..<count).map { base[$0]! } }
}
