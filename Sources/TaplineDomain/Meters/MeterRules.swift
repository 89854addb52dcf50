/// The rules for meter and billing-record requests, as pure functions of the facts and the
/// day (Charter 4.3, 4.8, 11.1, 14.8). The meter screen shows each result before the agent
/// confirms; the stores refuse what breaks them.
public enum MeterRules {
    /// Meter sizes an agent may choose, in millimetres.
    public static let meterSizes = [20, 25, 32, 40, 50, 80, 100]
    /// 4.3: special readings are charged only for meters this size or larger.
    public static let chargeableMeterMillimetres = 32
    /// 14.8: the history covers three years unless agreed otherwise; at most this many are held.
    public static let defaultHistoryYears = 3
    public static let maximumHistoryYears = 7
    /// 14.8: business days to provide the history; 4.8(a): to tell of an overcharge.
    public static let historyBusinessDays = 10
    public static let overchargeNoticeBusinessDays = 10
    /// 4.8(a) applies the adjustment to the last 12 months' usage charges.
    public static let adjustmentMonths = 12

    /// 4.3: what a special reading costs: the fee for a reading of a 32 mm or larger meter;
    /// nothing for a smaller meter, nor for an estimated bill instead (4.3(b)).
    public static func specialReadingCharge(way: MeterRequest.SpecialReadingWay, meterMillimetres: Int, tariff: Tariff) -> Money {
        way == .reading && meterMillimetres >= chargeableMeterMillimetres ? tariff.specialReadingFee : .zero
    }

    /// Words for the charge the form shows before the agent confirms.
    public static func specialReadingChargeText(way: MeterRequest.SpecialReadingWay, meterMillimetres: Int, tariff: Tariff) -> String {
        switch way {
        case .estimatedBill: return "no charge: an estimated bill (4.3(b))"
        case .reading where meterMillimetres >= chargeableMeterMillimetres:
            return "\(tariff.specialReadingFee.formatted): a \(meterMillimetres) mm meter (32 mm or larger, 4.3)"
        case .reading: return "no charge: a \(meterMillimetres) mm meter (under 32 mm, 4.3)"
        }
    }

    /// 14.8: the day the history is due to the customer, 10 business days after the request.
    public static func historyDue(requestedOn: CivilDate, calendar: BusinessCalendar) -> CivilDate {
        calendar.adding(businessDays: historyBusinessDays, to: requestedOn)
    }

    /// 4.8(a): the last day to tell the customer of an overcharge found on `decidedOn`.
    public static func informBy(decidedOn: CivilDate, calendar: BusinessCalendar) -> CivilDate {
        calendar.adding(businessDays: overchargeNoticeBusinessDays, to: decidedOn)
    }

    /// A test's booked day must be a business day, today or later.
    public static func bookingProblem(_ day: CivilDate, today: CivilDate, calendar: BusinessCalendar) -> String? {
        if day < today { return "a test cannot be booked for \(day.display), before today" }
        if !calendar.isBusinessDay(day) { return "\(day.display) is not a business day: book the test on a business day" }
        return nil
    }

    /// 14.8: three years, or another number agreed with the customer (1 to 7, what is held).
    public static func historyYearsProblem(_ years: Int) -> String? {
        (1...maximumHistoryYears).contains(years) ? nil : "a history covers 1 to \(maximumHistoryYears) years (three unless agreed, 14.8)"
    }

    /// What a meter reading high by `highByBasisPoints` overcharged (11.1(c), 4.8): the usage
    /// charges of the bills issued in the 12 months to `decidedOn`, times high ÷ (100% + high)
    /// (what was billed for water the meter counted but never flowed), rounded UP to the cent,
    /// in the customer's favour.
    public static func overcharge(bills: [Bill], highByBasisPoints: Int, decidedOn: CivilDate) -> Overcharge {
        let from = decidedOn.adding(months: -adjustmentMonths)
        let covered = bills.filter { $0.issueDate > from && $0.issueDate <= decidedOn }
        let usage = covered.flatMap { $0.charges(of: .usageCharge) }.map(\.amount).sum()
        let high = Int64(max(highByBasisPoints, 0))
        let numerator = usage.cents * high, denominator = 10_000 + high
        let cents = (numerator + denominator - 1) / denominator
        return Overcharge(usageCharges: usage, bills: covered.count, since: from, amount: Money(cents: max(cents, 0)))
    }

