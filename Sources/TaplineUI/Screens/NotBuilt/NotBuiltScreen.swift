/// The screen of an area whose issue has not landed yet: it says so plainly, and nothing else.
public struct NotBuiltScreen: Screen {
    public enum Action: Sendable {}

    public let area: String
    public let note: String

    public init(area: String, note: String) {
        self.area = area
        self.note = note
    }

    public var title: String { area }
    public var bindings: [KeyBinding<Action>] { [] }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {}

    public func render(into canvas: inout Canvas, area rect: Rect, env: ScreenEnvironment) {
        let inner = rect.inset(2)
        canvas.write("\(area) is not built yet.", x: inner.x, y: inner.y, role: .warning, clip: inner)
        for (i, line) in TextWrap.lines(note + " Press Esc to go back.", width: inner.width).enumerated() {
            canvas.write(line, x: inner.x, y: inner.y + 2 + i, role: .text, clip: inner)
        }
    }
}
