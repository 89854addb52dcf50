import TaplineDomain

/// One bill under the Bills tab's list: what Charter 4.5 requires it to state on the left —
/// with the meter readings its usage comes from (4.5(d): previous and current, read or
/// estimated, and the kL used between them) — and its charges itemised on the right (4.6),
/// each usage charge with the tariff behind it ("182 kL × $2.6354/kL = $479.64"), adding up
/// to the new charges.
struct BillPanel {
    let bill: Bill
    let readings: BillMeterReadings?

    /// The left column's width, and its labels' within it.
    static let split = 38
    static let labels = 14

    func render(into canvas: inout Canvas, area: Rect) {
        var facts: [(String, String, StyleRole)] = [
            ("Issued", bill.issueDate.display, .text), ("Pay by", bill.dueDate.display, .text),
            ("Amount to pay", bill.amountDue.formatted, .text), ("From earlier", bill.carriedFromPreviousBills.formatted, .text),
            ("Paid since", bill.paymentsSinceLastBill.formatted, .text),
            ("Concession", bill.concessionApplied.formatted, .text),
        ]
        if let readings {
            facts.append(("Previous read", Self.reading(readings.previous), readings.previous.read == .estimated ? .warning : .text))
            facts.append(("Current read", Self.reading(readings.current), bill.meterRead.isEstimated ? .warning : .text))
            facts.append(("Used", "\(kilolitresText(readings.litresUsed)), \(bill.averageDailyLitres) L/day", .text))
        } else {
            facts.append(("Average daily use", "\(bill.averageDailyLitres) L/day", .text))
        }
        let width = Self.split - 1
        for (i, fact) in facts.enumerated() where area.y + i < area.maxY {
            canvas.write(fact.0, x: area.x, y: area.y + i, width: Self.labels, role: .muted)
            canvas.write(fact.1, x: area.x + Self.labels, y: area.y + i, width: width - Self.labels, role: fact.2)
        }
        if readings == nil, area.y + facts.count < area.maxY {
            // 4.5(d): a bill stored without its registers still says how the meter was read.
            canvas.write(bill.meterRead.statement, x: area.x, y: area.y + facts.count, width: area.width,
                         role: bill.meterRead.isEstimated ? .warning : .muted)
        }
        renderCharges(into: &canvas, area: Rect(x: area.x + Self.split, y: area.y, width: area.width - Self.split,
                                                height: readings == nil ? facts.count : area.height))
    }

    /// A register and how it was read, in the 23 columns there are: "1612.345 kL 27 Nov 2026"
    /// (read that day), "612.345 kL ESTIMATED", "612.345 kL, earlier" (before the bills on record).
    static func reading(_ reading: MeterReading) -> String {
        let value = kilolitresText(reading.registerLitres)
        switch reading.read {
        case .actual(let date)?: return "\(value) \(date.short)"
        case .estimated?: return "\(value) ESTIMATED"
        case nil: return "\(value), earlier"
        }
    }

    /// The charges, each usage charge followed by its working, and their total.
    private func renderCharges(into canvas: inout Canvas, area: Rect) {
        var lines: [(String, String, StyleRole)] = []
        for charge in bill.charges {
            lines.append((charge.description, charge.amount.formatted, .text))
            if let pricing = charge.pricing {
                lines.append(("  " + "\(kilolitresText(pricing.litres)) × \(pricing.rate.formatted)", "= " + pricing.amount.formatted, .muted))
            }
        }
        lines.append(("New charges", bill.newCharges.formatted, .header))
        canvas.write("Charges", x: area.x, y: area.y, role: .header)
        for (i, line) in lines.enumerated() where area.y + 1 + i < area.maxY {
            canvas.write(line.0, x: area.x, y: area.y + 1 + i, width: area.width - 12, role: line.2)
            canvas.write(line.1, x: area.maxX - 12, y: area.y + 1 + i, width: 12, role: line.2, alignRight: true)
        }
    }
}
