import Testing
@testable import TaplineDomain

@Suite("Bills: content (Charter 4.5), itemised charges (4.6), due dates (5.1)")
struct AccountBillTests {
    typealias F = AccountFixtures

    @Test("a bill may fall due 28 days after issue or later", arguments: ["2025-05-03", "2025-05-04", "2025-06-30"])
    func dueDateAtLeast28DaysAfterIssueIsAccepted_5_1(due: String) throws {
        // Given a bill issued 5 April 2025, When it falls due on or after 3 May, Then it is a valid bill.
        let bill = try F.bill(issued: "2025-04-05", due: due)
        #expect(bill.dueDate == F.date(due))
    }

    @Test("a bill due sooner than 28 days after issue is refused", arguments: ["2025-05-02", "2025-04-05", "2025-04-01"])
    func dueDateSoonerThan28DaysIsRefused_5_1(due: String) {
        // Given a bill issued 5 April 2025, When it would fall due before 3 May, Then it is refused, naming the earliest date.
        #expect(throws: BillError.dueDateTooSoon(issued: F.date("2025-04-05"), due: F.date(due), earliest: F.date("2025-05-03"))) {
            try F.bill(issued: "2025-04-05", due: due)
        }
        let message = BillError.dueDateTooSoon(issued: F.date("2025-04-05"), due: F.date(due), earliest: F.date("2025-05-03")).message
        #expect(message.contains("Sat 3 May 2025") && message.contains("5.1"))
    }

    @Test func earliestDueDateIs28DaysAfterIssue_5_1() {
        #expect(Bill.earliestDueDate(issuedOn: F.date("2024-02-10")) == F.date("2024-03-09"))  // across a leap day
        #expect(Bill.earliestDueDate(issuedOn: F.date("2025-12-20")) == F.date("2026-01-17"))  // across the year's end
    }

    @Test func amountDueIsArrearsPlusChargesLessConcession_4_5e_4_5k_4_5l() throws {
        // Given a previous bill of $300.00 of which $250.00 was paid, $530.40 of new charges and a $125.00 concession
        let bill = try F.bill(previous: Money(cents: 30_000), paid: Money(cents: 25_000), concession: Money(cents: 12_500))
        // Then $50.00 is carried from previous bills, and $455.40 is due
        #expect(bill.carriedFromPreviousBills == Money(cents: 5_000))
        #expect(bill.paymentsSinceLastBill == Money(cents: 25_000))
        #expect(bill.newCharges == Money(cents: 53_040))
        #expect(bill.amountDue == Money(cents: 45_540))
    }

    @Test func overpaymentCarriesACredit_4_5k() throws {
        // Given a previous bill of $100.00 paid with $160.00, Then $60.00 of credit is carried forward
        let bill = try F.bill(previous: Money(cents: 10_000), paid: Money(cents: 16_000), charges: [])
        #expect(bill.carriedFromPreviousBills == Money(cents: -6_000))
        #expect(bill.amountDue.isNegative)
    }

    @Test func chargesAreItemisedByKind_4_6() throws {
        let bill = try F.bill()
        #expect(bill.charges(of: .serviceCharge).map(\.service) == [.water, .sewerage])
        #expect(bill.charges(of: .usageCharge).map(\.description) == ["Water usage"])
        #expect(bill.charges(of: .serviceRelated).isEmpty)
        #expect(bill.charges(of: .other).count == 1)
    }

    @Test func estimatedReadingIsStatedClearly_4_5d() throws {
        let estimated = try F.bill(usage: F.usage("2024-12-01", "2025-03-31", litres: 40_000, read: .estimated))
        #expect(estimated.meterRead.isEstimated)
        #expect(estimated.meterRead.statement.contains("ESTIMATED"))
        let actual = try F.bill()
        #expect(actual.meterRead.statement == "Meter read Mon 31 Mar 2025")
    }

    @Test func averageDailyUseIsForTheBilledPeriod_4_5n() throws {
        // Given 121 days (1 Dec to 31 Mar) and 48,000 litres, Then the average is 397 litres a day (396.7 rounded)
        #expect(try F.bill().averageDailyLitres == 397)
    }

    @Test func refusesNegativePaymentsOrConcession() {
        #expect(throws: BillError.negativePayments(Money(cents: -1))) { try F.bill(paid: Money(cents: -1)) }
        #expect(throws: BillError.negativeConcession(Money(cents: -1))) { try F.bill(concession: Money(cents: -1)) }
    }

    @Test func refusesAPeriodThatEndsBeforeItStartsOrABillIssuedBeforeThePeriodEnds() {
        #expect(throws: BillError.periodEndsBeforeItStarts(start: F.date("2025-03-02"), end: F.date("2025-03-01"))) {
            try F.bill(usage: F.usage("2025-03-02", "2025-03-01", litres: 0))
        }
        #expect(throws: BillError.issuedBeforePeriodEnded(issued: F.date("2025-04-05"), periodEnd: F.date("2025-04-06"))) {
            try F.bill(usage: F.usage("2025-01-01", "2025-04-06", litres: 0))
        }
    }
}