    /// The overcharge and how it was worked out, for the form to show before confirming.
    public struct Overcharge: Hashable, Sendable {
        public let usageCharges: Money
        public let bills: Int
        public let since: CivilDate
        public let amount: Money
    }

    /// The outcome recorded for a test decided on `decidedOn` (11.1): reading high — the test
    /// is free, the meter rectified, the overcharge given back as the customer instructs (4.8)
    /// and the customer told within 10 business days; accurate or reading low — the tariff's
    /// test fee unless waived.
    public static func outcome(_ finding: MeterTestOutcome.Finding, highByBasisPoints: Int, instruction: MeterTestOutcome.Instruction,
                               chargeFee: Bool, decidedOn: CivilDate, bills: [Bill], tariff: Tariff,
                               calendar: BusinessCalendar) -> MeterTestOutcome {
        switch finding {
        case .readingHigh:
            let over = overcharge(bills: bills, highByBasisPoints: highByBasisPoints, decidedOn: decidedOn)
            return MeterTestOutcome(finding: .readingHigh, decidedOn: decidedOn, highByBasisPoints: highByBasisPoints,
                                    adjustment: over.amount, instruction: instruction,
                                    informBy: informBy(decidedOn: decidedOn, calendar: calendar))
        case .accurate, .readingLow:
            return MeterTestOutcome(finding: finding, decidedOn: decidedOn, charge: chargeFee ? tariff.meterTestFee : .zero)
        }
    }

    /// Why an outcome may not be recorded on `request`, or nil.
    public static func outcomeProblem(_ outcome: MeterTestOutcome, on request: MeterRequest, today: CivilDate) -> String? {
        if request.kind != .meterTest { return "only a meter test has an outcome" }
        if request.outcome != nil { return "this test's outcome is already recorded" }
        if outcome.decidedOn < request.requestedOn { return "a test cannot be decided before it was requested (\(request.requestedOn.display))" }
        if outcome.decidedOn > today { return "a test cannot be decided after today" }
        if outcome.finding == .readingHigh, outcome.highByBasisPoints <= 0 { return "say by how much the meter reads high (a percentage above 0)" }
        return nil
    }

    /// 11.1: a further off-site independent test may follow a test that found the meter
    /// accurate or reading low; nil when it may.
    public static func independentTestProblem(after test: MeterRequest) -> String? {
        guard test.kind == .meterTest, !test.independent else { return "an independent test follows a first meter test" }
        guard let outcome = test.outcome else { return "record the first test's outcome before an independent test" }
        return outcome.finding == .readingHigh ? "the first test found the meter reading high: it is rectified and the bill adjusted" : nil
    }

    /// "4.5" or "4.50%" as hundredths of a percent (450); nil when it is not a percentage
    /// over 0 and at most 100 with at most two decimals.
    public static func basisPoints(_ text: String) -> Int? {
        var typed = text.trimmingCharactersWhitespace()
        if typed.hasSuffix("%") { typed.removeLast() }
        let parts = typed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0].isEmpty ? "0" : parts[0]), !typed.isEmpty else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard parts[1].count <= 2, parts[1].allSatisfy(\.isNumber), let value = Int(parts[1].isEmpty ? "0" : parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        let points = whole * 100 + fraction
        return points > 0 && points <= 10_000 ? points : nil
    }

    /// 450 → "4.50%"
    public static func percentText(_ basisPoints: Int) -> String {
        let fraction = basisPoints % 100
        return "\(basisPoints / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
