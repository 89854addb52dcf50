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
        /// Cells covered, counting both halves of wide characters.
        public let width: Int

        /// The run's text, for tests and logs.
        public var text: String { String(String.UnicodeScalarView(scalars)) }
    }

    public let runs: [Run]

    /// Cells that need writing (both halves of a wide character count).
    public var changedCells: Int { runs.reduce(0) { $0 + $1.width } }

    /// Diffs `current` against `previous`; with no previous frame (or a new size) every cell is written.
    public init(from previous: Canvas?, to current: Canvas) {
        let full = previous.map { $0.width != current.width || $0.height != current.height } ?? true
        let width = current.width
        let height = current.height
        let now = current.cells
        let before = full ? now : previous!.cells
        var runs: [Run] = []
        now.withUnsafeBufferPointer { now in
            before.withUnsafeBufferPointer { before in
                // A cell needs writing when it, or the wide character it is half of, changed.
                func changed(_ i: Int, _ x: Int) -> Bool {
                    if full || now[i] != before[i] { return true }
                    if x + 1 < width, now[i + 1].isContinuation, now[i + 1] != before[i + 1] { return true }
                    if now[i].isContinuation, x > 0, now[i - 1] != before[i - 1] { return true }
                    return false
                }
                for y in 0..<height {
                    let row = y * width
                    var x = 0
                    while x < width {
                        guard changed(row + x, x) else { x += 1; continue }
                        let role = now[row + x].role
                        let start = x
                        var scalars: [Unicode.Scalar] = []
                        while x < width, now[row + x].role == role, changed(row + x, x) {
                            if !now[row + x].isContinuation { now[row + x].appendScalars(to: &scalars) }
                            x += 1
                        }
                        runs.append(Run(x: start, y: y, role: role, scalars: scalars, width: x - start))
                    }
                }
            }
        }
        self.runs = runs
    }
}
