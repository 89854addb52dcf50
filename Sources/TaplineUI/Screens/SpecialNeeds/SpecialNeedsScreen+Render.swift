import TaplineDomain

extension SpecialNeedsScreen {
    /// What the register holds now, the form, a refusal or failure in full, and what F2 and F8 do.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("Special needs register (9.5) for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        var y = inner.y + 1
        if let account {
            if let registration = account.specialNeeds {
                let role: StyleRole = registration.need == .lifeSupport ? .danger : .warning
                let evidence = registration.evidence.isEmpty ? "no evidence on record" : "evidence: " + registration.evidence
                canvas.write("▲ On the register: \(registration.summary) · \(evidence)", x: inner.x, y: y, width: inner.width, role: role)
            } else {
                canvas.write("Not on the special-needs register.", x: inner.x, y: y, width: inner.width, role: .muted)
            }
            y += 1
        }
        var notices: [(String, StyleRole)] = []
        if let reapply { notices.append(("✖ " + reapply.message, .error)) }
        if let failure { notices.append(("✖ " + failure, .error)) }
        for (text, role) in notices {
            for line in TextWrap.lines(text, width: inner.width).prefix(3) {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
        guard let form else {
            if failure == nil { canvas.write("Reading the account…", x: inner.x, y: y + 1, width: inner.width, role: .muted) }
            return
        }
        let reasonRows = removalReason == nil ? 0 : 4
        let height = min(form.height(width: inner.width), inner.maxY - y - 2 - reasonRows)
        let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: max(1, height))
        form.render(into: &canvas, area: formArea)
        var footer = min(formArea.maxY + 1, inner.maxY - 1)
        if let removalReason {
            let top = formArea.maxY + 1
            canvas.write("Remove from the register — why? (F2 removes, Esc keeps it)", x: inner.x, y: top, width: inner.width, role: .accent)
            removalReason.renderWrapped(into: &canvas, area: Rect(x: inner.x, y: top + 1, width: inner.width, height: 2), focused: true)
            footer = min(top + 3, inner.maxY - 1)
            canvas.write("The removal, its date and reason go in the audit trail.", x: inner.x, y: footer, width: inner.width, role: .muted)
            return
        }
        let remove = account?.specialNeeds == nil ? "" : " F8 removes it."
        let guide = ["Evidence: what was received, from whom and when (required for life support, 9.5(a)).",
                     "Notes: the equipment, how to reach the customer, at most \(SpecialNeedsRules.maximumNotesLength) characters.",
                     "F2 saves.\(remove) Every change is in the audit trail, old and new."]
        for (i, line) in guide.enumerated() where footer + i < inner.maxY {
            canvas.write(line, x: inner.x, y: footer + i, width: inner.width, role: .muted)
        }
    }
}
