import TaplineDomain

extension ConductIncidentPanel {
    /// Draws the panel over the screen beneath, leaving that screen's top two rows (the
    /// customer's header) in view. 17 rows inside the border at 80x24:
    /// details (3), restriction banner, behaviour checklist (header + 5), words (3),
    /// timeline (3), and one line for a refusal or the complaint offer. A prompt takes the
    /// timeline's rows and the last line.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let box = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        canvas.fill(box, role: .dialog)
        canvas.box(box, role: .border, title: "\(title) — \(context.customerName) \(context.accountNumber)")
        let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        guard inner.height >= 17 else { return }
        if let incident { renderRaised(incident, into: &canvas, inner) } else { renderDetails(into: &canvas, inner) }
        if let restriction = restricted.first, let active = restriction.activeRestriction(on: env.today) {
            canvas.write("▲ " + ConductText.banner(active, incidentId: restriction.id), x: inner.x, y: inner.y + 3, width: inner.width, role: .danger)
        }
        renderChecklist(into: &canvas, Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: 1 + Self.checklistRows))
        renderWords(into: &canvas, Rect(x: inner.x, y: inner.y + 10, width: inner.width, height: 3))
        let foot = Rect(x: inner.x, y: inner.y + 13, width: inner.width, height: 4)
        if let prompt {
            prompt.render(into: &canvas, area: foot)
        } else {
            // A refusal gets two lines (the domain's reasons run long); the timeline gives way.
            let footRows = problem == nil ? 1 : 2
            renderTimeline(into: &canvas, Rect(x: foot.x, y: foot.y, width: foot.width, height: foot.height - footRows))
            renderFootLine(into: &canvas, Rect(x: foot.x, y: foot.maxY - footRows, width: foot.width, height: footRows), env: env)
        }
    }

    private func renderDetails(into canvas: inout Canvas, _ area: Rect) {
        let half = area.width / 2
        field(.channel, label: "Channel ", at: area.x, y: area.y, width: half - 1, into: &canvas)
        field(.who, label: "Who ", at: area.x + half, y: area.y, width: area.width - half, into: &canvas)
        field(.name, label: "Name    ", at: area.x, y: area.y + 1, width: half - 1, into: &canvas)
        field(.employee, label: "Also an employee ", at: area.x + half, y: area.y + 1, width: area.width - half, into: &canvas)
        field(.description, label: "Description ", at: area.x, y: area.y + 2, width: area.width, into: &canvas)
    }

    /// One labelled field: a choice as "◂ value ▸", text as an input box.
    private func field(_ id: Field, label: String, at x: Int, y: Int, width: Int, into canvas: inout Canvas) {
        guard let field = form.fields.first(where: { $0.id == id }) else { return }
        let focused = focus == .details && form.focus == id
        let used = canvas.write(label, x: x, y: y, role: focused ? .accent : .muted)
        let box = Rect(x: x + used, y: y, width: width - used, height: 1)
        if field.choices != nil {
            canvas.write("◂ " + field.input.text + " ▸", x: box.x, y: y, width: box.width, role: focused ? .inputFocused : .input)
            if focused { canvas.cursor = Point(x: box.x + 2, y: y) }
        } else {
            field.input.render(into: &canvas, area: box, focused: focused)
        }
    }

    private func renderRaised(_ incident: ConductIncident, into canvas: inout Canvas, _ area: Rect) {
        canvas.write("\(incident.id) · \(incident.channel.label) · \(ConductText.person(incident))",
                     x: area.x, y: area.y, width: area.width, role: .title)
        let stage = ConductText.stage(incident.stage)
        let raised = "Raised by \(incident.raisedBy) at \(ConductText.clock(incident.raisedAt)) · "
        let used = canvas.write(raised, x: area.x, y: area.y + 1, role: .muted, clip: area)
        canvas.write(stage, x: area.x + used, y: area.y + 1, width: area.width - used, role: ConductText.role(of: incident.stage))
        var notes: [String] = []
        if incident.mustBeReported { notes.append("⚠ violence or threats: always reported") }
        if incident.customerIsEmployee { notes.append("also an employee: HR decides") }
        if let complaint = incident.linkedComplaintId { notes.append("complaint \(complaint) linked") }
        if !incident.evidence.isEmpty { notes.append("\(incident.evidence.count) evidence") }
        canvas.write(notes.joined(separator: " · "), x: area.x, y: area.y + 2, width: area.width, role: .warning)
    }

    private func renderChecklist(into canvas: inout Canvas, _ area: Rect) {
        let header = focus == .behaviours && prompt == nil
            ? "Behaviour — ↑↓ move · Space ticks · [✔] recorded" : "Behaviour"
        canvas.write(header, x: area.x, y: area.y, width: area.width, role: .accent)
        let all = ConductBehaviour.all
        let rows = area.height - 1
        let first = max(0, min(cursor - rows / 2, all.count - rows))
        for (row, index) in (first..<min(all.count, first + rows)).enumerated() {
            let behaviour = all[index]
            let mark = incident?.behaviours.contains(behaviour) == true ? "[✔]" : (ticked.contains(behaviour) ? "[x]" : "[ ]")
            let here = index == cursor && focus == .behaviours && prompt == nil
            let y = area.y + 1 + row
            canvas.write((here ? "▸ " : "  ") + mark + " " + behaviour.label, x: area.x, y: y, width: area.width,
                         role: here ? .selection : .dialog)
            if here { canvas.cursor = Point(x: area.x, y: y) }
        }
        if first + rows < all.count {
            canvas.write("↓", x: area.maxX - 1, y: area.maxY - 1, role: .muted)
        }
    }

    private func renderWords(into canvas: inout Canvas, _ area: Rect) {
        let which = ownWords != nil ? "your own words" : "suggestion \(wordsChoice + 1) of \(suggestions.count)"
        canvas.write("Words to ask them to stop (\(which)) — 1-\(suggestions.count) suggested · w your own",
                     x: area.x, y: area.y, width: area.width, role: .accent)
        let lines = TextWrap.lines("“\(words)”", width: area.width - 2)
        for (i, line) in lines.prefix(2).enumerated() {
            let text = i == 1 && lines.count > 2 ? String(line.dropLast()) + "…" : line
            canvas.write(text, x: area.x + 2, y: area.y + 1 + i, width: area.width - 2, role: .dialog)
        }
    }

    private func renderTimeline(into canvas: inout Canvas, _ area: Rect) {
        let entries = incident?.timeline ?? []
        let shown = min(area.height - 1, entries.count)
        let title = entries.isEmpty ? "Timeline — the first step raises the incident" : "Timeline (last \(shown) of \(entries.count))"
        canvas.write(title, x: area.x, y: area.y, width: area.width, role: .accent)
        for (row, entry) in entries.suffix(area.height - 1).enumerated() {
            canvas.write("\(ConductText.clock(entry.at))  \(entry.step.summary)", x: area.x, y: area.y + 1 + row,
                         width: area.width, role: .dialog)
        }
    }

    private func renderFootLine(into canvas: inout Canvas, _ area: Rect, env: ScreenEnvironment) {
        if let problem {
            let lines = TextWrap.lines("✖ " + problem, width: area.width)
            for (i, line) in lines.prefix(area.height).enumerated() {
                let cut = i == area.height - 1 && lines.count > area.height
                canvas.write(cut ? String(line.dropLast()) + "…" : line, x: area.x, y: area.y + i, width: area.width, role: .error)
            }
        } else if isSaving {
            canvas.write("… saving", x: area.x, y: area.y, width: area.width, role: .muted)
        } else if let restriction = restricted.first?.activeRestriction(on: env.today) {
            let asked = restriction.customerReviewRequests.last.map { "● The customer asked for a review on \($0.iso)" }
                ?? "u the customer asks for a review of the restriction"
            canvas.write(asked + " · l a complaint too", x: area.x, y: area.y, width: area.width, role: .info)
        } else {
            let offer = logComplaint != nil ? "l log it too" : "l note its number"
            canvas.write("Is the grievance itself a complaint? Customers may complain: \(offer)",
                         x: area.x, y: area.y, width: area.width, role: .info)
        }
    }
}
