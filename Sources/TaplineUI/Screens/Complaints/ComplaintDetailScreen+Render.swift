import TaplineDomain

extension ComplaintDetailScreen {
    /// The header facts, the latest decision, the timeline, and any task panel over it.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        renderComplaint(into: &canvas, area: area, env: env)
        assigneeChooser?.render(into: &canvas, area: area)
    }

    private func renderComplaint(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        guard let complaint else {
            let text = loadError.map { "✖ \($0)" } ?? "Loading complaint \(number)…"
            canvas.write(text, x: inner.x, y: inner.y, width: inner.width, role: loadError == nil ? .muted : .error)
            return
        }
        var y = inner.y
        func line(_ text: String, role: StyleRole = .text) {
            guard y < inner.maxY else { return }
            canvas.write(text, x: inner.x, y: y, width: inner.width, role: role)
            y += 1
        }
        let who = customerName.map { $0.isEmpty ? "" : " · \($0)" } ?? ""
        line("\(complaint.id) · account \(complaint.accountNumber)\(who)", role: .title)
        for colleague in colleagues { line(colleague.onSubjectDescription, role: .warning) }
        line("Status: \(complaint.status.displayName) · Level: \(complaint.level.title) · \(complaint.category.displayName)")
        // Its own line: at 80 columns the status line has no room left for it.
        line("Owner: \(complaint.owner)" + (complaint.owner == complaint.timeline.first?.agent ? " (logged it)" : ""), role: .muted)
        line("Received \(complaint.receivedAt.display) by \(complaint.channel.displayName.lowercased()) · due \(complaint.dueDate.display) (3.1(a))",
             role: .muted)
        renderReplyLine(complaint, env: env, line: line)
        if let amount = complaint.disputedAmount {
            if complaint.collectionHold(today: env.today, calendar: env.calendar) != nil {
                line("DISPUTED \(amount.formatted) — collection held (3.1(e))", role: .warning)
            } else {
                line("Disputed \(amount.formatted) — dispute resolved, no longer held (3.2)", role: .muted)
            }
        }
        if complaint.externalClaim != .none { line(Self.claimText(complaint.externalClaim), role: .warning) }
        line("Told (3.1(f)): " + ComplaintRight.allCases.map {
            "\($0.clause) \(complaint.informedOf.contains($0) ? "✔" : "✖")"
        }.joined(separator: " "), role: complaint.rightsNotYetInformed.isEmpty ? .success : .text)
        let decision = complaint.latestResponse.map {
            TextWrap.lines("Decision by \($0.decidedBy), \($0.at.date.display): \($0.text)", width: inner.width).prefix(2)
        } ?? []
        // The description in full, wrapped; when it needs more rows than the timeline can spare,
        // it scrolls (PgUp/PgDn) with a marker saying where it is.
        let description = TextWrap.lines("“\(complaint.description)”", width: inner.width)
        let budget = max(2, inner.maxY - y - decision.count - Self.timelineRowsKept)
        if description.count <= budget {
            for text in description { line(text, role: .muted) }
        } else {
            let rows = budget - 1
            let first = min(descriptionOffset, description.count - rows)
            for text in description[first..<(first + rows)] { line(text, role: .muted) }
            let more = first + rows < description.count ? "▼" : "▲"
            line("\(more) description lines \(first + 1)–\(first + rows) of \(description.count) · PgDn/PgUp scroll it", role: .accent)
        }
        for text in decision { line(text) }
        if let letterPath {
            for text in TextWrap.lines("✔ Letter written: \(letterPath)", width: inner.width).prefix(2) { line(text, role: .success) }
        }
        if let problem = refusal ?? reapply?.message, panel == nil {
            for text in TextWrap.lines("✖ " + problem, width: inner.width).prefix(3) { line(text, role: .error) }
        }
        y += 1
        guard y < inner.maxY else { return }
        let timelineArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        renderTimeline(complaint, into: &canvas, area: timelineArea)
        if let panel { renderPanel(panel, into: &canvas, area: area) }
    }

    /// Rows kept for the timeline under a long description: its title, header and two entries.
    static let timelineRowsKept = 5

    private func renderReplyLine(_ complaint: Complaint, env: ScreenEnvironment, line: (String, StyleRole) -> Void) {
        if let due = complaint.replyDue(calendar: env.calendar) {
            let urgency = ComplaintUrgency(dueDate: due, today: env.today, calendar: env.calendar)
            let promised = complaint.isComplex && due == complaint.complexReplyPromisedBy ? " (promised, 3.1(b))" : ""
            line("Reply due \(due.display)\(promised) — \(urgency.word)", urgency.role)
        } else if let first = complaint.firstReplyAt {
            let late = first.date > complaint.dueDate ? " — LATE" : ""
            line("First reply \(first.display)\(late)", late.isEmpty ? .success : .warning)
        } else {
            line("No reply awaited", .muted)
        }
    }

    static func claimText(_ claim: ExternalClaim) -> String {
        switch claim {
        case .none: return ""
        case .lodged(let forum, let on): return "\(forum.rawValue) claim lodged \(on.display) — open (3.2)"
        case .finalised(let forum, let lodged, let finalised):
            return "\(forum.rawValue) claim lodged \(lodged.display), finalised \(finalised.display)"
        }
    }

    private func renderTimeline(_ complaint: Complaint, into canvas: inout Canvas, area: Rect) {
        let columns = [Table.Column("When", width: 21), Table.Column("Who", width: 10), Table.Column("What")]
        var table = Table(columns: columns, rows: complaint.timeline.dropFirst(timelineOffset).map { event in
            Table.Row([event.at.display, event.agent, event.note.isEmpty ? event.summary : "\(event.summary) — \(event.note)"])
        })
        table.pageSize = max(1, area.height - 1)
        canvas.write("Timeline (\(complaint.timeline.count))", x: area.x, y: area.y, width: area.width, role: .accent)
        table.render(into: &canvas, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                     focused: false)
    }

    private func renderPanel(_ panel: ComplaintTaskPanel, into canvas: inout Canvas, area: Rect) {
        let width = area.width - 4
        // A stale refusal stays in the panel while its reapply key is offered, even as the agent edits.
        let problem = (refusal ?? reapply?.message).map { TextWrap.lines("✖ " + $0, width: width - 4) } ?? []
        // The explanation wraps: it names who a decision is recorded as made by (3.1(d)(1)).
        let explanation = TextWrap.lines(panel.explanation, width: width - 4).prefix(2)
        let extra = problem.count + explanation.count - 1
        let height = min(area.height - 2, panel.form.height(width: width - 4) + extra + 6)
        let box = Rect(x: area.x + 2, y: area.maxY - height - 1, width: width, height: height)
        canvas.fill(box, role: .dialog)
        canvas.box(box, role: .border, title: panel.task.title)
        let inside = box.inset(1)
        for (index, text) in explanation.enumerated() {
            canvas.write(text, x: inside.x + 1, y: inside.y + index, width: inside.width - 2, role: .muted)
        }
        for (index, text) in problem.enumerated() {
            canvas.write(text, x: inside.x + 1, y: inside.y + explanation.count + index, width: inside.width - 2, role: .error)
        }
        panel.form.render(into: &canvas, area: Rect(x: inside.x + 1, y: inside.y + 1 + extra + 1,
                                                    width: inside.width - 2, height: inside.height - 3 - extra))
        canvas.write("F2/Enter records it · Esc cancels", x: inside.x + 1, y: inside.maxY - 1, width: inside.width - 2,
                     role: .muted)
    }
}
