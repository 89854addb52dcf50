/// A scrollable table with a selected row, and columns that cut long text with "…".
///
/// Columns have a fixed width or share what is left (width 0). The selection scrolls into
/// view as it moves; the hardware cursor sits on the selected row for screen readers. When
/// rows do not all fit, the last row of the area says how many are above and below, so older
/// bills or later results are never hidden without a word. A column can keep the end of its
/// text when cut (an address keeps its suburb, which is how an agent confirms identity).
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        public var width: Int
        public var alignRight: Bool
        /// Where text that does not fit is cut: at its end, or before the last `", "` so
        /// what follows it stays whole ("27 Main St…, Bacchus Marsh").
        public var cut: Cut

        public enum Cut: Sendable, Equatable { case end, keepingLastPart }

        public init(_ title: String, width: Int = 0, alignRight: Bool = false, cut: Cut = .end) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
            self.cut = cut
        }
    }

    public struct Row: Sendable, Equatable {
        public var cells: [String]
        public var role: StyleRole?

        public init(_ cells: [String], role: StyleRole? = nil) {
            self.cells = cells
            self.role = role
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    public private(set) var selected: Int = 0
    public private(set) var offset: Int = 0
    /// Rows shown at once, remembered from the last layout so paging moves a page.
    public var pageSize: Int = 10
    /// How many rows the list has when only some are loaded (a queue read a page at a time):
    /// the marker below counts those not loaded yet too. Nil: the rows are the whole list.
    public var totalRows: Int?

    public init(columns: [Column], rows: [Row] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func setRows(_ rows: [Row]) {
        self.rows = rows
        selected = min(selected, max(0, rows.count - 1))
        offset = min(offset, selected)
    }

    /// Replaces the rows keeping the same row selected, found by its cell in `keyColumn` (a
    /// complaint's or incident's number), wherever it moved: a list that refreshes itself
    /// while the agent reads it never moves the selection to someone else's row.
    public mutating func setRows(keepingSelectedBy keyColumn: Int, _ rows: [Row]) {
        let key = selectedRow.flatMap { $0.cells.indices.contains(keyColumn) ? $0.cells[keyColumn] : nil }
        setRows(rows)
        guard let key, let index = rows.firstIndex(where: { $0.cells.indices.contains(keyColumn) && $0.cells[keyColumn] == key }) else { return }
        move(by: index - selected)
    }

    public var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }

    public mutating func move(by delta: Int) {
        guard !rows.isEmpty else { return }
        selected = min(max(0, selected + delta), rows.count - 1)
        if selected < offset { offset = selected }
        if selected >= offset + pageSize { offset = selected - pageSize + 1 }
    }

    public mutating func moveToStart() { move(by: -rows.count) }
    public mutating func moveToEnd() { move(by: rows.count) }

    /// The widths columns get in a given total width: fixed ones first, flexible share the rest.
    public func layout(width: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.filter { $0.width > 0 }.map(\.width).reduce(0, +)
        let flexible = columns.filter { $0.width == 0 }.count
        let left = max(0, width - fixed - gaps)
        return columns.map { column in
            column.width > 0 ? column.width : (flexible > 0 ? max(3, left / flexible) : 0)
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, focused: Bool = true) {
        guard area.height > 0 else { return }
        let widths = layout(width: area.width)
        drawRow(columns.map(\.title), widths: widths, y: area.y, role: .header, into: &canvas, area: area)
        let visible = ScrollingLines.textRows(lineCount: rows.count, height: max(0, area.height - 1))
        var first = min(offset, max(0, rows.count - visible))
        if selected >= first + visible { first = selected - visible + 1 }
        if selected < first { first = selected }
        if rows.isEmpty { return }
        for (line, index) in (first..<min(rows.count, first + visible)).enumerated() {
            let y = area.y + 1 + line
            let isSelected = index == selected && focused
            let role: StyleRole = isSelected ? .selection : (rows[index].role ?? .text)
            drawRow(rows[index].cells, widths: widths, y: y, role: role, into: &canvas, area: area)
            if isSelected { canvas.cursor = Point(x: area.x, y: y) }
        }
        if let marker = ScrollingLines.marker(above: first, below: max(0, max(rows.count, totalRows ?? 0) - first - visible)) {
            canvas.write(marker, x: area.x, y: area.y + 1 + visible, width: area.width, role: .muted)
        }
    }

    private func drawRow(_ cells: [String], widths: [Int], y: Int, role: StyleRole, into canvas: inout Canvas, area: Rect) {
        canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
        var x = area.x
        for (i, width) in widths.enumerated() where x < area.maxX {
            var text = i < cells.count ? cells[i] : ""
            if columns[i].cut == .keepingLastPart { text = Self.keepingLastPart(text, width: min(width, area.maxX - x)) }
            canvas.write(text, x: x, y: y, width: min(width, area.maxX - x), role: role, alignRight: columns[i].alignRight)
            x += width + 1
        }
    }

    /// Cuts the part before the last ", " first, down to a few characters, so the last part
    /// (the suburb) stays in view when the text is too wide. A trailing state and postcode
    /// ("VIC 3340") go before any of the street does: "27 M…, Bacchus Marsh…" told the agent
    /// neither the street nor the postcode.
    static func keepingLastPart(_ text: String, width: Int) -> String {
        guard text.displayWidth > width, let comma = text.range(of: ", ", options: .backwards) else { return text }
        var tail = String(text[comma.lowerBound...])
        if let statePostcode = tail.range(of: #" [A-Z]{2,3} \d{4}$"#, options: .regularExpression) {
            tail.removeSubrange(statePostcode)
        }
        let head = String(text[..<comma.lowerBound]).truncated(toWidth: max(5, width - tail.displayWidth))
        return (head + tail).truncated(toWidth: width)
    }
}
