import Foundation
import Testing
@testable import TaplineDomain

@Suite("Payment plan calculator: total, schedule and explanation (Charter 5.4(a)-(c))")
struct PaymentPlanCalculatorTests {
    typealias F = PlansFixtures

    func calculate(debt: String, charges: ExpectedCharges = .none, frequency: InstalmentFrequency = .fortnightly,
                   start: String = "2025-05-05", sizing: PlanRequest.Sizing) throws(PlanRefusal) -> PlanCalculation {
        try PaymentPlanCalculator.calculate(
            PlanRequest(debt: F.dollars(debt), expectedCharges: charges, frequency: frequency, start: F.date(start), sizing: sizing),
            calendar: F.calendar)
    }

    @Test func fromCapacityToPayTheLastInstalmentIsSmaller_5_4() throws {
        // Given $1,000.00 owed, usage of $30.00 a fortnight and a capacity of $120.00 a fortnight
        let plan = try calculate(debt: "1000", charges: .perPeriod(F.dollars("30")), sizing: .instalment(F.dollars("120")))
        // Then 12 fortnights are needed (11 × $90 net falls short), the total is $1,360.00
        #expect(plan.instalments.count == 12)
        #expect(plan.expectedChargesTotal == F.dollars("360"))
        #expect(plan.total == F.dollars("1360"))
        #expect(plan.instalments.dropLast().allSatisfy { $0.amount == F.dollars("120") })
        #expect(plan.instalments.last?.amount == F.dollars("40"))
        #expect(plan.instalments.map(\.amount).sum() == plan.total)
    }

    @Test("instalment count is ceil(total / instalment)", arguments: [
        ("1000", "300", 4, "100"), ("900", "300", 3, "300"), ("0.01", "0.01", 1, "0.01"), ("250", "250", 1, "250"),
        ("1234.56", "100", 13, "34.56"),
    ])
    func countFromInstalment_5_4c(debt: String, instalment: String, count: Int, last: String) throws {
        let plan = try calculate(debt: debt, sizing: .instalment(F.dollars(instalment)))
        #expect(plan.instalments.count == count)
        #expect(plan.instalments.last?.amount == F.dollars(last))
        #expect(plan.instalments.map(\.amount).sum() == F.dollars(debt))
    }

    @Test("an equal split sums exactly to the total, odd cents first", arguments: [
        ("1000", 3), ("0.05", 4), ("999.99", 7), ("12345.67", 52), ("100", 1),
    ])
    func equalSplitSumsExactly_5_4c(debt: String, count: Int) throws {
        let plan = try calculate(debt: debt, sizing: .instalments(count))
        let amounts = plan.instalments.map(\.amount)
        #expect(amounts.count == count)
        #expect(amounts.sum() == F.dollars(debt))
        #expect(amounts.max()!.cents - amounts.min()!.cents <= 1)
        #expect(amounts == amounts.sorted(by: >))
    }

    @Test func perDayChargesCountTheDaysOfThePlanPeriod_5_4() throws {
        // Given $500.00 owed and $1.00 a day of usage, paid $200.00 a month from Fri 31 Jan 2025
        let plan = try calculate(debt: "500", charges: .perDay(F.dollars("1")), frequency: .monthly, start: "2025-01-31",
                                 sizing: .instalment(F.dollars("200")))
        // Then three months (31 Jan – 29 Apr, 89 days) are needed: $589.00, the last $189.00
        #expect(plan.instalments.count == 3)
        #expect(plan.expectedChargesTotal == F.dollars("89"))
        #expect(plan.instalments.map(\.amount) == [F.dollars("200"), F.dollars("200"), F.dollars("189")])
        // And monthly dates keep to the month's end without drifting
        #expect(plan.instalments.map(\.scheduledDate) == [F.date("2025-01-31"), F.date("2025-02-28"), F.date("2025-03-31")])
    }

    @Test func aFirstDateOnAPublicHolidayMovesToTheNextBusinessDay_partC() throws {
        // Given weekly instalments from Good Friday, 18 Apr 2025 (then Easter Monday, and Anzac Day on the next Friday)
        let plan = try calculate(debt: "300", frequency: .weekly, start: "2025-04-18", sizing: .instalments(3))
        // Then the first is due Tue 22 Apr, the second Mon 28 Apr, the third Fri 2 May as scheduled
        #expect(plan.instalments.map(\.dueDate) == [F.date("2025-04-22"), F.date("2025-04-28"), F.date("2025-05-02")])
        #expect(plan.instalments.map(\.wasMoved) == [true, true, false])
        #expect(plan.instalments.map(\.scheduledDate) == [F.date("2025-04-18"), F.date("2025-04-25"), F.date("2025-05-02")])
        #expect(plan.explanation.contains("Fri 18 Apr 2025 → Tue 22 Apr 2025"))
    }

