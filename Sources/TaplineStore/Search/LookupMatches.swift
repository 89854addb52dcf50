import TaplineDomain

/// The accounts a lookup has matched so far: the first `limit` in order (the page), and every
/// one seen up to the count cap (the count), for either store's lookup.
///
/// Both stores walk the same index in the same order and stop at the same points, so the
/// page, the count and "1,000+" agree whichever store answers.
public struct LookupMatches: Sendable {
    public let limit: Int
    public private(set) var ids: [Int64] = []
    public private(set) var seen = Set<Int64>(minimumCapacity: AccountSearch.countCap + 1)
    /// Some matches may not have been seen: a scan stopped early.
    public var incomplete = false
    /// A lower bound of the matches known without seeing them all.
    public var atLeast = 0

    public init(limit: Int) { self.limit = limit }

    /// Adds a match; false once counting should stop.
    public mutating func add(_ id: Int64) -> Bool {
        if seen.insert(id).inserted, ids.count < limit { ids.append(id) }
        if seen.count > AccountSearch.countCap { incomplete = true }
        return !incomplete
    }

    /// The result for the page's rows: the count capped at `AccountSearch.countCap`.
    public func result(rows: [AccountSummary]) -> SearchResult {
        SearchResult(totalMatches: min(max(seen.count, atLeast), AccountSearch.countCap),
                     totalIsCapped: incomplete || seen.count > AccountSearch.countCap, rows: rows)
    }
}
