import TaplineDomain

extension HardshipAssessmentScreen {
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        Tabs(titles: Step.allCases.map(\.title), active: step.rawValue).render(into: &canvas, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1))
        if let problem {
            canvas.write("✖ " + problem, x: inner.x, y: inner.y + 2, width: inner.width, role: .error)
            return
        }
        guard let start else {
            canvas.write("Reading the account…", x: inner.x, y: inner.y + 2, role: .muted, clip: inner)
            return
        }
        canvas.write(summary(of: start), x: inner.x, y: inner.y + 1, width: inner.width, role: .muted)
        let body = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 4)
        switch step {
        case .criteria:
            canvas.write("Objective criteria (Charter 5.6(a)(1)): confirm each with the customer.", x: body.x, y: body.y - 1,
                         width: body.width, role: .muted)
            criteria.render(into: &canvas, area: body)
        case .statement:
            statement.render(into: &canvas, area: body)
        case .outcome:
            renderOutcome(into: &canvas, area: body, env: env)
        case .help:
            renderHelp(into: &canvas, area: body, env: env)
        case .review:
            renderReview(into: &canvas, area: body, env: env)
        }
        let typed = saved.map(\.statement) ?? ((try? statement.statement.get()) ?? nil)
        let outcome = saved.map { "Recorded: \($0.outcome.displayName)" } ?? "Proposed: \(recommendation(env: env).outcome.displayName)"
        canvas.write("\(outcome) · capacity \(Self.capacityPerFortnight(typed).formatted) a fortnight", x: inner.x, y: inner.maxY - 1,
                     width: inner.width, role: .accent)
        if let reapply {
            // Over the foot of the step: who changed the record and when, until saved again.
            let lines = TextWrap.lines("✖ " + reapply.message, width: inner.width).prefix(3)
            for (index, text) in lines.enumerated() {
                canvas.write(text, x: inner.x, y: inner.maxY - lines.count - 1 + index, width: inner.width, role: .error)
            }
        }
    }

    /// "Mel Carter · account 1000000042 · Owes $1,184.60 · 1 earlier assessment (latest: …)".
    ///
    /// The customer and account lead, so they show even at 80 columns, where the console's
    /// title line has no room left for them.
    private func summary(of start: HardshipStart) -> String {
        var text = "\(context.customerName) · account \(context.accountNumber) · "
            + (start.balance > .zero ? "Owes \(start.balance.formatted)" : "Balance \(start.balance.formatted)")
        if let latest = start.previous.last {
            let count = start.previous.count
            text += " · \(count) earlier assessment\(count == 1 ? "" : "s") (latest: \(latest.outcome.displayName) on "
                + "\(latest.assessedAt.date.display))"
        } else {
            text += " · no earlier assessment"
        }
        return text
    }

    private func renderOutcome(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let proposal = recommendation(env: env)
        canvas.write("Proposed outcome: \(proposal.outcome.displayName)", x: area.x, y: area.y, role: .title, clip: area)
        canvas.write("Because (Charter 5.6(b), in neutral words):", x: area.x, y: area.y + 1, role: .muted, clip: area)
        let formHeight = outcome.height
        let room = max(0, area.height - formHeight - 3)
        let reasons = proposal.reasons.flatMap { reason in
            TextWrap.lines(reason, width: area.width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
        }
        for (i, line) in reasons.prefix(room).enumerated() {
            canvas.write(line, x: area.x, y: area.y + 2 + i, width: area.width, role: .text)
        }
        outcome.render(into: &canvas, area: Rect(x: area.x, y: area.maxY - formHeight, width: area.width, height: formHeight))
    }

    private func renderHelp(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        // One row above the form, so it fits 80 columns (it was cut at "5.6(h) complaint…"); each row names its clause.
        canvas.write("Tell the customer about each (Charter 5.6(g)–(i)); its clause is on its row.",
                     x: area.x, y: area.y - 1, width: area.width, role: .muted)
        help.render(into: &canvas, area: Rect(x: area.x, y: area.y, width: area.width, height: help.height))
        var y = area.y + help.height + 1
        if let party = HardshipHelpForm.thirdParty(help) {
            let line = party.writtenConsentReceivedOn == nil
                ? "▲ Give \(party.name) no account information until the customer's written consent arrives (5.6(f))."
                : "✔ \(party.name) gets the information they need within 10 business days of the agreement or consent (5.6(f))."
            for wrapped in TextWrap.lines(line, width: area.width) where y < area.maxY {
                canvas.write(wrapped, x: area.x, y: y, width: area.width, role: party.writtenConsentReceivedOn == nil ? .warning : .success)
                y += 1
            }
        }
    }

    private func renderReview(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        var lines: [(String, StyleRole)] = []
        let proposal = recommendation(env: env).outcome
        let recorded = saved?.outcome ?? HardshipOutcomeForm.outcome(outcome) ?? proposal
        if let saved {
            lines.append(("✔ Saved as \(saved.id): \(saved.outcome.displayName). Earlier assessments are kept.", .success))
        } else {
            lines.append(("Not saved yet: F2 saves a new assessment (earlier ones are kept).", .warning))
            lines.append(("Outcome to record: \(recorded.displayName)" + (recorded == proposal ? " (as proposed)" : ""), .text))
        }
        let reviewOn: CivilDate?
        if let saved {
            reviewOn = saved.reviewOn
        } else {
            switch recorded {
            case .inHardship: reviewOn = env.today.adding(months: HardshipAssessment.reviewMonthsInHardship)
            case .referToFinancialCounsellor: reviewOn = env.today.adding(months: HardshipAssessment.reviewMonthsAfterReferral)
            case .notInHardship: reviewOn = nil
            }
        }
        lines.append((reviewOn.map { "Review by \($0.display) (Charter 5.6(k))." }
                      ?? "No review date: the customer may ask to be assessed again at any time.", .text))
        let offered = saved?.referrals ?? HardshipHelpForm.referrals(help, today: env.today)
        let missing = ReferralKind.allCases.filter { kind in !offered.contains { $0.kind == kind } }
        if missing.isEmpty {
            lines.append(("✔ Every referral of 5.6(g)-(i) was offered.", .success))
        } else {
            lines.append(("▲ Not offered yet: " + missing.map { HardshipHelpForm.label($0) }.joined(separator: ", ") + ".", .warning))
        }
        if recorded == .inHardship {
            lines.append(("While an agreed plan is kept: no restriction, no legal action, no added debt recovery costs (5.6(c)).", .text))
            lines.append(("The policy stops applying (5.6(j)) when the debt is paid, the customer asks to leave, a review finds "
                          + "them no longer in hardship, \(PaymentPlan.missedInARowToCancel) instalments in a row are missed and the "
                          + "plan is cancelled, or they stop being a residential customer.", .muted))
        }
        if saved != nil { lines.append(("p: set up a payment plan from this assessment (Charter 5.6(d)).", .accent)) }
        var y = area.y
        for (text, role) in lines {
            for wrapped in TextWrap.lines(text, width: area.width) where y < area.maxY {
                canvas.write(wrapped, x: area.x, y: y, width: area.width, role: role)
                y += 1
            }
        }
    }
}
