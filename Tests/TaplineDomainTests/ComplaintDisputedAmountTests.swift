import Testing
@testable import TaplineDomain

/// The amount held from collection is bounded by what is owed (Charter 3.1(e)).
@Suite("Disputed amount: no more than the account owes (Charter 3.1(e))")
struct ComplaintDisputedAmountTests {
    typealias F = ComplaintFixtures

    func log(disputed: Money, owed: Money?) throws -> Complaint {
        try Complaint.log(accountNumber: "7001234567", receivedAt: F.time("2026-03-02T09:00"), channel: .phone,
                          category: .disputedAmount, description: "Bill too high", disputedAmount: disputed,
                          amountOwed: owed, loggedBy: "ajones", calendar: F.calendar)
    }

    @Test func aDisputedAmountAboveWhatIsOwedIsRefused_3_1e() {
        let owed = Money(dollars: 2_016, cents: 80)
        #expect(throws: ComplaintRefusal.disputedAmountExceedsOwed(amount: Money(dollars: 50_000), owed: owed)) {
            try log(disputed: Money(dollars: 50_000), owed: owed)
        }
        #expect(ComplaintRefusal.disputedAmountExceedsOwed(amount: Money(dollars: 50_000), owed: owed).message
                == "the disputed amount $50,000.00 is more than the $2,016.80 owed on the account; it cannot exceed what is owed (Charter 3.1(e))")
    }

    @Test func upToTheWholeAmountOwedMayBeDisputed_3_1e() throws {
        let owed = Money(dollars: 2_016, cents: 80)
        #expect(try log(disputed: owed, owed: owed).disputedAmount == owed)
        #expect(try log(disputed: Money(dollars: 684, cents: 90), owed: owed).disputedAmount == Money(dollars: 684, cents: 90))
    }

    @Test func nothingCanBeHeldOnAnAccountThatOwesNothing_3_1e() {
        #expect(throws: ComplaintRefusal.nothingOwed(balance: .zero)) { try log(disputed: Money(dollars: 10), owed: .zero) }
        #expect(throws: ComplaintRefusal.nothingOwed(balance: Money(cents: -1_250))) {
            try log(disputed: Money(dollars: 10), owed: Money(cents: -1_250))
        }
        #expect(ComplaintRefusal.nothingOwed(balance: Money(cents: -1_250)).message
                == "the account is in credit ($12.50), so no amount can be held from collection (Charter 3.1(e)); leave the disputed amount empty")
    }

    @Test func aDisputedAmountNeedsTheAmountOwedToCheckIt_3_1e() {
        #expect(throws: ComplaintRefusal.amountOwedUnknown) { try log(disputed: Money(dollars: 10), owed: nil) }
    }
}

/// A complaint logged after its reply date is overdue from the start (Charter 3.1(a)).
@Suite("Backdated complaints are overdue when logged (Charter 3.1(a))")
struct ComplaintBackdatedTests {
    typealias F = ComplaintFixtures

    /// Received Tue 10 Nov 2026, logged Tue 1 Dec 2026: the reply was due Tue 24 Nov 2026.
    func backdated() throws -> Complaint {
        try Complaint.log(id: "C-2026-000900", accountNumber: "7001234567", receivedAt: F.time("2026-11-10T09:00"),
                          channel: .letter, category: .billing, description: "The bill is wrong.",
                          loggedAt: F.time("2026-12-01T10:00"), loggedBy: "ajones", calendar: F.calendar)
    }

    @Test func aBackdatedComplaintIsOverdueOnSaving_3_1a() throws {
        let complaint = try backdated()
        #expect(complaint.dueDate == F.date("2026-11-24"))
        #expect(complaint.wasOverdueWhenLogged)
        #expect(complaint.urgency(today: F.date("2026-12-01"), calendar: F.calendar) == .overdue)
        #expect(!(try F.logged()).wasOverdueWhenLogged)
    }

    @Test func theAcknowledgementOfABackdatedComplaintDoesNotPromiseAPastDate_3_1a() throws {
        let letter = try ComplaintLetters.acknowledgement(for: try backdated(), customerName: "Jane Citizen", addressLines: [],
                                                          contact: .westernWater, date: F.date("2026-12-01"), calendar: F.calendar)
        #expect(!letter.contains("no later than **24 November 2026**"))
        #expect(letter.contains("Our reply was due by **24 November 2026**"))
        #expect(letter.contains("we apologise that we have not replied in time"))
        // The next business day after the letter
        #expect(letter.contains("We will reply no later than **2 December 2026**."))
    }

    @Test func aLateResponseSaysItWasLate_3_1a() throws {
        let answered = try backdated().responding(at: F.time("2026-12-02T10:00"), by: "ajones", text: "Refund", reasons: "Misread")
        let letter = try ComplaintLetters.response(for: answered, customerName: "Jane Citizen", addressLines: [],
                                                   contact: .westernWater, date: F.date("2026-12-02"), calendar: F.calendar)
        #expect(letter.contains("should have replied within 10 business days, by 24 November 2026"))
        #expect(letter.contains("We apologise that our reply was late."))
        #expect(!letter.contains("committed to reply"))
    }

    @Test func theLatePromiseIsTheNextBusinessDay_3_1a() {
        // Christmas Eve 2026 (Thu): the next business day is Tue 29 Dec (Christmas, Boxing Day observed)
        #expect(CustomerPromise.lateReplyBy(today: F.date("2026-12-24"), calendar: F.calendar) == F.date("2026-12-29"))
    }
}
