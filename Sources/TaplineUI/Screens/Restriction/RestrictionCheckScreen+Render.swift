import TaplineDomain

extension RestrictionCheckScreen {
    /// Width of the clause column.
    static let clauseWidth = 10

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        if let problem {
            canvas.write("✖ " + problem, x: inner.x, y: inner.y + 1, width: inner.width, role: .error)
            return
        }
        guard let decision, let facts, let checkedAt else {
            canvas.write("Reading the account's collection record…", x: inner.x, y: inner.y + 1, role: .muted, clip: inner)
            return
        }
        canvas.write("Checked \(checkedAt.display) against Charter 7.1-7.3, 5.6(c) and 6.3.",
                     x: inner.x, y: inner.y, width: inner.width, role: .muted)
        let verdict: Int
        switch decision {
        case .permitted:
            verdict = canvas.write("✔ PERMITTED", x: inner.x, y: inner.y + 2, role: .success, clip: inner)
        case .notPermitted(let reasons):
            verdict = canvas.write("✖ NOT PERMITTED — \(reasons.count) reason\(reasons.count == 1 ? "" : "s")", x: inner.x, y: inner.y + 2,
                                   role: .danger, clip: inner)
        }
        // The console's title line is cut at 80 columns: the verdict names whose supply it is,
        // on its own row so the reasons keep theirs (a training caller's strip leaves few).
        canvas.write(" · \(context.customerName) · account \(context.accountNumber)", x: inner.x + verdict, y: inner.y + 2,
                     width: max(0, inner.width - verdict), role: .text)
        let factLines = TextWrap.lines(Self.factsSummary(facts), width: inner.width)
        let listArea = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: inner.height - 5 - factLines.count)
        ScrollingLines(Self.lines(for: decision, width: inner.width), offset: offset).render(into: &canvas, area: listArea)
        for (i, line) in factLines.enumerated() {
            canvas.write(line, x: inner.x, y: inner.maxY - factLines.count + i, width: inner.width, role: .muted)
        }
    }

    /// Every reason with its clause in a column (or the notes of a permitted restriction), wrapped.
    static func lines(for decision: RestrictionDecision, width: Int) -> [(text: String, role: StyleRole)] {
        let textWidth = max(10, width - clauseWidth)
        switch decision {
        case .permitted(let notes):
            return notes.flatMap { note in
                TextWrap.lines(note, width: width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
                    .map { ($0, StyleRole.text) }
            }
        case .notPermitted(let reasons):
            return reasons.flatMap { reason in
                TextWrap.lines(reason.message, width: textWidth).enumerated().map { index, line in
                    ((index == 0 ? reason.clause : "").padded(toWidth: clauseWidth) + line, StyleRole.text)
                }
            }
        }
    }

    /// The facts the decision was made on, in one paragraph, so the agent can see what to correct.
    static func factsSummary(_ facts: RestrictionFacts) -> String {
        var parts = ["Final Notice: " + (facts.finalNoticeIssuedOn?.display ?? "none")]
        parts.append("Notice Before Restriction: " + (facts.noticeBeforeRestrictionSentOn.map {
            $0.display + (facts.noticeIncludedHardshipInformation ? "" : " (without hardship information)")
        } ?? "none"))
        parts.append("contact attempts: \(facts.contactAttempts.count)")
        parts.append("told of restriction and costs: " + (facts.notifiedOfRestrictionAndCostsOn?.display ?? "no"))
        parts.append("owed \(facts.amountOwed.formatted)" + (facts.disputedAmountUnderOpenComplaint > .zero
            ? " (\(facts.disputedAmountUnderOpenComplaint.formatted) in dispute)" : ""))
        let plan: String = switch facts.paymentPlan {
        case .notOffered: "not offered"
        case .offeredAndRefused: "offered and refused"
        case .offeredNoResponse: "offered, no response"
        case .agreedAndKept: "agreed and kept"
        case .agreedNotComplied: "agreed, not kept"
        }
        parts.append("plan: \(plan)")
        if facts.inHardship { parts.append("in hardship") }
        return "Facts: " + parts.joined(separator: " · ") + "."
    }
}
