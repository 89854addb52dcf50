import TaplineDomain

extension Console {
    /// Draws the whole console into a canvas the size of the terminal.
    public func render(into canvas: inout Canvas, env: ScreenEnvironment) {
        canvas.cursor = nil
        canvas.fill(canvas.bounds, role: .text)
        let (minW, minH) = Console.minimumSize
        isTooSmall = canvas.width < minW || canvas.height < minH
        guard !isTooSmall else { return renderTooSmall(into: &canvas, need: "\(minW)x\(minH)") }
        let (titleRow, rest) = canvas.bounds.splitTop(1)
        var body = Rect(x: 0, y: rest.y, width: rest.width, height: rest.height - 2)
        renderTitleBar(into: &canvas, area: titleRow, env: env)
        if let companion {
            let side = companion.preferredWidth
            if body.width - side >= minW {
                let split = body.splitLeft(body.width - side)
                body = split.left
                companion.render(into: &canvas, area: split.rest, actions: traineeActions, env: env)
            } else {
                let strip = min(companion.stripHeight, body.height - 10)
                let area = Rect(x: 0, y: body.maxY - strip, width: body.width, height: strip)
                body.height -= strip
                companion.render(into: &canvas, area: area, actions: traineeActions, env: env)
            }
        }

        if let registration = customerStrip {
            // Charter 9.5: the register entry shows on every screen about the customer.
            let (strip, rest) = body.splitTop(1)
            Self.renderRegisterStrip(registration, into: &canvas, area: strip)
            body = rest
        }

        // An overlay (a panel) is drawn over the nearest full screen beneath it.
        let base = stack.lastIndex(where: { !$0.isOverlay }) ?? 0
        for index in base..<stack.count {
            if index != stack.count - 1 { stack[index].box.render(into: &canvas, area: body, env: env) }
        }
        if base < stack.count - 1 { canvas.cursor = nil }
        top.box.render(into: &canvas, area: body, env: env)

        StatusLine(message: status).render(into: &canvas, area: Rect(x: 0, y: canvas.height - 2, width: canvas.width, height: 1))
        KeyHintBar(hints: currentHints(env: env).filter(\.showsInBar))
            .render(into: &canvas, area: Rect(x: 0, y: canvas.height - 1, width: canvas.width, height: 1))

        if helpShown { renderHelp(into: &canvas, area: body, env: env) }
        switch confirming {
        case .quit:
            let message = if let unsaved = stack.last(where: \.hasUnsavedInput)?.title {
                "What you typed on \(unsaved) is not saved and will be lost."
            } else if let customer = stack.last(where: { $0.customerContext != nil })?.customerContext {
                (customer.customerName.isEmpty ? "Account \(customer.accountNumber)"
                    : "\(customer.customerName)'s account (\(customer.accountNumber))") + " is open: quitting ends your work on this call."
            } else {
                "Tapline will close."
            }
            Dialog(title: "Quit Tapline?", message: message, confirmLabel: "y  quit", cancelLabel: "n  stay", role: .warning)
                .render(into: &canvas, area: body)
        case .discard:
            Dialog(title: "Discard what you typed?",
                   message: "What you typed here is not saved and will be lost.",
                   confirmLabel: "y  discard", cancelLabel: "n  keep it", role: .warning)
                .render(into: &canvas, area: body)
        case .leave:
            Dialog(title: "Leave \(top.title)?",
                   message: "What you typed here is not saved and will be lost.",
                   confirmLabel: "y  leave", cancelLabel: "n  stay", role: .warning)
                .render(into: &canvas, area: body)
        case nil:
            break
        }
    }

    /// "▲ LIFE SUPPORT (9.5(a)) registered Tue 1 Dec 2026 · oxygen concentrator":
    /// the badge's words and glyph, so it reads without colour.
    static func renderRegisterStrip(_ registration: SpecialNeedsRegistration, into canvas: inout Canvas, area: Rect) {
        let lifeSupport = registration.need == .lifeSupport
        let role: StyleRole = lifeSupport ? .danger : .warning
        let badge = lifeSupport ? AccountFlag.lifeSupport.label : AccountFlag.specialNeeds.label
        var text = " ▲ \(badge) (\(registration.need.clause)) registered \(registration.registeredOn.display)"
        if !registration.notes.isEmpty { text += " · " + registration.notes.split(whereSeparator: \.isNewline).joined(separator: " ") }
        canvas.fill(area, role: role)
        canvas.write(text, x: area.x, y: area.y, width: area.width, role: role)
    }

    private func renderTooSmall(into canvas: inout Canvas, need: String) {
        let message = "terminal too small — need \(need); keys are ignored until it is larger"
        let width = max(1, canvas.width)
        var lines: [String] = []
        var line = ""
        for word in message.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if candidate.displayWidth > width, !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        lines.append(line)
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, text) in lines.enumerated() {
            let x = max(0, (width - text.displayWidth) / 2)
            canvas.write(text, x: x, y: top + i, role: .warning)
        }
    }

    private func renderTitleBar(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        canvas.fill(area, role: .header)
        var right = " \(env.agent) · \(env.now.date.display) \(String(format: "%02d:%02d", env.now.hour, env.now.minute)) "
        if env.isDemo { right = " DEMO — TRAINING DATA " + right }
        let rightWidth = right.displayWidth
        let crumbs = stack.filter { !$0.isOverlay || $0.box === top.box }.map(\.title)
        var left = " Tapline › " + crumbs.joined(separator: " › ")
        let room = area.width - rightWidth - 1
        if left.displayWidth > room {
            left = " … › " + (crumbs.last ?? "")
        }
        if storeProblem != nil {
            // An outage replaces the breadcrumbs: it matters more than where the agent is.
            canvas.write(" ● RECONNECTING to the database — typing is kept", x: 0, y: area.y, width: max(0, room), role: .danger)
        } else {
            canvas.write(left, x: 0, y: area.y, width: max(0, room), role: .header)
        }
        let x = area.width - rightWidth
        if env.isDemo {
            let banner = " DEMO — TRAINING DATA "
            canvas.write(banner, x: x, y: area.y, role: .demoBanner)
            canvas.write(String(right.dropFirst(banner.count)), x: x + banner.displayWidth, y: area.y, role: .header)
        } else {
            canvas.write(right, x: x, y: area.y, role: .header)
        }
    }

    private func renderHelp(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let hints = currentHints(env: env)
        let labelWidth = min(18, (hints.map(\.label.displayWidth).max() ?? 4) + 2)
        let box = area.centered(width: min(area.width - 4, 70), height: min(area.height - 2, hints.count + 4))
        canvas.fill(box, role: .dialog)
        canvas.box(box, role: .border, title: "Help — \(top.title)")
        let inner = box.inset(1)
        let visible = max(1, inner.height - 1)
        let maxScroll = max(0, hints.count - visible)
        let first = min(helpScroll, maxScroll)
        for (row, hint) in hints.dropFirst(first).prefix(visible).enumerated() {
            canvas.write(" " + hint.label, x: inner.x, y: inner.y + row, width: labelWidth, role: .keyHintKey)
            canvas.write(hint.help, x: inner.x + labelWidth, y: inner.y + row, width: inner.width - labelWidth, role: .dialog)
        }
        let footer = maxScroll > 0 ? "Esc close · ↑↓ scroll" : "Esc close"
        canvas.write(footer, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 1, role: .muted)
    }
}
