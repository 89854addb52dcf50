import TaplineDomain

extension ContactDetailsScreen {
    /// The form, a refusal or failure in full, and what F2 does.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("Contact details for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        var y = inner.y + 1
        var notices: [(String, StyleRole)] = []
        if let reapply { notices.append(("✖ " + reapply.message, .error)) }
        if let failure { notices.append(("✖ " + failure, .error)) }
        for (text, role) in notices {
            for line in TextWrap.lines(text, width: inner.width).prefix(3) {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
        guard let form else {
            if failure == nil { canvas.write("Reading the account…", x: inner.x, y: y + 1, width: inner.width, role: .muted) }
            return
        }
        let height = min(form.height(width: inner.width), inner.maxY - y - 2)
        let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: max(1, height))
        form.render(into: &canvas, area: formArea)
        let footer = min(formArea.maxY + 1, inner.maxY - 1)
        canvas.write("F2 saves. Every change is in the audit trail, old and new.",
                     x: inner.x, y: footer, width: inner.width, role: .muted)
    }
}
