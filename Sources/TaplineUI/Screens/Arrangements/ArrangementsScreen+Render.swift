import TaplineDomain

extension ArrangementsScreen {
    /// Arrangements shown above the form at most; older ones are counted.
    static let listedRows = 4

    /// The account's arrangements (newest first), a failure in full, the form, and what F2 does.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        canvas.write("Payment arrangements (5.2, 5.5) for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        var y = inner.y + 1
        if let start {
            for (text, role) in Self.listLines(start, today: env.today) {
                canvas.write(text, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
        if let failure {
            for line in TextWrap.lines("✖ " + failure, width: inner.width).prefix(2) {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: .error)
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
        let footer = formArea.maxY + 1
        if footer < inner.maxY {
            canvas.write("F2 records it and shows its letter, to send within 10 business days (5.5(b)).",
                         x: inner.x, y: footer, width: inner.width, role: .muted)
        }
    }

    /// Each arrangement, newest first, with a promise's standing ("kept", "▲ MISSED: follow it up").
    static func listLines(_ start: ArrangementsStart, today: CivilDate) -> [(String, StyleRole)] {
        guard !start.arrangements.isEmpty else { return [("No payment arrangements on record.", .muted)] }
        let newest = Array(start.arrangements.reversed())
        var lines = newest.prefix(listedRows).map { arrangement -> (String, StyleRole) in
            var text = arrangement.agreedOn.short + "  " + arrangement.summary
            var role = StyleRole.text
            if case .promiseToPay(let promise) = arrangement {
                switch promise.status(payments: start.payments, today: today) {
                case .kept(let on): text += " · kept \(on.display)"; role = .success
                case .missed: text = "▲ MISSED · " + text; role = .warning
                case .pending: break
                }
            }
            return (text, role)
        }
        if newest.count > listedRows { lines.append(("… and \(newest.count - listedRows) earlier", .muted)) }
        return lines
    }
}
