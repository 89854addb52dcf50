import Foundation

/// The commands run on the `:` line this session, oldest first, shared by every time the line
/// opens (↑ brings back the last one), as a shell's history is.
public final class CommandHistory: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    /// The most kept: a session's worth.
    static let limit = 100

    public init() {}

    public var entries: [String] { lock.withLock { lines } }

    public func add(_ line: String) {
        lock.withLock {
            if lines.last != line { lines.append(line) }
            if lines.count > Self.limit { lines.removeFirst(lines.count - Self.limit) }
        }
    }
}
