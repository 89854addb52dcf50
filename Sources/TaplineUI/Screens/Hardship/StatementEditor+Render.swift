import TaplineDomain

extension StatementEditor {
    /// Column widths: heading, amount, how often, a month. The heading takes what the other
    /// columns leave (at least 32), up to the longest heading, so "Housing (rent, mortgage,
    /// rates)" is not cut at 80 columns and nothing is cut at 120.
    static func widths(for width: Int) -> (heading: Int, amount: Int, frequency: Int, monthly: Int) {
        let (amount, frequency, monthly) = (10, 15, 12)
        let longest = (IncomeSource.allCases.map(\.displayName) + ExpenditureCategory.allCases.map(\.displayName))
            .map { $0.displayWidth + 4 }.max() ?? 32
        return (max(32, min(longest, width - amount - frequency - monthly - 3)), amount, frequency, monthly)
    }

    /// Draws the household, the rows (scrolled to keep the cursor's row in view) and the live
    /// totals in the bottom three rows of `area`.
    func render(into canvas: inout Canvas, area: Rect) {
        guard area.height >= 6 else { return }
        let w = Self.widths(for: area.width)
        let x = area.x
        let amountX = x + w.heading + 1, frequencyX = amountX + w.amount + 1, monthlyX = frequencyX + w.frequency + 1

        canvas.write("Household: adults", x: x, y: area.y, role: .text, clip: area)
        adults.render(into: &canvas, area: Rect(x: x + 18, y: area.y, width: 3, height: 1), focused: focus == .adults)
        canvas.write("children", x: x + 23, y: area.y, role: .text, clip: area)
        children.render(into: &canvas, area: Rect(x: x + 32, y: area.y, width: 3, height: 1), focused: focus == .children)

        canvas.write("Amount".padded(toWidth: w.amount, alignRight: true), x: amountX, y: area.y + 1, role: .header, clip: area)
        canvas.write("How often", x: frequencyX + 2, y: area.y + 1, role: .header, clip: area)
        canvas.write("A month".padded(toWidth: w.monthly, alignRight: true), x: monthlyX, y: area.y + 1, role: .header, clip: area)

        // Lines: a section title before the first row of each side, then the rows.
        var lines: [(row: Int?, title: String?)] = []
        for side in [Side.income, .cost] {
            lines.append((nil, side == .income ? "Income (after tax)" : "Costs"))
            let indices = rows.indices.filter { rows[$0].side == side }
            if indices.isEmpty { lines.append((nil, side == .income ? "  none yet — F3 adds a row" : "  none yet — F4 adds a row")) }
            lines += indices.map { ($0, nil) }
        }
        let listArea = Rect(x: x, y: area.y + 2, width: area.width, height: area.height - 5)
        let focusedLine: Int? = {
            guard case .row(let index, _) = focus else { return nil }
            return lines.firstIndex { $0.row == index }
        }()
        let first = focusedLine.map { max(0, $0 - listArea.height + 1) } ?? 0
        for (offset, line) in lines.dropFirst(first).prefix(listArea.height).enumerated() {
            let y = listArea.y + offset
            if let title = line.title {
                canvas.write(title, x: x, y: y, role: title.hasPrefix(" ") ? .muted : .title, clip: area)
                continue
            }
            guard let index = line.row else { continue }
            let row = rows[index]
            let headingFocused = focus == .row(index, .heading)
            canvas.write("◂ \(row.headingName.truncated(toWidth: w.heading - 4)) ▸", x: x, y: y, width: w.heading,
                         role: headingFocused ? .inputFocused : .input)
            if headingFocused { canvas.cursor = Point(x: x + 2, y: y) }
            row.amount.render(into: &canvas, area: Rect(x: amountX, y: y, width: w.amount, height: 1),
                              focused: focus == .row(index, .amount))
            let frequencyFocused = focus == .row(index, .frequency)
            canvas.write("◂ \(row.frequency.rawValue) ▸", x: frequencyX, y: y, width: w.frequency,
                         role: frequencyFocused ? .inputFocused : .input)
            if frequencyFocused { canvas.cursor = Point(x: frequencyX + 2, y: y) }
            let monthly = row.amount.isEmpty ? "" : (self.monthly(row)?.formatted ?? "✖ amount?")
            canvas.write(monthly, x: monthlyX, y: y, width: w.monthly, role: monthly.hasPrefix("✖") ? .error : .text, alignRight: true)
        }
        if first > 0 { canvas.write("▲ more", x: area.maxX - 7, y: listArea.y, role: .muted, clip: area) }
        if first + listArea.height < lines.count {
            canvas.write("▼ more", x: area.maxX - 7, y: listArea.maxY - 1, role: .muted, clip: area)
        }
        renderTotals(into: &canvas, area: Rect(x: x, y: area.maxY - 3, width: area.width, height: 3))
    }

    /// Totals a month and the surplus (capacity to pay) a month and a fortnight, or the problem.
    private func renderTotals(into canvas: inout Canvas, area: Rect) {
        canvas.write(String(repeating: "─", count: area.width), x: area.x, y: area.y, role: .border, clip: area)
        switch statement {
        case .failure(let problem):
            canvas.write("✖ " + problem.message, x: area.x, y: area.y + 1, width: area.width, role: .error)
        case .success(nil):
            canvas.write("Enter amounts to see what is left to pay with (capacity to pay).", x: area.x, y: area.y + 1,
                         width: area.width, role: .muted)
        case .success(let typed?):
            canvas.write("Income \(typed.monthlyIncome.formatted) a month · costs \(typed.monthlyCosts.formatted) a month",
                         x: area.x, y: area.y + 1, width: area.width, role: .text)
            let surplus = typed.monthlySurplus
            let text: String
            let role: StyleRole
            if surplus > .zero {
                text = "✔ Left to pay with (capacity to pay): \(surplus.formatted) a month · "
                    + "\(typed.surplus(per: .fortnightly).formatted) a fortnight"
                role = .success
            } else if surplus.isZero {
                text = "▲ Nothing left to pay with: costs use all of the income"
                role = .warning
            } else {
                text = "▲ Shortfall: costs are \((-surplus).formatted) a month more than income"
                role = .warning
            }
            canvas.write(text, x: area.x, y: area.y + 2, width: area.width, role: role)
        }
    }
}
