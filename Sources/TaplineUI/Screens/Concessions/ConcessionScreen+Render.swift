import TaplineDomain

extension ConcessionScreen {
    /// The card and applications on record, the form, a refusal or failure in full, and what F2 does.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("Concession (5.3) and applications (7.2(b), (c)) for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        var y = inner.y + 1
        if let account {
            for (text, role) in Self.recordLines(account, today: env.today) {
                canvas.write(text, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
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
        let height = min(form.height(width: inner.width), inner.maxY - y - 2)
        let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: max(1, height))
        form.render(into: &canvas, area: formArea)
        let footer = min(formArea.maxY + 1, inner.maxY - 1)
        let guide = ["A new card is credited from the next bill (5.3); a pending application stops restriction (7.2(b), (c)).",
                     "F2 saves. Every change is in the audit trail, old and new."]
        for (i, line) in guide.enumerated() where footer + i < inner.maxY {
            canvas.write(line, x: inner.x, y: footer + i, width: inner.width, role: .muted)
        }
    }

    /// What the account holds: the card (or none) and each application outstanding on `today`.
    static func recordLines(_ account: Account, today: CivilDate) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        if let card = account.concessionCard {
            lines.append((account.concessionTerms == nil ? "Card: \(card.type.displayName) \(card.number)" : "Card: " + card.summary,
                          card.entitles(on: today) || account.concessionTerms == nil ? .success : .warning))
        } else {
            lines.append(("No concession card on record.", .muted))
        }
        for application in account.outstandingApplications(on: today) {
            lines.append(("▲ Outstanding: " + application.summary, .warning))
        }
        return lines
    }
}
