/// A piece of free text read whole: a note, an interaction's summary, a description.
///
/// Lists cut long text to fit a column; Enter on the row opens it here, wrapped to the width
/// of the terminal and scrolled with ↑/↓ and PgUp/PgDn. Esc goes back to the list.
public struct TextViewerScreen: Screen {
    public enum Action: Sendable { case scroll(Int) }

    public let title: String
    /// Lines above the text that say whose it is and when ("Note by amy, 2026-11-23 09:05").
    public let heading: [String]
    public let text: String
    public private(set) var offset = 0

    public init(title: String, heading: [String] = [], text: String) {
        self.title = title
        self.heading = heading
        self.text = text
    }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.down, label: "↑/↓", help: "scroll", action: .scroll(1)),
         KeyBinding(.up, help: "scroll up", bar: false, action: .scroll(-1)),
         KeyBinding(.pageDown, label: "PgDn/PgUp", help: "a page down / up", action: .scroll(10)),
         KeyBinding(.pageUp, help: "a page up", bar: false, action: .scroll(-10))]
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        // Bounded by the most rows the text can take (at the narrowest terminal), so ↑ after
        // many ↓ moves at once; drawing clamps again to the real width.
        case .scroll(let delta):
            let most = Self.wrapped(text, width: Console.minimumSize.width - 2).count
            offset = min(max(0, offset + delta), max(0, most - 1))
        }
        return .none
    }

    public static func wrapped(_ text: String, width: Int) -> [String] { TextWrap.lines(text, width: width) }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        for (i, line) in heading.enumerated() where i < inner.height {
            canvas.write(line, x: inner.x, y: inner.y + i, width: inner.width, role: i == 0 ? .title : .muted)
        }
        let top = inner.y + heading.count + (heading.isEmpty ? 0 : 1)
        let body = Rect(x: inner.x, y: top, width: inner.width, height: max(1, inner.maxY - top))
        ScrollingLines(Self.wrapped(text, width: body.width), offset: offset).render(into: &canvas, area: body)
        // The reader's cursor goes to the first line shown, so a screen reader starts there.
        canvas.cursor = Point(x: body.x, y: body.y)
    }
}
