import Foundation

/// Numbers for the rare characters made of several Unicode scalars ("é" as e + accent, flag
/// and family emoji), so a `Cell` can stay plain data.
///
/// Cells are copied and compared thousands of times a frame; holding a `String` in each one
/// would make every copy count references. Interned clusters get a small number, the same in
/// every canvas, so frames compare cell by cell as integers.
final class GraphemeTable: @unchecked Sendable {
    static let shared = GraphemeTable()

    private let lock = NSLock()
    private var ids: [String: UInt32] = [:]
    private var clusters: [String] = [""]

    /// The number of a cluster (never 0).
    func id(for cluster: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[cluster] { return id }
        clusters.append(cluster)
        let id = UInt32(clusters.count - 1)
        ids[cluster] = id
        return id
    }

    func cluster(_ id: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return clusters[Int(id)]
    }
}
