/// A small, fast, seeded random number generator (SplitMix64), so synthetic data is the same
/// for the same seed on every machine and Swift version.
///
/// The standard library's generator is unseeded and its `random(in:)` algorithms are not
/// promised to stay the same, so everything here — ranges, choices, chances — is computed by
/// this type's own methods.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An independent stream for item `index` of a data set seeded with `seed`, so items can be
    /// generated in any order (or in parallel) and still come out the same.
    init(seed: UInt64, stream index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ 0x5851_F42D_4C95_7F2D)
        state = mixer.next() &+ index &* 0x9E37_79B9_7F4A_7C15
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound` (multiply-shift; the bias is below 2^-40 for our bounds).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A whole number in `range`.
    mutating func inRange(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with probability `percent` in 100.
    mutating func chance(percent: Double) -> Bool { unit() * 100 < percent }

    /// A number in [0, 1) with 53 bits of precision.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// One element, uniformly.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A number of decimal digits, as text: "0427".
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(48 + below(10)))) })
    }
}

/// Picks items by weight in O(log n), from a table built once.
struct WeightedTable<Item: Sendable>: Sendable {
    let items: [Item]
    private let cumulative: [Int]

    init(_ weighted: [(Item, Int)]) {
        items = weighted.map(\.0)
        var running = 0
        cumulative = weighted.map { running += $0.1; return running }
    }

    func pick(_ random: inout SplitMix64) -> Item {
        let target = random.below(cumulative.last!)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
