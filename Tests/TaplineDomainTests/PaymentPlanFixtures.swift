@testable import TaplineDomain

/// Shared givens for the hardship, payment plan, undercharge and restriction tests.
enum PlansFixtures {
    static let calendar = BusinessCalendar.victoria
    static let agent = "ajones"
    static let account = "7001234567"

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func dollars(_ text: String) -> Money { try! Money.parse(text) }

    /// A plan calculation: $1,000.00 owed, paid fortnightly from Mon 5 May 2025 in `count` equal instalments.
    static func calculation(debt: String = "1000", count: Int = 4, frequency: InstalmentFrequency = .fortnightly,
                            start: String = "2025-05-05") throws -> PlanCalculation {
        try PaymentPlanCalculator.calculate(
            PlanRequest(debt: dollars(debt), frequency: frequency, start: date(start), sizing: .instalments(count)),
            calendar: calendar)
    }

    /// A plan agreed on Thu 1 May 2025 from `calculation()`.
    static func plan(id: String = "PP-1", count: Int = 4, start: String = "2025-05-05",
                     agreedOn: String = "2025-05-01") throws -> PaymentPlan {
        try PaymentPlan.agree(id: id, accountNumber: account, calculation: calculation(count: count, start: start),
                              agreedOn: date(agreedOn), agent: agent, eligibility: .eligible, calendar: calendar)
    }

    /// A plan cancelled for non-payment: its first two instalments missed, the second recorded on `cancelledOn`.
    static func cancelledPlan(id: String, start: String, cancelledOn: String) throws -> PaymentPlan {
        var plan = try self.plan(id: id, start: start, agreedOn: start)
        try plan.recordMissed(instalment: 1, on: date(cancelledOn))
        try plan.recordMissed(instalment: 2, on: date(cancelledOn))
        return plan
    }

    /// A household of two adults and one child: $2,600.00 a month in, $2,300.00 out.
    static func statement(monthlyIncome: String = "2600", monthlyCosts: String = "2300") throws -> IncomeExpenditure {
        try IncomeExpenditure(household: .init(adults: 2, children: 1),
                              income: [IncomeLine(.wages, dollars(monthlyIncome), .monthly)],
                              costs: [CostLine(.housing, dollars(monthlyCosts), .monthly)])
    }
}
