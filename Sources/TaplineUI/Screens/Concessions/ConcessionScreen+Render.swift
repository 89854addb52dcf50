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
        AccountFormLayout.draw(form, notices: AccountFormLayout.notices(reapply: reapply?.message, failure: failure),
                               failed: failure != nil,
                               guide: ["A new card is credited from the next bill (5.3); a pending application stops restriction (7.2(b), (c)).",
                                       "F2 saves. Every change is in the audit trail, old and new."],
                               from: y, in: inner, into: &canvas)
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
