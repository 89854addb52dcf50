import Testing
@testable import TaplineDomain

/// Issue 13 item 5: promises to pay and their follow-up (Charter 5.5(a), (b)), direct debit and
/// Centrepay only as the customer's choice (5.2(e), (g)), and each arrangement's written
/// confirmation within 10 business days (5.5(b)).
@Suite("Payment arrangements: promises to pay, direct debit and Centrepay (Charter 5.2, 5.5)")
struct PaymentArrangementTests {
    typealias F = PlansFixtures

    /// A promise made on Thu 17 Apr 2025 (before Easter) for `by`.
    func promise(_ amount: String = "120", by: String = "2025-04-24", madeOn: String = "2025-04-17") throws(PlanRefusal) -> PromiseToPay {
        try PromiseToPay(accountNumber: F.account, amount: F.dollars(amount), promisedBy: F.date(by), madeOn: F.date(madeOn),
                         agent: F.agent, calendar: F.calendar)
    }

    func paid(_ amount: String, on date: String) -> Payment {
        Payment(date: F.date(date), amount: F.dollars(amount), method: .internet)
    }

    // MARK: - Promises to pay

    @Test func aPromiseIsConfirmedInWritingWithinTenBusinessDays_5_5b() throws {
        // Good Friday, Easter Monday and ANZAC Day are not business days: Thu 17 Apr + 10 = Tue 6 May 2025
        #expect(try promise().writtenConfirmationDue == F.date("2025-05-06"))
    }

    @Test("a promise's date is a business day, not in the past, within the horizon", arguments: [
        ("2025-04-18", "Fri 18 Apr 2025 is Good Friday; the next business day is Tue 22 Apr 2025"),
        ("2025-05-03", "Sat 3 May 2025 is a weekend; the next business day is Mon 5 May 2025"),
        ("2025-04-16", "Wed 16 Apr 2025 is in the past; a promise is to pay on or after today (Thu 17 Apr 2025)"),
        ("2025-05-16", "a promise to pay is for at most 28 days (by Thu 15 May 2025); for longer, set up a payment plan (5.4)"),
    ])
    func refusesADateThatCannotBePromised_5_5a(by: String, message: String) {
        let refusal = #expect(throws: PlanRefusal.self) { try promise(by: by) }
        #expect(refusal?.message == message)
    }

    @Test func aPromiseForTodayOrTheLastDayOfTheHorizonIsTaken_5_5a() throws {
        #expect(try promise(by: "2025-04-17").promisedBy == F.date("2025-04-17"))
        #expect(try promise(by: "2025-05-15").promisedBy == F.date("2025-05-15"))
    }

    @Test("a promise is of more than nothing", arguments: ["0", "-5"])
    func refusesZeroOrNegativeAmounts_5_5a(amount: String) {
        let refusal = #expect(throws: PlanRefusal.self) { try promise(amount) }
        #expect(refusal?.message == "the amount promised must be more than $0.00")
    }

    @Test func aPromisePaidExactlyByTheDateIsKept_5_5a() throws {
        let made = try promise()
        let payments = [paid("20", on: "2025-04-16"), paid("100", on: "2025-04-22"), paid("20", on: "2025-04-24")]
        // The payment before the promise does not count; the two after it make exactly $120.00 on the date
        #expect(made.status(payments: payments, today: F.date("2025-04-30")) == .kept(on: F.date("2025-04-24")))
    }

    @Test func aPromiseOneCentShortIsMissedTheDayAfterTheDate_5_5a() throws {
        let made = try promise()
        let payments = [paid("119.99", on: "2025-04-23")]
        // On the date itself it is still pending: the customer has until the end of the day
        #expect(made.status(payments: payments, today: F.date("2025-04-24")) == .pending(paidSoFar: F.dollars("119.99")))
        #expect(made.status(payments: payments, today: F.date("2025-04-25")) == .missed(paid: F.dollars("119.99")))
    }

    @Test func aPaymentAfterTheDateDoesNotKeepAMissedPromise_5_5a() throws {
        let made = try promise()
        #expect(made.status(payments: [paid("120", on: "2025-04-28")], today: F.date("2025-04-29")) == .missed(paid: .zero))
    }

