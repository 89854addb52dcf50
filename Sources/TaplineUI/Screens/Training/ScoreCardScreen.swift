import TaplineDomain

/// The score for one training call: points, percentage, and each expectation missed with its clause.
///
/// Misses come first ("To work on"), each with what a good agent does, the clause behind it and
/// what was found; then what was done well. ↑/↓ and PgUp/PgDn scroll; Esc goes back to the
/// scenarios to try another (or the same one again, on a fresh account).
public struct ScoreCardScreen: Screen {
    public enum Action: Sendable {
        case scroll(Int)
    }

    public let attempt: TrainingAttempt
    public let scenarioTitle: String
    /// The first row of the results shown.
    public private(set) var offset = 0

    public init(attempt: TrainingAttempt, scenarioTitle: String) {
        self.attempt = attempt
        self.scenarioTitle = scenarioTitle
    }

    public var title: String { "Score" }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding([.down], label: "↑/↓", help: "scroll", action: .scroll(1)),
         KeyBinding(.up, help: "scroll up", bar: false, action: .scroll(-1)),
         KeyBinding(.pageDown, label: "PgDn", help: "next page", bar: false, action: .scroll(10)),
         KeyBinding(.pageUp, label: "PgUp", help: "previous page", bar: false, action: .scroll(-10))]
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .scroll(let delta):
            // The body at the smallest terminal: 80x24 less the console's 3 rows and the 4 above the body.
            let (width, height) = Console.minimumSize
            offset = ScrollingLines.clampedOffset(offset + delta, lineCount: rows(width: width - 2).count, height: height - 3 - 4)
            return .none
        }
    }

    /// The headline: "7 of 10 points (70%) · 1 missed", or full marks.
    public var headline: String {
        let card = attempt.scoreCard
        let verdict = card.isFullMarks ? "✔ FULL MARKS" : "✖ \(card.misses.count) missed"
        return "\(card.points) of \(card.maxPoints) points (\(card.percent)%) · \(verdict)"
    }

    /// Every row below the headline, worded and wrapped for `width`, with its role.
    func rows(width: Int) -> [(text: String, role: StyleRole)] {
        var rows: [(String, StyleRole)] = []
        func add(_ result: ExpectationResult) {
            let mark = result.met ? "✔" : "✖"
            let lead = "\(mark) \(result.awarded)/\(result.points)  "
            for (n, line) in TextWrap.lines(result.description, width: width - lead.count).enumerated() {
                rows.append(((n == 0 ? lead : String(repeating: " ", count: lead.count)) + line, result.met ? .success : .danger))
            }
            let pad = String(repeating: " ", count: lead.count)
            rows.append((pad + result.clause, .accent))
            for line in TextWrap.lines(result.detail, width: width - lead.count) { rows.append((pad + line, .muted)) }
            rows.append(("", .text))
        }
        let card = attempt.scoreCard
        if !card.misses.isEmpty {
            rows.append(("To work on", .title))
            card.misses.forEach(add)
        }
        let met = card.results.filter(\.met)
        if !met.isEmpty {
            rows.append(("Done well", .title))
            met.forEach(add)
        }
        return rows
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        canvas.write(scenarioTitle, x: inner.x, y: inner.y + 1, width: inner.width, role: .title)
        canvas.write(headline, x: inner.x, y: inner.y + 2, width: inner.width,
                     role: attempt.scoreCard.isFullMarks ? .success : .warning)
        let body = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: max(0, inner.height - 4))
        // The shared scrolling lines: the "more" marker takes a row of its own, never the end of a line of text.
        ScrollingLines(rows(width: body.width), offset: offset).render(into: &canvas, area: body)
    }
}
