import TaplineDomain

extension PlanHistoryScreen {
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        if let problem {
            canvas.write("✖ " + problem, x: inner.x, y: inner.y + 1, width: inner.width, role: .error)
            return
        }
        guard let history else {
            canvas.write("Reading the plans…", x: inner.x, y: inner.y + 1, role: .muted, clip: inner)
            return
        }
        guard !history.plans.isEmpty else {
            canvas.write("No payment plan has been agreed on this account. p sets one up (Charter 5.4).",
                         x: inner.x, y: inner.y + 1, width: inner.width, role: .muted)
            return
        }
        let plans = plansNewestFirst
        var table = Table(columns: [.init("Plan", width: 14), .init("Agreed", width: 15), .init("Instalments", width: 26),
                                    .init("Status")],
                          rows: plans.map { plan in
                              let calc = plan.calculation
                              let status = plan.status == .active && !plan.isBeingKept ? "Active — instalment missed" : plan.status.displayName
                              return Table.Row([plan.id, plan.agreedOn.display,
                                                calc.instalmentSummary,
                                                status], role: plan.isActive ? (plan.isBeingKept ? .success : .warning) : .muted)
                          })
        table.move(by: selected)
        let tableHeight = min(plans.count, 4) + 1
        table.render(into: &canvas, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: tableHeight),
                     focused: mode == .browsing)
        guard let plan = selectedPlan else { return }
        var y = inner.y + tableHeight + 1
        // What is shown adds up: the runs of instalments sum to the total.
        var facts = "\(plan.id): \(plan.calculation.request.frequency.adjective) \(plan.calculation.instalmentSummary) = "
            + "\(plan.calculation.total.formatted) in all · \(plan.amountOutstanding.formatted) not yet paid"
            + " · written confirmation by \(plan.writtenConfirmationDue.display)"
        if let replaces = plan.replaces { facts += " · replaces \(replaces)" }
        if plan.calculation.amountInDispute > .zero {
            facts += " · \(plan.calculation.amountInDispute.formatted) in dispute left out (3.1(e))"
        }
        if let reviewBy = plan.calculation.reviewBy, plan.isActive { facts += " · long plan: review by \(reviewBy.display)" }
        if case .cancelled(_, let reason) = plan.status { facts += " · reason: \(reason)" }
        for line in TextWrap.lines(facts, width: inner.width) {
            canvas.write(line, x: inner.x, y: y, width: inner.width, role: .text)
            y += 1
        }
        let events = history.events.filter { $0.planID == plan.id }
        let eventRows = min(events.count, 3)
        let stale = reapply.map { TextWrap.lines("✖ " + $0.message, width: inner.width).prefix(3) } ?? []
        let footer = (mode == .browsing ? 0 : 2) + stale.count
        let instalmentRows = max(2, inner.maxY - y - eventRows - footer - 1)
        y = renderInstalments(plan, into: &canvas, area: Rect(x: inner.x, y: y, width: inner.width, height: instalmentRows), today: env.today)
        for event in events.suffix(eventRows) where y < inner.maxY - footer {
            canvas.write("\(event.at.display) \(event.agent): \(event.summary)", x: inner.x, y: y, width: inner.width, role: .muted)
            y += 1
        }
        // Who changed the plan first and when, above the question still being asked.
        for (index, text) in stale.enumerated() {
            canvas.write(text, x: inner.x, y: inner.maxY - footer + index, width: inner.width, role: .error)
        }
        switch mode {
        case .browsing:
            break
        case .confirmingMissed(let instalment):
            Dialog(title: "Missed instalment",
                   message: "Record instalment \(instalment.number) of \(plan.id) (\(instalment.amount.formatted), due "
                       + "\(instalment.dueDate.display)) as missed? \(PaymentPlan.missedInARowToCancel) in a row cancel the plan.",
                   confirmLabel: "Enter  record it", cancelLabel: "Esc  keep it due")
                .render(into: &canvas, area: inner)
        case .cancelling(let field):
            canvas.write("Why is \(plan.id) being cancelled? (Enter cancels it · Esc keeps it)", x: inner.x, y: inner.maxY - 2,
                         width: inner.width, role: .warning)
            field.render(into: &canvas, area: Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), focused: true)
        }
    }

    /// The instalments around the first one not yet paid; returns the row after the last drawn.
    private func renderInstalments(_ plan: PaymentPlan, into canvas: inout Canvas, area: Rect, today: CivilDate) -> Int {
        canvas.write(" No  Due date".padded(toWidth: 20) + "Amount".padded(toWidth: 12, alignRight: true) + "  State",
                     x: area.x, y: area.y, role: .header, clip: area)
        let open = plan.instalments.firstIndex { if case .paid = $0.state { false } else { true } } ?? 0
        let shown = max(1, area.height - 1)
        let first = max(0, min(open - 1, plan.instalments.count - shown))
        var y = area.y + 1
        for instalment in plan.instalments.dropFirst(first).prefix(shown) {
            let (state, role): (String, StyleRole) = switch instalment.state {
            case .paid(let on): ("✔ paid \(on.display)", .success)
            case .missed(let on): ("✖ MISSED (recorded \(on.display))", .danger)
            case .due where instalment.dueDate < today && plan.isActive: ("▲ overdue", .warning)
            case .due: ("due", .text)
            }
            let text = String(instalment.number).padded(toWidth: 3, alignRight: true) + "  "
                + instalment.dueDate.display.padded(toWidth: 15) + instalment.amount.formatted.padded(toWidth: 12, alignRight: true)
                + "  " + state
            canvas.write(text, x: area.x, y: y, width: area.width, role: role)
            y += 1
        }
        return y
    }
}
