import Foundation

/// Throughput and save latency per kind of save, over the time from the starting gun to the
/// last worker's end.
struct LoadThroughput: Encodable, Sendable {
    struct Kind: Encodable, Sendable {
        let kind: String
        let acknowledged: Int
        let refused: Int
        /// Of the refused, those SQLite gave up on after its busy timeout.
        let busy: Int
        let savesPerSecond: Double
        let p50Milliseconds: Double
        let p99Milliseconds: Double
    }

    let seconds: Double
    let kinds: [Kind]
    let acknowledged: Int
    let savesPerSecond: Double

    init(_ lines: [LoadLine], seconds: Double) {
        self.seconds = seconds
        kinds = (LoadSaveKind.allCases.map(Optional.some) + [nil]).map { kind in
            let mine = lines.filter { kind == nil || $0.kind == kind }
            let saved = mine.filter { $0.event == .saved }
            let refused = mine.filter { $0.event == .refused }
            let latencies = saved.compactMap(\.seconds).sorted()
            return Kind(kind: kind?.rawValue ?? "all", acknowledged: saved.count, refused: refused.count,
                        busy: refused.filter { $0.busy == true }.count, savesPerSecond: Double(saved.count) / seconds,
                        p50Milliseconds: Self.percentile(50, of: latencies) * 1000, p99Milliseconds: Self.percentile(99, of: latencies) * 1000)
        }
        acknowledged = kinds.last?.acknowledged ?? 0
        savesPerSecond = kinds.last?.savesPerSecond ?? 0
    }

    /// The nearest-rank percentile of sorted values (0 when there are none).
    static func percentile(_ p: Int, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((Double(p) / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The table the closing notes quote.
    var table: String {
        var lines = ["kind        acked  refused  busy   saves/s    p50 ms    p99 ms"]
        for kind in kinds {
            lines.append(kind.kind.padding(toLength: 10, withPad: " ", startingAt: 0)
                         + [String(kind.acknowledged).leftPadded(7), String(kind.refused).leftPadded(9), String(kind.busy).leftPadded(6),
                            String(format: "%.1f", kind.savesPerSecond).leftPadded(10),
                            String(format: "%.1f", kind.p50Milliseconds).leftPadded(10),
                            String(format: "%.1f", kind.p99Milliseconds).leftPadded(10)].joined())
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
