/// Lines of text in an area too small for them all, with a marker row that says what is hidden.
///
/// The marker takes a row of its own ("▲ 3 above · ▼ 12 more — ↑/↓ scroll") instead of being
/// written over the last line of text, so nothing shown is ever covered.
public struct ScrollingLines: Sendable {
    public var lines: [(text: String, role: StyleRole)]
    /// The first line asked for; clamped so the last page is full.
    public var offset: Int

    public init(_ lines: [(text: String, role: StyleRole)], offset: Int) {
        self.lines = lines
        self.offset = offset
    }

    public init(_ text: [String], role: StyleRole = .text, offset: Int) {
        self.init(text.map { ($0, role) }, offset: offset)
    }

    /// Rows left for text in an area of `height` rows: one fewer when a marker is needed.
    public static func textRows(lineCount: Int, height: Int) -> Int {
        lineCount > height ? max(1, height - 1) : height
    }

    /// The largest useful offset, so scrolling down stops at the last full page.
    public static func maxOffset(lineCount: Int, height: Int) -> Int {
        max(0, lineCount - textRows(lineCount: lineCount, height: height))
    }

    /// `proposed` kept between 0 and the last full page, so ↑ after many ↓ moves at once
    /// instead of first using up presses past the end. Screens that scroll in `reduce` (which
    /// does not know the area) pass the rows they get at the smallest terminal.
    public static func clampedOffset(_ proposed: Int, lineCount: Int, height: Int) -> Int {
        min(max(0, proposed), maxOffset(lineCount: lineCount, height: height))
    }

    /// What the marker says, or nil when every line fits.
    public static func marker(above: Int, below: Int) -> String? {
        guard above > 0 || below > 0 else { return nil }
        var parts: [String] = []
        if above > 0 { parts.append("▲ \(above) above") }
        if below > 0 { parts.append("▼ \(below) more") }
        return parts.joined(separator: " · ") + " — ↑/↓ scroll"
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard area.height > 0 else { return }
        let rows = Self.textRows(lineCount: lines.count, height: area.height)
        let first = min(max(0, offset), Self.maxOffset(lineCount: lines.count, height: area.height))
        for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            canvas.write(line.text, x: area.x, y: area.y + i, width: area.width, role: line.role)
        }
        if let marker = Self.marker(above: first, below: max(0, lines.count - first - rows)) {
            canvas.write(marker, x: area.x, y: area.maxY - 1, width: area.width, role: .muted)
        }
    }
}
