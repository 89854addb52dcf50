import TaplineDomain

extension MovingScreen {
    /// What the account's record says of moves, the last move read back, the form, what the
    /// typed day means (14.11(a)), and what F2 and F4 do.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("Moving (14.11(a), 14.17(b)) for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        var y = inner.y + 1
        var lines = Self.recordLines(moves, today: env.today)
        lines += (receipt?.readBack ?? []).map { ("✔ " + $0, StyleRole.success) }
        for (text, role) in lines {
            for line in TextWrap.lines(text, width: inner.width) where y < inner.maxY - 2 {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
        AccountFormLayout.draw(form, notices: AccountFormLayout.notices(reapply: reapply?.message, failure: failure),
                               failed: failure != nil, guide: form.map { Self.guide($0, lastBill: lastBill, env: env) } ?? [],
                               from: y, in: inner, into: &canvas)
    }

    /// The account's moves as they stand: its customer gone (when, the final reading, who
    /// followed), how it was opened, and the charter summary owed.
    static func recordLines(_ moves: AccountMoves, today: CivilDate) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        if let out = moves.moveOut?.move {
            lines.append(("Moved out \(out.movingOutOn.display) · final reading \(out.finalReadingOn.display) · final bill to "
                          + out.forwardingAddress.oneLine, .warning))
        }
        if let next = moves.nextAccount { lines.append(("The next customer's account: \(next)", .info)) }
        if let into = moves.moveIn?.move, let previous = moves.previousAccount {
            lines.append(("Moved in \(into.movingInOn.display) as \(into.occupancy.rawValue), after account \(previous)", .info))
        }
        if let notice = moves.charterSummary {
            lines.append((notice.summary(on: today), notice.sentOn == nil ? .warning : .success))
        }
        return lines
    }

    /// What the day typed would mean for a move out, and what the keys do.
    static func guide(_ form: Form<Field>, lastBill: Bill?, env: ScreenEnvironment) -> [String] {
        var lines: [String] = []
        let kind = MovingForm.kind(of: form)
        if kind.movesOut, MovingRules.dayProblem(form[.movingOn], today: env.today) == nil,
           let day = CivilDate(iso: form[.movingOn].trimmingWhitespace) {
            let out = MoveOut(movingOutOn: day, notifiedAt: env.now, forwardingAddress: Address(lines: [], suburb: "", postcode: ""),
                              calendar: env.calendar)
            let late = out.chargedPastMoveOut ? " (told under 48 hours ahead: 14.11(a))" : ""
            lines.append("Charges to \(out.chargesEndOn.display)\(late); final reading \(out.finalReadingOn.display).")
            if let lastBill {
                lines.append("Final bill: service charges about \(out.estimatedServiceCharges(after: lastBill).formatted) "
                             + "since the last bill, and the water used to the final reading.")
            }
        }
        if kind.movesIn { lines.append("The new customer gets an account of their own, and the charter summary within a month (14.17(b)).") }
        lines.append("F2 records the move. Every step is in the audit trail.")
        return lines
    }
}
