/// One line of text on a styled background, with a glyph so the state reads without colour.
public struct StatusLine: Sendable {
    public var message: StatusMessage?

    public init(message: StatusMessage?) { self.message = message }

    public func render(into canvas: inout Canvas, area: Rect) {
        canvas.fill(area, role: .status)
        guard let message else { return }
        canvas.write(" " + StatusLine.glyph(for: message.role) + message.text, x: area.x, y: area.y,
                     width: area.width, role: message.role)
    }

    /// ✖ for errors, ▲ for warnings, ✔ for success: colour is never the only cue.
    public static func glyph(for role: StyleRole) -> String {
        switch role {
        case .error, .danger: return "✖ "
        case .warning: return "▲ "
        case .success: return "✔ "
        default: return ""
        }
    }
}
