import Testing
@testable import TaplineDomain

@Suite("Bill payment history: paid on time, late, in part or not (Charter 5.6(a)(1), 7.2(a))")
struct BillPaymentHistoryTests {
    typealias A = AccountFixtures

    /// A $300.00 bill issued on `issued`, due 28 days later, carrying `previous` less `paid`.
    static func bill(_ issued: String, previous: String = "0", paid: String = "0") throws -> Bill {
        let issue = A.date(issued)
        return try Bill(issueDate: issue, dueDate: issue.adding(days: 28), accountNumber: "1000000001",
                        billingAddress: A.sunbury, propertyAddress: A.sunbury,
                        usage: A.usage(issue.adding(days: -120).iso, issue.adding(days: -1).iso, litres: 40_000),
                        previousBillAmount: PlansFixtures.dollars(previous), paymentsSinceLastBill: PlansFixtures.dollars(paid),
                        charges: [Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: Money(dollars: 300))],
                        concessionApplied: .zero)
    }

    static func payment(_ date: String, _ amount: String) -> Payment {
        Payment(date: A.date(date), amount: PlansFixtures.dollars(amount), method: .internet)
    }

    /// Four bills: paid on time, paid late, part-paid, then not paid at all.
    static func history(today: String) throws -> BillPaymentHistory {
        try BillPaymentHistory(
            bills: [bill("2024-05-05"), bill("2024-09-05", previous: "300", paid: "300"),
                    bill("2025-01-05", previous: "300", paid: "300"), bill("2025-05-05", previous: "300", paid: "100")],
            payments: [payment("2024-05-20", "300"), payment("2024-10-10", "300"), payment("2025-01-20", "100")],
            today: A.date(today))
    }

    @Test func eachBillIsJudgedByThePaymentsBeforeTheNextBill() throws {
        // Given four bills and payments on 20 May, 10 Oct (after the 3 Oct due date) and 20 Jan ($100 of $300)
        let history = try Self.history(today: "2025-06-10")
        // Then the outcomes read on time, late, part-paid, unpaid, with the amounts paid
        #expect(history.entries.map(\.outcome) == [.paidOnTime, .paidLate, .partPaid, .unpaid])
        #expect(history.entries.map(\.paid) == [Money(dollars: 300), Money(dollars: 300), Money(dollars: 100), .zero])
    }

    @Test func aBillIsNotJudgedUntilItsDueDateHasPassed() throws {
        // Given the last bill is due Mon 2 Jun 2025: on that day it is not yet due; the day after it is unpaid
        #expect(try Self.history(today: "2025-06-02").entries.last?.outcome == .notYetDue)
        #expect(try Self.history(today: "2025-06-03").entries.last?.outcome == .unpaid)
    }

    @Test func aBillAskingForNothingCountsAsPaid() throws {
        // Given a bill whose arrears were overpaid, so it asks for less than nothing
        let history = BillPaymentHistory(bills: [try Self.bill("2025-01-05", previous: "100", paid: "500")], payments: [],
                                         today: A.date("2025-03-01"))
        #expect(history.entries.map(\.outcome) == [.paidOnTime])
    }

    @Test func hardshipCountsBillsDueInTheTwelveMonthsBefore_5_6a1() throws {
        // Given today Tue 10 Jun 2025: the first bill was due 2 Jun 2024, more than 12 months ago
        let counted = try Self.history(today: "2025-06-10").hardshipHistory(today: A.date("2025-06-10"))
        // Then one late, one unpaid and one part-paid bill are counted, the first is not
        #expect(counted == HardshipCriteria.PaymentHistory(lateBills: 1, missedBills: 1, partPaidBills: 1))
    }

    @Test("consecutive unpaid bills count from twelve months after the oldest one's due date",
          arguments: [("2025-06-10", false), ("2026-02-01", false), ("2026-02-02", true)])
    func consecutiveUnpaidBillsForTwelveMonths_7_2a(today: String, expected: Bool) throws {
        // Given the run of bills not paid in full starts with the part-paid bill due Sun 2 Feb 2025
        let history = try Self.history(today: today)
        // Then the run reaches 12 months on Mon 2 Feb 2026 and not before
        #expect(history.unpaidConsecutiveBillsForTwelveMonths(today: A.date(today)) == expected)
    }

    @Test func aBillPaidInFullBreaksTheRun_7_2a() throws {
        // Given an unpaid bill followed by one paid in full
        let history = BillPaymentHistory(
            bills: [try Self.bill("2024-01-05"), try Self.bill("2024-05-05", previous: "300")],
            payments: [Self.payment("2024-05-20", "600")], today: A.date("2026-01-01"))
        // Then there is no run of unpaid bills, however long ago the first was due
        #expect(history.entries.map(\.outcome) == [.unpaid, .paidOnTime])
        #expect(!history.unpaidConsecutiveBillsForTwelveMonths(today: A.date("2026-01-01")))
    }
}
