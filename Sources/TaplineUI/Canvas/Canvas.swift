/// A grid of styled cells that screens and widgets draw into: the whole picture, nothing more.
///
/// Rendering never touches a terminal: the terminal layer diffs one canvas against the last
/// and writes only changed cells, and tests compare `lines` as text. Every write clips to the
/// canvas and to an optional rectangle, and keeps wide characters whole.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor goes: the focused field, or the selected row.
    public var cursor: Point?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills a rectangle with one character in one role (clipped).
    public mutating func fill(_ rect: Rect, role: StyleRole, with character: Character = " ") {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let cell = Cell(character, role: role)
        for y in r.y..<r.maxY {
            // Only the edges can cut a wide character in half; the inside is plain assignment.
            set(r.x, y, cell)
            if r.width > 2 {
                let start = y * width + r.x + 1
                cells.withUnsafeMutableBufferPointer { buffer in
                    for i in start..<(start + r.width - 2) { buffer[i] = cell }
                }
            }
            if r.width > 1 { set(r.maxX - 1, y, cell) }
        }
    }

    /// Writes text from (x, y) rightwards, clipped to `clip` (default: the canvas), and
    /// returns the columns used. Control characters show as "�"; a wide character that would
    /// cross the clip edge is replaced by a space.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return 0 }
        // Plain printable ASCII, the usual case, goes byte by byte without Character work.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var column = x
            for byte in text.utf8 {
                if column >= area.maxX { break }
                if column >= area.x { set(column, y, Cell(ascii: byte, role: role)) }
                column += 1
            }
            return max(0, column - x)
        }
        var column = x
        for var c in text {
            if let s = c.unicodeScalars.first, s.value < 0x20 || (0x7F..<0xA0).contains(s.value) { c = "�" }
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if column >= area.maxX { break }
            if column < area.x { column += w; continue }
            if w == 2 && column + 1 >= area.maxX {
                set(column, y, Cell(" ", role: role))
                column += 1
                break
            }
            set(column, y, Cell(c, role: role))
            if w == 2 { set(column + 1, y, Cell(" ", role: role, isContinuation: true)) }
            column += w
        }
        return max(0, column - x)
    }

    /// Writes text cut with "…" to `width` columns and padded with spaces to fill them.
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, role: StyleRole, alignRight: Bool = false) {
        guard width > 0 else { return }
        let clip = Rect(x: x, y: y, width: width, height: 1)
        fill(clip, role: role)
        let textWidth = DisplayWidth.of(text)
        if textWidth <= width {
            write(text, x: alignRight ? x + width - textWidth : x, y: y, role: role, clip: clip)
        } else {
            write(text.truncated(toWidth: width), x: x, y: y, role: role, clip: clip)
        }
    }

    /// Changes the role of cells without changing their characters (selection highlight).
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].role = role }
        }
    }

    /// Draws a single-line box border around `rect` with an optional title on the top edge.
    public mutating func box(_ rect: Rect, role: StyleRole = .border, title: String? = nil, titleRole: StyleRole = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            set(x, rect.y, Cell("─", role: role))
            set(x, rect.maxY - 1, Cell("─", role: role))
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            set(rect.x, y, Cell("│", role: role))
            set(rect.maxX - 1, y, Cell("│", role: role))
        }
        set(rect.x, rect.y, Cell("┌", role: role))
        set(rect.maxX - 1, rect.y, Cell("┐", role: role))
        set(rect.x, rect.maxY - 1, Cell("└", role: role))
        set(rect.maxX - 1, rect.maxY - 1, Cell("┘", role: role))
        if let title, rect.width > 4 {
            write(" " + title.truncated(toWidth: rect.width - 4) + " ", x: rect.x + 1, y: rect.y, role: titleRole,
                  clip: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1))
        }
    }

    /// The canvas as text, one string per row, trailing spaces kept: what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width where !self[x, row].isContinuation { line.append(self[x, row].character) }
            return line
        }
    }

    /// The canvas as one text block with trailing spaces trimmed from each row.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    // MARK: - Keeping wide characters whole

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        // Overwriting half of a wide character blanks the other half.
        if cells[i].isContinuation, x > 0, !cell.isContinuation {
            cells[i - 1] = Cell(" ", role: cells[i - 1].role)
        }
        if x + 1 < width, cells[i + 1].isContinuation, cells[i].isWide {
            cells[i + 1] = Cell(" ", role: cells[i + 1].role)
        }
        cells[i] = cell
    }
}
