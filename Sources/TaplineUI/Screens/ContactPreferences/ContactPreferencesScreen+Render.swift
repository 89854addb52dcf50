import TaplineDomain

extension ContactPreferencesScreen {
    /// The form, a refusal or failure in full, and what the rules mean.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("How to reach \(context.customerName), account \(context.accountNumber) (14.10, 5.5(c))",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        var y = inner.y + 1
        var notices: [String] = []
        if let reapply { notices.append("✖ " + reapply.message) }
        if let failure { notices.append("✖ " + failure) }
        for text in notices {
            for line in TextWrap.lines(text, width: inner.width).prefix(3) {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: .error)
                y += 1
            }
        }
        guard let form else {
            if failure == nil { canvas.write("Reading the account…", x: inner.x, y: y + 1, width: inner.width, role: .muted) }
            return
        }
        let guide = ["A third party is told about the account only once written consent has arrived (5.5(c)).",
                     "F2 saves. Every change is in the audit trail, old and new."].flatMap { TextWrap.lines($0, width: inner.width) }
        let height = min(form.height(width: inner.width), inner.maxY - y - 1 - guide.count)
        let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: max(1, height))
        form.render(into: &canvas, area: formArea)
        for (i, line) in guide.enumerated() where formArea.maxY + 1 + i < inner.maxY {
            canvas.write(line, x: inner.x, y: formArea.maxY + 1 + i, width: inner.width, role: .muted)
        }
    }
}
