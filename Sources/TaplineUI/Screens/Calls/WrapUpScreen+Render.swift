import TaplineDomain

extension WrapUpScreen {
    /// Who the call was with and for how long, what was done, the form, and what F2 and Esc do.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        let who = call.account.map { "Call with \($0.customerName), account \($0.accountNumber)" } ?? "Call with a caller not identified"
        canvas.write(who, x: inner.x, y: inner.y, width: inner.width, role: .title)
        let minutes = Self.minutes(from: call.startedAt, to: env.now)
        canvas.write("\(call.channel.displayName) · started \(call.startedAt.display) · \(minutes) min so far",
                     x: inner.x, y: inner.y + 1, width: inner.width, role: .muted)
        var y = inner.y + 2
        if call.account != nil {
            let doneText: String
            switch done {
            case nil: doneText = "Reading what was done on the call…"
            case let lines? where lines.isEmpty: doneText = "Nothing saved on the account during the call."
            case let lines?: doneText = "Done on the call: " + lines.joined(separator: "; ")
            }
            for line in TextWrap.lines(doneText, width: inner.width).prefix(2) {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: .text)
                y += 1
            }
        }
        if let failure {
            for line in TextWrap.lines("✖ " + failure, width: inner.width).prefix(3) {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: .error)
                y += 1
            }
        }
        let height = min(form.height(width: inner.width), inner.maxY - y - 3)
        let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: max(1, height))
        form.render(into: &canvas, area: formArea)
        let footer = min(formArea.maxY + 1, inner.maxY - 2)
        let back = call.account == nil ? "Esc goes back, recording nothing." : "Esc goes back to the account: the call goes on."
        canvas.write("F2 records the call. " + back, x: inner.x, y: footer, width: inner.width, role: .muted)
        canvas.write("A summary may have at most \(CallWrapUp.maximumSummaryLength) characters (\(form[.summary].count) now).",
                     x: inner.x, y: footer + 1, width: inner.width, role: .muted)
    }
}