    @Test func aPaymentOnTheDayThePromiseIsMadeCounts_5_5a() throws {
        let made = try promise()
        #expect(made.status(payments: [paid("120", on: "2025-04-17")], today: F.date("2025-04-17")) == .kept(on: F.date("2025-04-17")))
    }

    @Test func aMissedPromiseShowsForFollowUpUntilANewArrangementIsRecorded_5_5a() throws {
        let made = try promise()
        let missed = ArrangementStanding.lines([.promiseToPay(made)], payments: [paid("20", on: "2025-04-22")], today: F.date("2025-04-28"))
        #expect(missed == [.init(text: "Promise to pay $120.00 by Thu 24 Apr 2025 MISSED ($20.00 paid)", needsFollowUp: true)])
        // The agent calls and the customer promises again: the missed one is followed up
        let again = try promise("100", by: "2025-05-02", madeOn: "2025-04-28")
        let lines = ArrangementStanding.lines([.promiseToPay(made), .promiseToPay(again)], payments: [], today: F.date("2025-04-28"))
        #expect(lines.map(\.text) == ["Promise to pay $100.00 by Fri 2 May 2025 (5.5(a))"])
        #expect(ArrangementStanding.promisesToFollowUp([.promiseToPay(made)], payments: [], today: F.date("2025-04-25")) == [made])
        #expect(ArrangementStanding.promisesToFollowUp([.promiseToPay(made), .promiseToPay(again)], payments: [], today: F.date("2025-04-28")).isEmpty)
    }

    // MARK: - Direct debit and Centrepay

    func method(_ method: PaymentMethodArrangement.Method, starts: String = "2025-04-22", chose: Bool = true) throws(PlanRefusal)
        -> PaymentMethodArrangement {
        try PaymentMethodArrangement(accountNumber: F.account, method: method, startsOn: F.date(starts), agreedOn: F.date("2025-04-17"),
                                     agent: F.agent, customerChose: chose, calendar: F.calendar)
    }

