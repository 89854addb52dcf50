import TaplineDomain

extension LogComplaintScreen {
    /// The form, the reply date it gives, and once saved the number and what to do next.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("Log a complaint for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: form.height(width: inner.width))
        form.render(into: &canvas, area: formArea)
        var y = formArea.maxY + 1
        if let due = dueDate, due < env.today {
            // Charter 3.1(a): a complaint logged after its reply date is overdue from the start.
            canvas.write("Reply due: \(due.display) — ▲ already OVERDUE", x: inner.x, y: y, width: inner.width, role: .danger)
            canvas.write("the acknowledgement apologises and promises a reply by \(CustomerPromise.lateReplyBy(today: env.today, calendar: env.calendar).display)",
                         x: inner.x, y: y + 1, width: inner.width, role: .warning)
        } else if let due = dueDate {
            canvas.write("Reply due: \(due.display)", x: inner.x, y: y, width: inner.width, role: .accent)
            let received = LocalDateTime(iso: form[.receivedAt])?.date.display ?? ""
            canvas.write("the 10th business day after \(received) (Charter 3.1(a))",
                         x: inner.x, y: y + 1, width: inner.width, role: .muted)
        } else {
            canvas.write("Reply due: shown once the time of receipt is a valid \(Self.receiptFormat)",
                         x: inner.x, y: y, width: inner.width, role: .muted)
        }
        y += 3
        if let failure {
            for text in TextWrap.lines("✖ " + failure, width: inner.width).prefix(2) {
                canvas.write(text, x: inner.x, y: y, width: inner.width, role: .error)
                y += 1
            }
        }
        guard let complaint = saved else {
            if !form.errors.isEmpty || isSaving { return }
            canvas.write("F2 saves. The register gives the complaint its number.",
                         x: inner.x, y: y, width: inner.width, role: .muted)
            return
        }
        canvas.write("✔ Logged as \(complaint.id)", x: inner.x, y: y, width: inner.width, role: .success)
        if let path = letterPath {
            canvas.write("✔ Acknowledgement letter written:", x: inner.x, y: y + 1, width: inner.width, role: .success)
            let lines = TextWrap.lines(path, width: inner.width - 2).prefix(2)
            for (index, text) in lines.enumerated() {
                canvas.write(text, x: inner.x + 2, y: y + 2 + index, width: inner.width - 2, role: .text)
            }
            canvas.write("Enter opens the complaint · Esc goes back to the account",
                         x: inner.x, y: y + 2 + lines.count, width: inner.width, role: .muted)
        } else {
            canvas.write("Press a to write the acknowledgement letter (Charter 3.1(f)),",
                         x: inner.x, y: y + 1, width: inner.width, role: .accent)
            canvas.write("Enter to open the complaint, or Esc to go back to the account.",
                         x: inner.x, y: y + 2, width: inner.width, role: .accent)
        }
    }
}