    @Test func aWeekendDateMovesToMonday_partC() throws {
        let plan = try calculate(debt: "100", frequency: .monthly, start: "2025-05-31", sizing: .instalments(1))
        #expect(plan.instalments[0].dueDate == F.date("2025-06-02"))
    }

    @Test func explanationStatesCalculationPeriodAndAmount_5_4abc() throws {
        let plan = try calculate(debt: "1000", charges: .perPeriod(F.dollars("30")), sizing: .instalment(F.dollars("120")))
        let lines = plan.explanation.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Amount owed $1,000.00, plus expected charges of $30.00 a fortnight for 12 fortnights ($360.00): $1,360.00 in total.")
        #expect(lines[1] == "Set from a capacity to pay of $120.00 a fortnight: 11 fortnightly instalments of $120.00 and a last instalment of $40.00.")
        #expect(lines[2] == "Paid over 12 fortnights, from Mon 5 May 2025 to Mon 6 Oct 2025.")
        #expect(lines[3] == "Amount each fortnight: $120.00 (the last one $40.00).")
        #expect(plan.amountPerPeriod == F.dollars("120"))
        #expect(plan.firstDate == F.date("2025-05-05"))
        #expect(plan.lastDueDate == F.date("2025-10-06"))
    }

    @Test func explanationOfAnUnevenSplit_5_4a() throws {
        let plan = try calculate(debt: "1000", frequency: .monthly, sizing: .instalments(3))
        #expect(plan.explanation.contains("Split equally into 3 monthly instalments: the first 1 of $333.34 and the other 2 of $333.33"))
        #expect(plan.explanation.contains("Amount each month: $333.34 or $333.33, as in the schedule."))
    }

    @Test func planSizedByCapacityIsNeverRefusedForLength_5_4() throws {
        // Given $5,000.01 owed and a capacity to pay of $77.77 a fortnight (issue 10 item 8)
        let plan = try calculate(debt: "5000.01", start: "2026-01-05", sizing: .instalment(F.dollars("77.77")))
        // Then the plan is made: 64 × $77.77 and a last $22.73, two and a half years
        #expect(plan.instalments.count == 65)
        #expect(plan.instalmentSummary == "64 × $77.77 + 1 × $22.73")
        #expect(plan.instalments.map(\.amount).sum() == F.dollars("5000.01"))
        // And, being longer than two years, it carries a warning and a review date 12 months on (a business day)
        #expect(plan.reviewBy == F.date("2027-01-05"))
        #expect(plan.lengthWarning?.contains("review it by Tue 5 Jan 2027") == true)
        #expect(plan.explanation.contains("reviewed with the customer by Tue 5 Jan 2027"))
    }

    @Test("a long plan by count is not refused either, and a two-year plan has no review date",
          arguments: [(InstalmentFrequency.weekly, 104), (.fortnightly, 52), (.monthly, 24)])
    func countIsNotLimitedToTwoYears_5_4(frequency: InstalmentFrequency, twoYears: Int) throws {
        #expect(try calculate(debt: "5000", frequency: frequency, sizing: .instalments(twoYears)).reviewBy == nil)
        let longer = try calculate(debt: "5000", frequency: frequency, sizing: .instalments(twoYears * 2))
        #expect(longer.instalments.count == twoYears * 2)
        #expect(longer.reviewBy != nil)
    }

    @Test func onlyAnInstalmentThatCanNeverClearTheDebtIsRefused_5_4() throws {
        // Given $10,000.00 at $0.01 a week: it would take 19,000 years
        let error = #expect(throws: PlanRefusal.self) { try calculate(debt: "10000", frequency: .weekly, sizing: .instalment(Money(cents: 1))) }
        // Then the refusal is not about a longest period, and points to hardship help
        #expect(error?.message.contains("cannot pay it off") == true)
        #expect(error?.message.contains("5.6(g)") == true)
        #expect(error?.message.contains("longest allowed") == false)
        // And $50.00 a week (the old two-year limit's example) is a plan of 200 weeks
        #expect(try calculate(debt: "10000", frequency: .weekly, sizing: .instalment(F.dollars("50"))).instalments.count == 200)
    }