    @Test func directDebitIsNeverAConditionOfService_5_2() {
        let refusal = #expect(throws: PlanRefusal.self) {
            try method(.directDebitFromBank(bsb: "063-000", accountNumber: "12345678"), chose: false)
        }
        #expect(refusal?.message == "record direct debit only when the customer chose it: direct debit is never a condition of service (Charter 5.2)")
    }

    @Test func directDebitFromABankIsKeptCompactAndShownMasked_5_2g() throws {
        let made = try method(.directDebitFromBank(bsb: "063 000", accountNumber: "1234-5678"))
        #expect(made.method == .directDebitFromBank(bsb: "063000", accountNumber: "12345678"))
        #expect(made.method.masked == "bank account ending 5678 (BSB 063-•••)")
        #expect(made.writtenConfirmationDue == F.date("2025-05-06"))
        #expect(PaymentArrangement.paymentMethod(made).summary
                == "Direct debit from Tue 22 Apr 2025, bank account ending 5678 (BSB 063-•••) (chosen by the customer, 5.2(g))")
    }

    @Test func centrepayIsRecordedByTheCustomersCRN_5_2e() throws {
        let made = try method(.centrepay(crn: "412 345 678k"))
        #expect(made.method == .centrepay(crn: "412345678K"))
        #expect(made.method.clause == "5.2(e)" && made.method.masked == "CRN ending 678K")
    }

    @Test("malformed details are refused in words", arguments: [
        (PaymentMethodArrangement.Method.directDebitFromBank(bsb: "06300", accountNumber: "12345678"), "a BSB is 6 digits (“063-000”)"),
        (.directDebitFromBank(bsb: "063000", accountNumber: "12a45678"), "a bank account number has digits only"),
        (.directDebitFromBank(bsb: "063000", accountNumber: "1234"), "a bank account number has 5 to 10 digits, not 4"),
        (.directDebitFromCard(reference: "4111 1111 1111 1111"),
         "that is a card number: record the payment provider's reference, never the card number"),
        (.directDebitFromCard(reference: "tok_!"), "a reference has letters and digits only"),
        (.centrepay(crn: "41234567K"), "a CRN is 9 digits and a letter (“412 345 678K”)"),
        (.centrepay(crn: ""), "enter the customer's CRN (9 digits and a letter: “412 345 678K”)"),
    ])
    func refusesMalformedDetails_5_2(method details: PaymentMethodArrangement.Method, message: String) {
        let refusal = #expect(throws: PlanRefusal.self) { try method(details) }
        #expect(refusal?.message == message)
    }

    @Test func aStartOnAHolidayOrInThePastIsRefused_5_2() {
        let holiday = #expect(throws: PlanRefusal.self) { try method(.centrepay(crn: "412345678K"), starts: "2025-04-25") }
        #expect(holiday?.message == "Fri 25 Apr 2025 is ANZAC Day; the next business day is Mon 28 Apr 2025")
        let past = #expect(throws: PlanRefusal.self) { try method(.centrepay(crn: "412345678K"), starts: "2025-04-16") }
        #expect(past?.message == "Wed 16 Apr 2025 is in the past; payments can start today (Thu 17 Apr 2025) or later")
    }

    // MARK: - Every arrangement

    @Test func everyArrangementIsConfirmedInWritingWithinTenBusinessDays_5_5b() throws {
        let redirection = try BillRedirection(accountNumber: F.account, payerName: "Sam Carter", payerAddress: "4 Smith St, Melton VIC 3337",
                                              payerAgreedInWritingOn: F.date("2025-04-16"), customerConsentedInWritingOn: nil,
                                              agreedOn: F.date("2025-04-17"), agent: F.agent)
        let extended = try DueDateExtension(billReference: "issued Mon 17 Mar 2025", amountOwed: F.dollars("300"),
                                            amountExtended: F.dollars("300"), currentDueDate: F.date("2025-04-17"),
                                            newDueDate: F.date("2025-05-15"), agreedOn: F.date("2025-04-17"), agent: F.agent,
                                            calendar: F.calendar)
        let all: [PaymentArrangement] = [.dueDateExtension(extended), .promiseToPay(try promise()),
                                         .paymentMethod(try method(.centrepay(crn: "412345678K"))), .billRedirection(redirection)]
        #expect(all.map { $0.writtenConfirmationDue(calendar: F.calendar) } == Array(repeating: F.date("2025-05-06"), count: 4))
        let lines = ArrangementStanding.lines(all, payments: [], today: F.date("2025-04-17")).map(\.text)
        #expect(lines == ["Due date extended to Thu 15 May 2025 (5.5(d)) · bill issued Mon 17 Mar 2025",
                          "Promise to pay $120.00 by Thu 24 Apr 2025 (5.5(a))",
                          "Centrepay (chosen by the customer, 5.2(e)) from Tue 22 Apr 2025, CRN ending 678K",
                          "Bills redirected to Sam Carter (agreed in writing Wed 16 Apr 2025, 5.5(a)(2))"])
        // An extension whose new date has passed no longer shows
        #expect(ArrangementStanding.lines([.dueDateExtension(extended)], payments: [], today: F.date("2025-05-16")).isEmpty)
    }

    @Test func eachLetterStatesTheDateThatMattersAndTheClause_5_5b() throws {
        func letter(_ arrangement: PaymentArrangement) throws -> String {
            try ArrangementLetters.confirmation(for: arrangement, accountNumber: F.account, customerName: "Alex Nguyen",
                                                addressLines: ["12 Gap Rd", "Sunbury VIC 3429"], contact: .westernWater,
                                                date: F.date("2025-04-17"))
        }
        let promised = try letter(.promiseToPay(try promise()))
        #expect(promised.contains("you would pay **$120.00** by **24 April 2025**"))
        #expect(promised.contains("clause 5.5(b)"))
        let debit = try letter(.paymentMethod(try method(.directDebitFromBank(bsb: "063000", accountNumber: "12345678"))))
        #expect(debit.contains("by direct debit from your bank account ending 5678 (BSB 063-•••)"))
        #expect(debit.contains("starting on **22 April 2025**"))
        #expect(debit.contains("It is never a condition of our service (clause 5.2)"))
        #expect(!debit.contains("12345678"))
        let redirection = try BillRedirection(accountNumber: F.account, payerName: "Sam Carter", payerAddress: "4 Smith St, Melton VIC 3337",
                                              payerAgreedInWritingOn: F.date("2025-04-16"), customerConsentedInWritingOn: nil,
                                              agreedOn: F.date("2025-04-17"), agent: F.agent)
        let redirected = try letter(.billRedirection(redirection))
        #expect(redirected.contains("Sam Carter agreed in writing to pay them on 16 April 2025 (Customer Service Charter clause 5.5(a)(2))"))
    }
}
