/// A text field drawn over several rows, for descriptions a screen shows whole while they are typed.
///
/// The text is the same single `TextField` (one cursor, the same editing keys); only the
/// drawing differs: it breaks after the last space that fits a row, or inside a word longer
/// than a row, and scrolls so the row with the cursor stays in view.
extension TextField {
    /// The rows the text falls into at a width: each a range of character indices.
    static func wrappedRows(_ characters: [Character], width: Int) -> [Range<Int>] {
        guard width > 0, !characters.isEmpty else { return [0..<0] }
        var rows: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            var end = start
            var used = 0
            while end < characters.count, used + DisplayWidth.of(characters[end]) <= width {
                used += DisplayWidth.of(characters[end])
                end += 1
            }
            if end == start { end = start + 1 }  // a character wider than the row still takes one
            if end < characters.count, let space = characters[start..<end].lastIndex(of: " "), space > start {
                end = space + 1
            }
            rows.append(start..<end)
            start = end
        }
        return rows
    }

    /// Draws the field over `area.height` rows; when focused, puts the hardware cursor at the text cursor.
    public func renderWrapped(into canvas: inout Canvas, area: Rect, focused: Bool) {
        guard area.height > 1 else { return render(into: &canvas, area: area, focused: focused) }
        let role: StyleRole = focused ? .inputFocused : .input
        canvas.fill(area, role: role)
        if characters.isEmpty && !placeholder.isEmpty {
            canvas.write(placeholder, x: area.x, y: area.y, width: area.width, role: .muted)
            if focused { canvas.cursor = Point(x: area.x, y: area.y) }
            return
        }
        var rows = Self.wrappedRows(characters, width: area.width)
        var cursorRow = rows.lastIndex(where: { $0.lowerBound <= cursor }) ?? 0
        var cursorColumn = characters[rows[cursorRow].lowerBound..<cursor].map(DisplayWidth.of).reduce(0, +)
        if cursorColumn >= area.width {  // at the end of a full row: the cursor waits on the next one
            rows.append(characters.count..<characters.count)
            cursorRow += 1
            cursorColumn = 0
        }
        let first = max(0, cursorRow - area.height + 1)
        for (line, range) in rows.dropFirst(first).prefix(area.height).enumerated() {
            canvas.write(String(characters[range]), x: area.x, y: area.y + line, width: area.width, role: role)
        }
        if focused { canvas.cursor = Point(x: area.x + cursorColumn, y: area.y + cursorRow - first) }
    }
}
