import TaplineUI

/// The cells that changed between two frames, grouped into runs the terminal writes in one call.
///
/// Pure, so tests can check that a keystroke writes only the cells it changed. A run never
/// splits a wide character: a changed continuation cell pulls in the character it belongs to.
public struct FrameDiff: Sendable {
    /// Consecutive changed cells in one row that share a role.
    public struct Run: Equatable, Sendable {
        public let x: Int
        public let y: Int
        public let role: StyleRole
        public let scalars: [Unicode.Scalar]
        /// The run's text, for tests and logs.
        public var text: String { String(String.UnicodeScalarView(scalars)) }
        /// Cells covered, counting both halves of wide characters.
        public let width: Int
    }

    public let runs: [Run]

    /// Cells that need writing (both halves of a wide character count).
    public var changedCells: Int { runs.reduce(0) { $0 + $1.width } }

    /// Diffs `current` against `previous`; with no previous frame (or a new size) every cell is written.
    public init(from previous: Canvas?, to current: Canvas) {
        let full = previous.map { $0.width != current.width || $0.height != current.height } ?? true
        var runs: [Run] = []
        for y in 0..<current.height {
            var x = 0
            while x < current.width {
                guard full || FrameDiff.changed(current, previous!, x, y) else { x += 1; continue }
                let role = current[x, y].role
                let start = x
                var scalars: [Unicode.Scalar] = []
                while x < current.width, current[x, y].role == role, full || FrameDiff.changed(current, previous!, x, y) {
                    if !current[x, y].isContinuation { current[x, y].appendScalars(to: &scalars) }
                    x += 1
                }
                runs.append(Run(x: start, y: y, role: role, scalars: scalars, width: x - start))
            }
        }
        self.runs = runs
    }

    /// A cell needs writing when it, or the wide character it is half of, changed.
    static func changed(_ now: Canvas, _ before: Canvas, _ x: Int, _ y: Int) -> Bool {
        if now[x, y] != before[x, y] { return true }
        if x + 1 < now.width, now[x + 1, y].isContinuation, now[x + 1, y] != before[x + 1, y] { return true }
        if now[x, y].isContinuation, x > 0, now[x - 1, y] != before[x - 1, y] { return true }
        return false
    }
}
