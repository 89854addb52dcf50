import TaplineDomain

extension ConductIncidentPanel {
    /// Draws the panel over the screen beneath. With room (21 rows or more, 80x24 with no
    /// training caller) it leaves that screen's top two rows (the customer's header) in view:
    /// details (4), restriction banner (when there is one), behaviour checklist (header + up
    /// to 5), words (3), timeline and one line for a refusal or the complaint offer. With less
    /// room (the caller's strip of a training call at 80x24 or 100x30) it covers the header and
    /// the checklist, words and timeline give up rows, down to 12 rows inside the border.
    /// A prompt takes the last four rows.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let keepHeader = area.height >= Self.roomyHeight
        let box = keepHeader ? Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2) : area
        canvas.fill(box, role: .dialog)
        let who = accountNumber.map { "\(context.customerName) \($0)" } ?? "no account yet"
        canvas.box(box, role: .border, title: "\(title) — \(who)")
        let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        guard inner.height >= Self.smallestInnerHeight else {
            canvas.write("Make the terminal taller to record the incident (every step is saved).", x: inner.x, y: inner.y,
                         width: inner.width, role: .warning)
            return
        }
        let layout = Layout(height: inner.height, banner: restricted.first?.restriction.isActive(on: env.today) == true, prompt: prompt != nil,
                            wordsLines: TextWrap.lines("“\(words)”", width: inner.width - 2).count)
        var y = inner.y
        let top = Rect(x: inner.x, y: y, width: inner.width, height: Layout.top)
        if let incident { renderRaised(incident, into: &canvas, top) } else { renderDetails(into: &canvas, top) }
        y += Layout.top
        if layout.banner, let shown = restricted.first {
            canvas.write("▲ " + ConductText.banner(shown.restriction, incidentId: shown.incidentId), x: inner.x, y: y, width: inner.width, role: .danger)
            y += 1
        }
        renderChecklist(into: &canvas, Rect(x: inner.x, y: y, width: inner.width, height: layout.checklist))
        y += layout.checklist
        renderWords(into: &canvas, Rect(x: inner.x, y: y, width: inner.width, height: layout.words))
        y += layout.words
        let foot = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        if let prompt {
            prompt.render(into: &canvas, area: foot)
        } else {
            // A refusal gets two lines (the domain's reasons run long); the timeline gives way.
            let footRows = problem == nil || foot.height < 3 ? 1 : 2
            renderTimeline(into: &canvas, Rect(x: foot.x, y: foot.y, width: foot.width, height: foot.height - footRows))
            renderFootLine(into: &canvas, Rect(x: foot.x, y: foot.maxY - footRows, width: foot.width, height: footRows), env: env)
        }
    }

    /// The panel's height from which it leaves the customer's header rows in view.
    static let roomyHeight = 21
    /// The fewest rows inside the border the panel draws in: a training call at 80x24.
    static let smallestInnerHeight = 12

    /// How the rows inside the border are shared out.
    struct Layout {
        /// The details before raising (4 rows), or the incident's summary after.
        static let top = 4
        let banner: Bool
        let checklist: Int
        let words: Int

        /// `wordsLines` is how many rows the words to ask them to stop wrap to: the agent reads
        /// them aloud, so with room they show whole (the checklist keeps its header and three
        /// rows, and scrolls, giving up one row per extra row of words); with less, they give way to the checklist as before.
        init(height: Int, banner: Bool, prompt: Bool, wordsLines: Int = 2) {
            self.banner = banner
            let foot = prompt ? 4 : 3
            var spare = height - Self.top - (banner ? 1 : 0) - foot
            let whole = 1 + max(1, wordsLines)
            words = spare - whole >= 4 ? max(whole, spare >= 9 ? 3 : 2) : (spare >= 9 ? 3 : 2)
            spare -= words
            // The checklist: its header and 1 to 5 rows; anything left goes to the timeline.
            // Rows the words took beyond three come from the checklist (it scrolls), not the timeline.
            checklist = min(max(2, spare), 1 + ConductIncidentPanel.checklistRows - max(0, words - 3))
        }
    }

    private func renderDetails(into canvas: inout Canvas, _ area: Rect) {
        let half = area.width / 2
        field(.channel, label: "Channel ", at: area.x, y: area.y, width: half - 1, into: &canvas)
        field(.who, label: "Who ", at: area.x + half, y: area.y, width: area.width - half, into: &canvas)
        field(.name, label: "Name    ", at: area.x, y: area.y + 1, width: half - 1, into: &canvas)
        field(.employee, label: "Also an employee ", at: area.x + half, y: area.y + 1, width: area.width - half, into: &canvas)
        field(.whoThePersonWas, label: Self.whoThePersonWasLabel + " ", at: area.x, y: area.y + 2, width: area.width, into: &canvas)
        field(.whatHappened, label: Self.whatHappenedLabel + " ", at: area.x, y: area.y + 3, width: area.width, into: &canvas)
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
        if incident.accountNumber == nil, incident.personKind.mayHaveAccount { notes.append("no account yet: a links it") }
        canvas.write(notes.joined(separator: " · "), x: area.x, y: area.y + 2, width: area.width, role: .warning)
        if let written = incident.whatHappened {
            let used = canvas.write("What happened: ", x: area.x, y: area.y + 3, role: .muted, clip: area)
            canvas.write(written.replacingOccurrences(of: "\n", with: " "), x: area.x + used, y: area.y + 3, width: area.width - used, role: .dialog)
        } else {
            canvas.write("What happened: not written yet — h to write it (the supervisor reads it)",
                         x: area.x, y: area.y + 3, width: area.width, role: .muted)
        }
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
        let rows = max(1, area.height - 1)
        for (i, line) in lines.prefix(rows).enumerated() {
            let text = i == rows - 1 && lines.count > rows ? String(line.dropLast()) + "…" : line
            canvas.write(text, x: area.x + 2, y: area.y + 1 + i, width: area.width - 2, role: .dialog)
        }
    }

    private func renderTimeline(into canvas: inout Canvas, _ area: Rect) {
        guard area.height >= 1 else { return }
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
        } else if let restriction = restricted.first?.restriction, restriction.isActive(on: env.today) {
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
