import Testing
@testable import TaplineDomain

@Suite("Extending a bill's due date (Charter 5.5(d))")
struct PaymentPlanDueDateExtensionTests {
    typealias F = PlansFixtures

    func extend(owed: String = "420", amount: String = "420", current: String = "2025-05-14",
                new: String = "2025-06-11", agreedOn: String = "2025-05-12") throws(PlanRefusal) -> DueDateExtension {
        try DueDateExtension(billReference: "B-2025-0042", amountOwed: F.dollars(owed), amountExtended: F.dollars(amount),
                             currentDueDate: F.date(current), newDueDate: F.date(new), agreedOn: F.date(agreedOn),
                             agent: F.agent, calendar: F.calendar)
    }

    @Test func extendsSomeOrAllOfTheAmount_5_5d() throws {
        let all = try extend()
        #expect(all.daysExtended == 28)
        #expect(all.writtenConfirmationDue == F.date("2025-05-26"))
        #expect(try extend(amount: "200").amountExtended == F.dollars("200"))
    }

    @Test("refuses an extension that extends nothing or more than is owed", arguments: [
        ("420", "2025-05-14", "after the current due date"),
        ("420", "2025-05-13", "after the current due date"),
        ("0", "2025-06-11", "more than $0.00"),
        ("420.01", "2025-06-11", "more than the amount owed"),
    ])
    func refusesInvalid_5_5d(amount: String, new: String, mentions: String) {
        let error = #expect(throws: PlanRefusal.self) { try extend(amount: amount, new: new) }
        #expect(error?.message.contains(mentions) == true)
    }

    @Test func refusesANewDateOnAHolidayAndSuggestsTheNextBusinessDay_5_5d() {
        // Given King's Birthday, Mon 9 Jun 2025
        let error = #expect(throws: PlanRefusal.self) { try extend(new: "2025-06-09") }
        #expect(error?.message == "Mon 9 Jun 2025 is King's Birthday; the next business day is Tue 10 Jun 2025")
        let weekend = #expect(throws: PlanRefusal.self) { try extend(new: "2025-06-07") }
        #expect(weekend?.message == "Sat 7 Jun 2025 is a weekend; the next business day is Tue 10 Jun 2025")
    }
}
