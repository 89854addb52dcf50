import TaplineDomain

/// The caller's side of a training call, drawn beside every screen while the call runs.
///
/// Shows what the caller has said so far (`Scenario.visibleLines(after:)`: a line appears once
/// the trainee has done what it waits for), newest at the bottom and in full colour, older ones
/// muted; when they do not fit, the oldest scroll off (the Training scenarios screen shows the
/// whole call so far). The bottom edge says how to finish the call.
public struct CallerPanel: ConsoleCompanion {
    public let scenario: Scenario

    public init(scenario: Scenario) { self.scenario = scenario }

    public var preferredWidth: Int { 38 }
    public var stripHeight: Int { 7 }

    /// How a trainee finishes the call, on the panel's bottom edge (the column's is narrower).
    static let finishHint = " F12 ends the call and scores it (or F8 on Training scenarios) "
    static let shortFinishHint = " F12 ends the call and scores it "


    public func render(into canvas: inout Canvas, area: Rect, actions: [TimedTraineeAction], env: ScreenEnvironment) {
        guard area.width >= 12, area.height >= 3 else { return }
        canvas.fill(area, role: .text)
        let isColumn = area.height >= 10
        canvas.box(area, role: .border, title: isColumn ? "Caller" : "Caller · \(scenario.fixture.customerName) · \(scenario.title)")
        let inner = area.inset(1)
        var top = inner.y
        if isColumn {
            canvas.write(scenario.title, x: inner.x + 1, y: top, width: inner.width - 1, role: .title)
            canvas.write(scenario.fixture.customerName + " on the line", x: inner.x + 1, y: top + 1, width: inner.width - 1, role: .muted)
            top += 3
        }
        let hint = Self.finishHint.displayWidth <= area.width - 2 ? Self.finishHint : Self.shortFinishHint
        canvas.write(hint.truncated(toWidth: area.width - 2), x: area.x + 1, y: area.maxY - 1, role: .keyHint)
        let rows = spokenRows(actions: actions, width: inner.width - 2, gap: isColumn)
        let room = max(0, inner.maxY - top)
        for (offset, row) in rows.suffix(room).enumerated() {
            canvas.write(row.text, x: inner.x + 1, y: top + offset, width: inner.width - 1, role: row.isLatest ? .text : .muted)
        }
    }

    /// The caller's lines so far, wrapped to `width`, each opened with a quotation mark.
    func spokenRows(actions: [TimedTraineeAction], width: Int, gap: Bool) -> [(text: String, isLatest: Bool)] {
        let lines = scenario.visibleLines(after: actions)
        var rows: [(text: String, isLatest: Bool)] = []
        for (index, line) in lines.enumerated() {
            let isLatest = index == lines.count - 1
            if gap, index > 0 { rows.append(("", false)) }
            let wrapped = TextWrap.lines(line.text, width: max(1, width - 2))
            for (n, text) in wrapped.enumerated() { rows.append(((n == 0 ? "“ " : "  ") + text, isLatest)) }
        }
        return rows
    }
}
