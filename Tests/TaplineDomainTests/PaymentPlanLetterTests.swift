import Testing
@testable import TaplineDomain

@Suite("Payment plan confirmation letters (Charter 5.4(a)-(e), 5.5(b), (d))")
struct PaymentPlanLetterTests {
    typealias F = PlansFixtures

    func letter(for plan: PaymentPlan, name: String = "Alex Nguyen") throws(PlanRefusal) -> String {
        try PlanLetters.confirmation(for: plan, customerName: name, addressLines: ["12 Gap Rd", "Sunbury VIC 3429"],
                                     contact: .westernWater, date: F.date("2025-04-17"))
    }

    /// A weekly plan from Good Friday 2025, agreed the day before.
    func easterPlan() throws -> PaymentPlan {
        try PaymentPlan.agree(id: "PP-7", accountNumber: F.account,
                              calculation: try PaymentPlanCalculator.calculate(
                                  PlanRequest(debt: F.dollars("250"), expectedCharges: .perPeriod(F.dollars("10")), frequency: .weekly,
                                              start: F.date("2025-04-18"), sizing: .instalment(F.dollars("100"))),
                                  calendar: F.calendar),
                              agreedOn: F.date("2025-04-17"), agent: F.agent, eligibility: .eligible, calendar: F.calendar)
    }

    @Test func statesCalculationPeriodAndAmountEachPeriod_5_4abc() throws {
        let text = try letter(for: try easterPlan())
        // 5.4(a): $250.00 + 3 × $10.00 = $280.00, paid $100, $100, $80
        #expect(text.contains("Amount owed $250.00, plus expected charges of $10.00 a week for 3 weeks ($30.00): $280.00 in total."))
        #expect(text.contains("Set from a capacity to pay of $100.00 a week: 2 weekly instalments of $100.00 and a last instalment of $80.00."))
        // 5.4(b)
        #expect(text.contains("Paid over 3 weeks, from Tue 22 Apr 2025 to Fri 2 May 2025."))
        // 5.4(c) and the schedule, each instalment on its business day, with the total
        #expect(text.contains("Amount each week: $100.00 (the last one $80.00)."))
        #expect(text.contains("| 1 | Tue 22 Apr 2025 | $100.00 |"))
        #expect(text.contains("| 2 | Mon 28 Apr 2025 | $100.00 |"))
        #expect(text.contains("| 3 | Fri 2 May 2025 | $80.00 |"))
        #expect(text.contains("| | **Total** | **$280.00** |"))
        #expect(text.contains("Fri 18 Apr 2025 → Tue 22 Apr 2025"))
    }

    @Test func theLetterSaysTheAmountInDisputeIsLeftOut_3_1e() throws {
        // Given a plan on $2,016.80 owed with $684.90 in dispute
        let plan = try PaymentPlan.agree(id: "PP-8", accountNumber: F.account,
                                         calculation: try PaymentPlanCalculator.calculate(
                                             PlanRequest(debt: F.dollars("2016.80"), amountInDispute: F.dollars("684.90"),
                                                         frequency: .fortnightly, start: F.date("2025-04-22"), sizing: .instalments(4)),
                                             calendar: F.calendar),
                                         agreedOn: F.date("2025-04-17"), agent: F.agent, eligibility: .eligible, calendar: F.calendar)
        let text = try letter(for: plan)
        // Then the letter has a section on the amount in dispute, and the schedule totals the undisputed amount
        #expect(text.contains("### The amount in dispute (clause 3.1(e))"))
        #expect(text.contains("$684.90 of the $2,016.80 you owe is in dispute. It is not part of this plan, and we will not try "
                              + "to recover it until the dispute is resolved. The plan covers the other $1,331.90."))
        #expect(text.contains("| | **Total** | **$1,331.90** |"))
    }

    @Test func aLongPlanLetterGivesItsReviewDate_5_4d() throws {
        // Given $5,000.01 at $77.77 a fortnight: 65 fortnights
        let plan = try PaymentPlan.agree(id: "PP-9", accountNumber: F.account,
                                         calculation: try PaymentPlanCalculator.calculate(
                                             PlanRequest(debt: F.dollars("5000.01"), frequency: .fortnightly, start: F.date("2025-04-22"),
                                                         sizing: .instalment(F.dollars("77.77"))), calendar: F.calendar),
                                         agreedOn: F.date("2025-04-17"), agent: F.agent, eligibility: .eligible, calendar: F.calendar)
        let text = try letter(for: plan)
        // Then it says why the plan is long and when it will be reviewed
        #expect(text.contains("The plan runs for more than 2 years because it is set at what you told us you can pay"))
        #expect(text.contains("We will contact you by 22 April 2026 to check that it still suits you"))
        #expect(!text.contains("### The amount in dispute"))
    }

    @Test func confirmsInWritingAndAddressesTheCustomer_5_4e() throws {
        let text = try letter(for: try easterPlan())
        #expect(text.hasPrefix("# Western Water\n\n17 April 2025\n\nAlex Nguyen  \n12 Gap Rd  \nSunbury VIC 3429\n"))
        #expect(text.contains("**Plan reference:** PP-7"))
        #expect(text.contains("On 17 April 2025 we agreed a flexible payment plan with you. This letter confirms it in writing (Customer Service Charter clause 5.4(e))."))
        #expect(text.contains("1800 500 509"))          // EWOV
        #expect(text.contains("Utility Relief Grant Scheme"))
        #expect(text.contains("ask us to change the plan"))
    }

    @Test func aRenegotiatedPlanSaysWhatItReplacesAndWhy_5_4d() throws {
        let (_, new) = try F.plan(id: "PP-1").renegotiated(
            newID: "PP-2", calculation: try F.calculation(debt: "750", count: 6, start: "2025-05-26"), on: F.date("2025-05-12"),
            agent: F.agent, changeOfCircumstances: "Hours cut from 38 to 20 a week.", calendar: F.calendar)
        let text = try letter(for: new)
        #expect(text.contains("It replaces plan PP-1"))
        #expect(text.contains("> Hours cut from 38 to 20 a week."))
        #expect(!text.contains("hardship programme"))
    }

    @Test func refusesALetterWithNoName() throws {
        let plan = try easterPlan()
        #expect(throws: PlanRefusal.self) { try letter(for: plan, name: "  ") }
    }

    @Test func extensionConfirmationStatesTheNewDateAndWhatRemainsDue_5_5d() throws {
        let granted = try DueDateExtension(billReference: "B-2025-0042", amountOwed: F.dollars("420"), amountExtended: F.dollars("300"),
                                           currentDueDate: F.date("2025-05-14"), newDueDate: F.date("2025-06-11"),
                                           agreedOn: F.date("2025-05-12"), agent: F.agent, calendar: F.calendar)
        let text = try PlanLetters.extensionConfirmation(for: granted, accountNumber: F.account, customerName: "Alex Nguyen",
                                                         addressLines: [], contact: .westernWater, date: F.date("2025-05-12"))
        #expect(text.contains("extend the due date for $300.00 of the $420.00 on bill B-2025-0042 from 14 May 2025 to **11 June 2025**"))
        #expect(text.contains("The other $120.00 is still due on 14 May 2025."))
    }
}