    @Test func thePlanCoversOnlyTheUndisputedAmount_3_1e() throws {
        // Given $2,016.80 owed, $684.90 of it in dispute (issue 10 item 9)
        let plan = try PaymentPlanCalculator.calculate(
            PlanRequest(debt: F.dollars("2016.80"), amountInDispute: F.dollars("684.90"), frequency: .fortnightly,
                        start: F.date("2025-05-05"), sizing: .instalments(4)), calendar: F.calendar)
        // Then the plan recovers only the undisputed $1,331.90
        #expect(plan.total == F.dollars("1331.90"))
        #expect(plan.instalments.map(\.amount).sum() == F.dollars("1331.90"))
        // And it says so, and why
        #expect(plan.explained.howCalculated.first == "Amount owed $2,016.80, of which $684.90 is in dispute: it is not part of "
                + "the plan and will not be recovered until the dispute is resolved (Charter 3.1(e)).")
        #expect(plan.explanation.contains("The plan covers the undisputed $1,331.90."))
    }

    @Test func aPlanCannotBeMadeWhenAllTheDebtIsInDispute_3_1e() {
        let error = #expect(throws: PlanRefusal.self) {
            try PaymentPlanCalculator.calculate(
                PlanRequest(debt: F.dollars("500"), amountInDispute: F.dollars("684.90"), frequency: .fortnightly,
                            start: F.date("2025-05-05"), sizing: .instalments(4)), calendar: F.calendar)
        }
        #expect(error?.message.contains("Charter 3.1(e)") == true)
    }

    @Test("the instalments read as runs that add up", arguments: [
        (["126.92"], 29, "80.14", "29 × $126.92 + 1 × $80.14"),
        (["50"], 5, "50", "6 × $50.00"),
    ])
    func instalmentSummaryAddsUp_5_4c(first: [String], repeats: Int, last: String, expected: String) {
        let amounts = Array(repeating: F.dollars(first[0]), count: repeats) + [F.dollars(last)]
        #expect(PlanCalculation.summary(of: amounts) == expected)
    }

    @Test func plansSavedBeforeTheDisputedAmountWasKeptStillRead() throws {
        // Given a stored plan request with no amountInDispute key
        let saved = PlanRequest(debt: F.dollars("10"), frequency: .weekly, start: F.date("2025-05-05"), sizing: .instalments(2))
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(saved)) as? [String: Any])
        object["amountInDispute"] = nil
        // Then it reads back with nothing in dispute
        let request = try JSONDecoder().decode(PlanRequest.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(request == saved)
        #expect(request.amountInDispute == .zero)
    }

    @Test func anInstalmentThatOnlyCoversUsageIsRefused_5_4() {
        #expect(throws: PlanRefusal.self) {
            try calculate(debt: "100", charges: .perPeriod(F.dollars("40")), sizing: .instalment(F.dollars("40")))
        }
    }

    @Test("refuses what cannot be a plan", arguments: [
        ("0", PlanRequest.Sizing.instalments(3), "more than $0.00"),
        ("-5", .instalment(Money(cents: 100)), "more than $0.00"),
        ("100", .instalment(.zero), "instalment must be more than $0.00"),
        ("100", .instalment(Money(cents: -1)), "instalment must be more than $0.00"),
        ("100", .instalment(Money(cents: 10_001)), "more than the whole amount of $100.00"),
        ("100", .instalments(0), "at least one instalment"),
    ])
    func refusesWithAMessage_5_4(debt: String, sizing: PlanRequest.Sizing, mentions: String) {
        let error = #expect(throws: PlanRefusal.self) { try calculate(debt: debt, sizing: sizing) }
        #expect(error?.message.contains(mentions) == true)
    }

    @Test func refusesNegativeExpectedCharges() {
        #expect(throws: PlanRefusal.self) { try calculate(debt: "100", charges: .perDay(Money(cents: -1)), sizing: .instalments(2)) }
    }

    @Test func survivesEncoding() throws {
        let plan = try calculate(debt: "1000", charges: .perDay(F.dollars("1.25")), sizing: .instalment(F.dollars("150")))
        #expect(try JSONDecoder().decode(PlanCalculation.self, from: JSONEncoder().encode(plan)) == plan)
    }
}
