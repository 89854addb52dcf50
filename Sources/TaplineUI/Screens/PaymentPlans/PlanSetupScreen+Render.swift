import TaplineDomain

extension PlanSetupScreen {
    /// Width of the schedule table on the left; the explanation takes the rest.
    static let scheduleWidth = 34

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        if let problem {
            canvas.write("✖ " + problem, x: inner.x, y: inner.y + 1, width: inner.width, role: .error)
            return
        }
        guard let start, let form else {
            canvas.write("Reading the account…", x: inner.x, y: inner.y + 1, role: .muted, clip: inner)
            return
        }
        var y = inner.y
        // Who changed the account's plans first and when, above the form kept as typed.
        let stale = reapply.map { [("✖ " + $0.message, StyleRole.error)] } ?? []
        for (text, role) in stale + headline(start, env: env) {
            for line in TextWrap.lines(text, width: inner.width) where y < inner.maxY {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
        if agreed == nil {
            form.render(into: &canvas, area: Rect(x: inner.x, y: y, width: inner.width, height: form.height(width: inner.width)))
            y += form.height(width: inner.width)
        }
        y += 1
        let rest = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        switch preview {
        case .failure(let refusal)?:
            for (i, line) in TextWrap.lines("✖ " + refusal.message, width: rest.width).enumerated() where i < rest.height {
                canvas.write(line, x: rest.x, y: rest.y + i, width: rest.width, role: .error)
            }
        case .success(let calculation)?:
            renderSchedule(calculation, into: &canvas, area: Rect(x: rest.x, y: rest.y, width: Self.scheduleWidth, height: rest.height))
            let right = Rect(x: rest.x + Self.scheduleWidth + 2, y: rest.y, width: rest.width - Self.scheduleWidth - 2, height: rest.height)
            renderExplanation(calculation, into: &canvas, area: right)
        case nil:
            break
        }
    }

    /// The lines above the form: who, what is owed, under which assessment, and any 5.4 or 5.4(d) notice.
    private func headline(_ start: PlanStart, env: ScreenEnvironment) -> [(String, StyleRole)] {
        if let agreed {
            let plan = agreed.plan
            var lines: [(String, StyleRole)] = [
                ("✔ Plan \(plan.id) agreed" + (plan.replaces.map { ", replacing \($0)" } ?? "") + ".", .success),
            ]
            if let path = agreed.letterPath {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                lines.append(("Confirmation letter \(name)", .text))
                lines.append(("in \(path.dropLast(name.count + 1))", .muted))
            } else {
                lines.append(("✖ The confirmation letter was not written: \(agreed.letterProblem ?? "")", .error))
            }
            lines.append(("Send the written confirmation by \(plan.writtenConfirmationDue.display) "
                          + "(10 business days, Charter 5.4(e), 5.5(b)).", .warning))
            return lines
        }
        // Who first: the console's title line is cut at 80 columns (in demo mode it loses the name).
        // A credit is a balance, not a debt ("Owes -$71.81"), as the hardship screen words it.
        var owes = "\(start.customerName) · account \(context.accountNumber) · " + (start.balance > .zero ? "Owes \(start.balance.formatted)" : "Balance \(start.balance.formatted)")
        if let assessment {
            owes += " · under hardship assessment \(assessment.id) (Charter 5.6(d))"
            if let capacity = PlanSetupForm.capacity(assessment, .fortnightly) {
                owes += " · capacity to pay \(capacity.formatted) a fortnight"
            }
        }
        var lines: [(String, StyleRole)] = [(owes, .muted)]
        if start.amountInDispute > .zero {
            // Charter 3.1(e): the amount in dispute is not recovered until the dispute is resolved.
            let covered = (try? preview?.get())?.request.amountCovered
            lines.append(("▲ \(start.amountInDispute.formatted) is in dispute and left out of the plan until the dispute is resolved "
                          + "(Charter 3.1(e))" + (covered.map { "; the plan covers the undisputed \($0.formatted)." } ?? "."), .warning))
        }
        if let warning = (try? preview?.get())?.lengthWarning {
            lines.append(("▲ " + warning, .warning))
        }
        if let replacing {
            lines.append(("Renegotiating \(replacing.id) (\(replacing.calculation.request.frequency.adjective), "
                          + "\(replacing.calculation.amountPerPeriod.formatted) a \(replacing.calculation.request.frequency.noun)): "
                          + "it is kept as renegotiated (Charter 5.4(d)).", .warning))
        } else if case .needsAssurance = eligibility {
            lines.append(("▲ " + eligibility.message, .warning))
        }
        return lines
    }

    /// Due dates and amounts, scrolled, with the total: exactly the sum of every instalment.
    private func renderSchedule(_ calculation: PlanCalculation, into canvas: inout Canvas, area: Rect) {
        guard area.height >= 3 else { return }
        canvas.write(" No  Due date".padded(toWidth: 21) + "Amount".padded(toWidth: 13, alignRight: true),
                     x: area.x, y: area.y, role: .header, clip: area)
        let visible = min(Self.scheduleRows, area.height - 3)
        let rows = calculation.instalments.dropFirst(scheduleOffset).prefix(visible)
        for (i, instalment) in rows.enumerated() {
            let date = instalment.dueDate.display + (instalment.wasMoved ? "*" : "")
            let text = String(instalment.number).padded(toWidth: 3, alignRight: true) + "  " + date.padded(toWidth: 16)
                + instalment.amount.formatted.padded(toWidth: 13, alignRight: true)
            canvas.write(text, x: area.x, y: area.y + 1 + i, width: area.width, role: .text)
        }
        let more = calculation.instalments.count - scheduleOffset - rows.count
        let totalY = area.y + 1 + rows.count
        if more > 0 || scheduleOffset > 0 {
            let note = "\(scheduleOffset > 0 ? "▲ " : "")\(more > 0 ? "▼ \(more) more" : "") (PgDn/PgUp)"
            canvas.write(note, x: area.x + 5, y: totalY, width: area.width - 5, role: .muted)
        }
        let total = calculation.instalments.map(\.amount).sum()
        canvas.write("     Total (\(calculation.instalments.count))".padded(toWidth: 21) + total.formatted.padded(toWidth: 13, alignRight: true),
                     x: area.x, y: min(totalY + 1, area.maxY - 1), width: area.width, role: .title)
    }

    /// Charter 5.4(a)-(c): how calculated, the period, the amount each period.
    private func renderExplanation(_ calculation: PlanCalculation, into canvas: inout Canvas, area: Rect) {
        guard area.width > 10 else { return }
        let explained = calculation.explained
        var lines = explained.howCalculated + [explained.period] + (explained.review.map { [$0] } ?? []) + [explained.amountEachPeriod]
        if let moved = explained.movedDates { lines.append("* " + moved) }
        var wrapped = lines.flatMap { TextWrap.lines($0, width: area.width) }
        if wrapped.count > area.height, area.height > 0 {
            wrapped = Array(wrapped.prefix(area.height - 1)) + ["… all of it is in the confirmation letter"]
        }
        for (i, line) in wrapped.prefix(area.height).enumerated() {
            canvas.write(line, x: area.x, y: area.y + i, width: area.width, role: i == area.height - 1 && line.hasPrefix("…") ? .muted : .text)
        }
    }
}
