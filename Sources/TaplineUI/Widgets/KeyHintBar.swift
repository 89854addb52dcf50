/// The bottom bar naming the keys that work here: "F1 help  Esc back  F10 quit".
public struct KeyHintBar: Sendable {
    public var hints: [KeyHint]

    public init(hints: [KeyHint]) { self.hints = hints }

    public func render(into canvas: inout Canvas, area: Rect) {
        canvas.fill(area, role: .keyHint)
        var x = area.x + 1
        for hint in hints {
            let needed = hint.label.displayWidth + hint.help.displayWidth + 3
            if x + needed > area.maxX { break }
            x += canvas.write(hint.label, x: x, y: area.y, role: .keyHintKey, clip: area)
            x += canvas.write(" " + hint.help + "  ", x: x, y: area.y, role: .keyHint, clip: area)
        }
    }
}
