import TaplineDomain

extension AccountScreen {
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let detail else {
            let text = problem ?? "Opening account \(accountNumber)…"
            canvas.write(text, x: inner.x, y: inner.y + 1, width: inner.width, role: problem == nil ? .muted : .error)
            return
        }
        var y = renderHeader(detail, into: &canvas, area: inner)
        for banner in Self.registerBanners(detail.account) + Self.concessionBanners(detail.account, today: env.today)
            + Self.contactPreferenceBanners(detail.account, today: env.today) + extras.banners {
            canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: banner.role)
            canvas.write(" " + (banner.mark.map { $0 + " " } ?? "") + banner.text, x: inner.x, y: y, width: inner.width, role: banner.role)
            y += 1
        }
        if let problem {
            canvas.write("✖ " + problem, x: inner.x, y: y, width: inner.width, role: .error)
            y += 1
        }
        tabs.render(into: &canvas, area: Rect(x: inner.x, y: y, width: inner.width, height: 1))
        let content = Rect(x: inner.x, y: y + 2, width: inner.width, height: inner.maxY - y - 2)
        switch tab {
        case .bills: renderBills(detail, into: &canvas, area: content)
        case .payments: renderPayments(detail, into: &canvas, area: content)
        case .usage: renderUsage(detail, into: &canvas, area: content)
        case .interactions: renderInteractions(detail, codes: env.wrapUpCodes, into: &canvas, area: content)
        case .notes: renderNotes(detail, into: &canvas, area: content)
        case .history: renderHistory(into: &canvas, area: content)
        }
    }

    /// Name, number, balance, property and badges; returns the next free row.
    private func renderHeader(_ detail: AccountDetail, into canvas: inout Canvas, area: Rect) -> Int {
        let account = detail.account
        let name = account.primaryCustomer?.name ?? "(no customer)"
        let balance = account.balance.isNegative ? "\((-account.balance).formatted) in credit"
            : (account.balance.isZero ? "nothing owed" : "\(account.balance.formatted) owed")
        let right = "Balance " + balance
        canvas.write(right, x: area.maxX - right.displayWidth, y: area.y, role: account.balance.cents > 0 ? .warning : .success)
        let left = "\(name.truncated(toWidth: max(10, area.width - right.displayWidth - 20)))  ·  Account \(account.accountNumber)"
        canvas.write(left, x: area.x, y: area.y, width: area.width - right.displayWidth - 1, role: .title)
        let line = account.property.address.oneLine + " · " + (account.property.occupancy == .tenant ? "tenant" : "owner")
            + (account.billingAddress == account.property.address ? "" : " · bills to " + account.billingAddress.oneLine)
        canvas.write(line, x: area.x, y: area.y + 1, width: area.width, role: .text)
        canvas.write(Self.contactLine(account), x: area.x, y: area.y + 2, width: area.width, role: .text)
        let flagRow = area.y + 3
        var x = area.x
        for flag in detail.flags {
            let role: StyleRole = [.lifeSupport, .conductRestriction].contains(flag) ? .danger : .badge
            let glyph = flag == .lifeSupport || flag == .conductRestriction ? "▲ " : ""
            let text = " \(glyph)\(flag.label) "
            if x + text.displayWidth > area.maxX { break }
            x += canvas.write(text, x: x, y: flagRow, role: role)
            x += 1
        }
        if detail.flags.isEmpty { canvas.write("no flags", x: area.x, y: flagRow, role: .muted) }
        return flagRow + 1
    }

    /// The account's entry on the special-needs register (Charter 9.5), under the header:
    /// "Life support (9.5(a)), registered Tue 1 Dec 2026 · oxygen concentrator".
    static func registerBanners(_ account: Account) -> [AccountBanner] {
        guard let registration = account.specialNeeds else { return [] }
        var text = registration.summary.prefix(1).uppercased() + registration.summary.dropFirst()
        if !registration.notes.isEmpty { text += " · " + registration.notes.split(whereSeparator: \.isNewline).joined(separator: " ") }
        return [AccountBanner(text: text, role: registration.need == .lifeSupport ? .danger : .warning)]
    }

    /// How to reach the customer, and who else is on the account: what a lookup matched on
    /// (a phone, an email, the second account holder's name) is all in the header.
    static func contactLine(_ account: Account) -> String {
        var parts: [String] = []
        if let primary = account.primaryCustomer {
            parts += [primary.phone, primary.email].compactMap { $0 }
            if let third = primary.authorisedThirdParty { parts.append("acting: \(third.name) (\(third.relationship))") }
        }
        for other in account.customers where other != account.primaryCustomer {
            parts.append("2nd holder: " + ([other.name] + [other.phone, other.email].compactMap { $0 }).joined(separator: ", "))
        }
        return parts.isEmpty ? "no phone or email on record" : parts.joined(separator: " · ")
    }

    private func table(_ columns: [Table.Column], _ rows: [Table.Row], tab: Tab, area: Rect,
                       into canvas: inout Canvas, empty: String) {
        guard !rows.isEmpty else {
            canvas.write(empty, x: area.x, y: area.y, width: area.width, role: .muted)
            return
        }
        var table = Table(columns: columns, rows: rows)
        table.pageSize = max(1, area.height - 1)
        table.move(by: selected(tab))
        table.render(into: &canvas, area: area)
    }

    private func renderBills(_ detail: AccountDetail, into canvas: inout Canvas, area: Rect) {
        let rows = detail.bills.map { bill in
            Table.Row([bill.issueDate.iso, bill.meterRead.isEstimated ? "ESTIMATED" : bill.meterRead.shortDate,
                       bill.amountDue.formatted, bill.dueDate.iso, bill.carriedFromPreviousBills.formatted,
                       bill.paymentsSinceLastBill.formatted])
        }
        let listHeight = min(rows.count + 1, max(3, area.height / 2 - 3))
        table([.init("Issued", width: 10), .init("Meter read", width: 10), .init("Amount", width: 11, alignRight: true),
               .init("Due", width: 10), .init("Arrears/cr", width: 11, alignRight: true), .init("Paid since", width: 11, alignRight: true)],
              rows, tab: .bills, area: Rect(x: area.x, y: area.y, width: area.width, height: listHeight), into: &canvas,
              empty: "No bills yet.")
        guard let bill = detail.bills[safe: selected(.bills)] else { return }
        let previous = selected(.bills) > 0 ? detail.bills[safe: selected(.bills) - 1] : nil
        BillPanel(bill: bill, readings: bill.readings(after: previous))
            .render(into: &canvas, area: Rect(x: area.x, y: area.y + listHeight + 1, width: area.width,
                                              height: area.maxY - area.y - listHeight - 1))
    }

    private func renderPayments(_ detail: AccountDetail, into canvas: inout Canvas, area: Rect) {
        table([.init("Date", width: 16), .init("Amount", width: 12, alignRight: true), .init("Method")],
              detail.payments.map { Table.Row([$0.date.display, $0.amount.formatted, $0.method.displayName]) },
              tab: .payments, area: area, into: &canvas, empty: "No payments recorded.")
    }

    private func renderUsage(_ detail: AccountDetail, into canvas: inout Canvas, area: Rect) {
        // Charter 4.7: each billing period of the past 12 months, the same period a year
        // earlier, and the neighbourhood average.
        guard let comparison = detail.usageComparison else {
            canvas.write("No usage recorded yet.", x: area.x, y: area.y, role: .muted)
            return
        }
        let periods = comparison.pastTwelveMonths
        let all = detail.bills.map(\.usage)
        func yearEarlier(_ p: UsagePeriod) -> UsagePeriod? {
            all.filter { abs($0.midpoint.days(until: p.midpoint) - 365) <= 45 }.first
        }
        let chart = BarChart(
            categories: periods.map { "\(CivilDate.monthNames[$0.start.month - 1])–\(CivilDate.monthNames[$0.end.month - 1]) \(String($0.end.year).suffix(2))" },
            series: [
                .init("this period", role: .chartBar, glyph: "█", values: periods.map { ($0.litres + 500) / 1000 }),
                .init("a year earlier", role: .chartCompare, glyph: "▒", values: periods.map { yearEarlier($0).map { ($0.litres + 500) / 1000 } }),
                .init("neighbourhood avg", role: .chartAverage, glyph: "░", values: periods.map { $0.neighbourhoodAverageLitres.map { ($0 + 500) / 1000 } }),
            ], unit: "kL")
        chart.renderVertical(into: &canvas, area: Rect(x: area.x, y: area.y, width: area.width, height: max(4, area.height - 2)))
        var summary = "Now \(comparison.current.averageDailyLitres) L/day"
        if let change = comparison.changeFromLastYearPercent { summary += " · \(change >= 0 ? "▲ +" : "▼ ")\(change)% on a year ago" }
        if let average = comparison.neighbourhoodAverageDailyLitres { summary += " · neighbourhood \(average) L/day" }
        canvas.write(summary, x: area.x, y: area.maxY - 1, width: area.width, role: .text)
    }

    /// Each contact with its wrap-up's reason and outcome (issue 13 item 1); the selected one's
    /// summary and what was done on it read in full below.
    private func renderInteractions(_ detail: AccountDetail, codes: WrapUpCodes, into canvas: inout Canvas, area: Rect) {
        let listArea = listWithReading(detail.interactions[safe: selected(.interactions)].map { $0.reading(codes) },
                                       rows: detail.interactions.count, area: area, into: &canvas)
        table([.init("When", width: 16), .init("Agent", width: 10), .init("Reason or channel", width: 19), .init("Outcome", width: 20),
               .init("Summary")],
              detail.interactions.map { contact in
                  Table.Row([contact.at.shortDisplay, contact.agent, contact.reason.map(codes.reasonLabel) ?? contact.channel.displayName,
                             contact.outcome.map(codes.outcomeLabel) ?? "", contact.summary])
              },
              tab: .interactions, area: listArea, into: &canvas, empty: "No interactions recorded.")
    }

    private func renderNotes(_ detail: AccountDetail, into canvas: inout Canvas, area: Rect) {
        var area = area
        if let note {
            // The new note wraps over three rows, so what is being typed can be read back whole.
            area.height -= 5
            canvas.write("New note (Enter saves, Esc discards):", x: area.x, y: area.maxY + 1, role: .accent)
            note.renderWrapped(into: &canvas, area: Rect(x: area.x, y: area.maxY + 2, width: area.width, height: 3), focused: true)
        }
        let listArea = listWithReading(note == nil ? detail.notes[safe: selected(.notes)]?.text : nil, rows: detail.notes.count,
                                       area: area, into: &canvas)
        let cursor = canvas.cursor
        table([.init("When", width: 16), .init("Agent", width: 12), .init("Note")],
              detail.notes.map { Table.Row([$0.at.shortDisplay, $0.agent, $0.text]) },
              tab: .notes, area: listArea, into: &canvas, empty: "No notes yet. Press n to add one.")
        if note != nil { canvas.cursor = cursor }  // typing goes to the new note
    }

    /// Splits a tab between its list and the selected row's text, wrapped in full below it
    /// (cut with a pointer to Enter when even that is too long); returns the list's area.
    private func listWithReading(_ text: String?, rows: Int, area: Rect, into canvas: inout Canvas) -> Rect {
        guard let text, area.height >= 6 else { return area }
        let listHeight = min(rows + 1, max(3, area.height / 2))
        let reading = Rect(x: area.x, y: area.y + listHeight + 1, width: area.width, height: area.height - listHeight - 1)
        var lines = TextWrap.lines(text, width: reading.width)
        if lines.count > reading.height {
            lines = Array(lines.prefix(reading.height - 1)) + ["… Enter reads it whole"]
        }
        for (i, line) in lines.enumerated() {
            canvas.write(line, x: reading.x, y: reading.y + i, width: reading.width,
                         role: i == lines.count - 1 && line.hasPrefix("… Enter") ? .muted : .text)
        }
        return Rect(x: area.x, y: area.y, width: area.width, height: listHeight)
    }

    private func renderHistory(into canvas: inout Canvas, area: Rect) {
        table([.init("When", width: 16), .init("Area", width: 14), .init("What happened")],
              extras.history.map { Table.Row([$0.at.shortDisplay, $0.area, $0.summary]) },
              tab: .history, area: area, into: &canvas, empty: "No complaints, assessments, plans or incidents on this account.")
    }
}

extension Interaction {
    /// The contact in words, for reading whole: "Phone · Billing enquiry — Resolved on the
    /// call · 10:32–10:41. The summary. Done: note added."
    func reading(_ codes: WrapUpCodes) -> String {
        var heading = channel.displayName
        if let reason, let outcome { heading += " · \(codes.reasonLabel(reason)) — \(codes.outcomeLabel(outcome))" }
        if let endedAt { heading += " · \(at.shortDisplay)–\(endedAt.date == at.date ? endedAt.shortDisplay.suffix(5) : Substring(endedAt.shortDisplay))" }
        var text = heading + ". " + summary
        if !done.isEmpty { text += " Done: " + done.joined(separator: "; ") + "." }
        return text
    }
}

extension LocalDateTime {
    /// "2026-11-23 09:05": compact, sortable, for tables.
    var shortDisplay: String { date.iso + " " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
}

extension MeterRead {
    var shortDate: String {
        if case .actual(let date) = self { return date.iso }
        return "ESTIMATED"
    }
}
