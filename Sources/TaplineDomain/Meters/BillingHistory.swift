/// A customer's account and usage history for a number of years (Charter 14.8), as the rows
/// of the file they are given: each bill with its period, readings and kL used, each of its
/// charges (with the tariff behind a usage charge), and each payment, oldest first.
public struct BillingHistory: Hashable, Sendable {
    public static let header = ["date", "record", "period_start", "period_end", "previous_reading_kl", "current_reading_kl",
                                "reading", "kl_used", "litres_per_day", "description", "tariff", "amount"]

    public let accountNumber: String
    public let from: CivilDate
    public let to: CivilDate
    public let rows: [[String]]

    /// The history of the `years` before `today`: the bills issued and payments made on or
    /// after the same day `years` years back.
    public init(accountNumber: String, bills: [Bill], payments: [Payment], years: Int, today: CivilDate) {
        self.accountNumber = accountNumber
        from = today.adding(months: -12 * years)
        to = today
        var dated: [(CivilDate, Int, [[String]])] = []
        let allReadings = Bill.readings(of: bills)
        for (bill, readings) in zip(bills, allReadings) where bill.issueDate >= from && bill.issueDate <= today {
            let reading = bill.meterRead.isEstimated ? "estimated" : "actual " + (bill.meterRead.readDate?.iso ?? "")
            var lines = [[bill.issueDate.iso, "bill", bill.usage.start.iso, bill.usage.end.iso,
                          readings.map { kilolitresNumber($0.previous.registerLitres) } ?? "",
                          readings.map { kilolitresNumber($0.current.registerLitres) } ?? "",
                          reading, kilolitresNumber(bill.usage.litres), String(bill.averageDailyLitres),
                          "amount to pay by \(bill.dueDate.iso)", "", bill.amountDue.plain]]
            for charge in bill.charges {
                lines.append([bill.issueDate.iso, "charge", "", "", "", "", "", charge.pricing.map { kilolitresNumber($0.litres) } ?? "", "",
                              charge.description, charge.pricing.map { "\($0.rate.formatted)" } ?? "", charge.amount.plain])
            }
            if !bill.concessionApplied.isZero {
                lines.append([bill.issueDate.iso, "concession", "", "", "", "", "", "", "", "concession applied", "",
                              (-bill.concessionApplied).plain])
            }
            dated.append((bill.issueDate, 0, lines))
        }
        for payment in payments where payment.date >= from && payment.date <= today {
            dated.append((payment.date, 1, [[payment.date.iso, "payment", "", "", "", "", "", "", "",
                                             payment.method.displayName, "", (-payment.amount).plain]]))
        }
        rows = dated.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.flatMap(\.2)
    }
}

/// Litres as a plain kilolitre number for a file: 182345 → "182.345".
func kilolitresNumber(_ litres: Int) -> String {
    let sign = litres < 0 ? "-" : ""
    let rest = abs(litres) % 1000
    return "\(sign)\(abs(litres) / 1000).\(rest < 10 ? "00" : rest < 100 ? "0" : "")\(rest)"
}

extension MeterRead {
    /// The day the meter was read; nil for an estimate.
    public var readDate: CivilDate? {
        if case .actual(let date) = self { return date }
        return nil
    }
}
