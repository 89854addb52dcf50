/// A modal box asking the agent to confirm or cancel; the screen that shows it owns its keys.
public struct Dialog: Sendable {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public var cancelLabel: String
    public var role: StyleRole

    public init(title: String, message: String, confirmLabel: String = "Enter  confirm",
                cancelLabel: String = "Esc  cancel", role: StyleRole = .dialog) {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.role = role
    }

    /// The keys a dialog answers, for the screen that shows it.
    public enum Answer: Sendable, Equatable { case confirm, cancel }

    public static func answer(for key: Key) -> Answer? {
        switch key {
        case .enter, .character("y"), .character("Y"): return .confirm
        case .escape, .character("n"), .character("N"): return .cancel
        default: return nil
        }
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        let width = min(area.width - 4, max(40, min(64, message.displayWidth + 6)))
        let lines = TextWrap.lines(message, width: width - 4)
        let box = area.centered(width: width, height: lines.count + 5)
        canvas.fill(box, role: .dialog)
        canvas.box(box, role: role, title: title, titleRole: role)
        for (i, line) in lines.enumerated() {
            canvas.write(line, x: box.x + 2, y: box.y + 2 + i, width: box.width - 4, role: .dialog)
        }
        let buttons = "[ \(confirmLabel) ]   [ \(cancelLabel) ]"
        let bx = box.x + max(2, (box.width - buttons.displayWidth) / 2)
        canvas.write(buttons, x: bx, y: box.maxY - 2, role: .accent, clip: box.inset(1))
    }
}
