import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Payment plan setup screen: live schedule exact to the cent, 5.4 explanation, assurance, agreeing (Charter 5.4, 5.5)")
struct PaymentPlanSetupScreenTests {
    typealias F = PlansUIFixtures

    func open(_ store: PlansFakeStore, assessment: HardshipAssessment? = nil) -> PlansConsole {
        PlansConsole(AnyScreen(PlanSetupScreen(context: F.account, assessment: assessment)), store: store)
    }

    @Test func theScheduleSumsExactlyToTheAmountOwed_5_4() {
        // Given $1,184.60 owed, split into the default 6 fortnightly instalments from Tue 10 Mar 2026
        let console = open(PlansFakeStore())
        let text = console.text
        // Then the odd cents go to the first instalments and the total is the amount owed exactly
        #expect(text.contains("  1  Tue 10 Mar 2026       $197.44"))
        #expect(text.contains("  3  Tue 7 Apr 2026        $197.43"))
        #expect(text.contains("Total (6)           $1,184.60"))
        // And the 5.4(a)-(c) explanation is beside it
        #expect(text.contains("Split equally into 6 fortnightly"))
        #expect(text.contains("Paid over 6 fortnights, from Tue 10 Mar"))
        // And the screen itself names the customer and account (the title line is cut at 80 columns)
        #expect(text.contains("Mel Carter · account 1000000042 · Owes $1,184.60"))
    }

    @Test func anAccountInCreditShowsItsBalanceNotADebt() {
        // Given an account $71.81 in credit
        let console = open(PlansFakeStore(start: F.start(balance: "-71.81")))
        // Then the first line gives the balance, and never "Owes -$71.81"
        #expect(console.text.contains("Mel Carter · account 1000000042 · Balance -$71.81"))
        #expect(!console.text.contains("Owes -"))
    }

    @Test func aPlanSizedByCapacityToPayEndsWithASmallerInstalment_5_4() throws {
        // Given an assessment leaving $40.00 a fortnight
        let store = PlansFakeStore()
        let console = open(store, assessment: try F.assessment())
        #expect(console.text.contains("under hardship assessment"))
        #expect(console.text.contains("HA-2026-000001 (Charter 5.6(d))"))
        #expect(console.text.contains("capacity to pay $40.00 a fortnight"))
        // Then 29 instalments of $40.00 and a last of $24.60 make $1,184.60
        let calculation = try #require(try console.top(PlanSetupScreen.self)?.preview?.get())
        #expect(calculation.instalments.count == 30)
        #expect(console.text.contains("Total (30)          $1,184.60"))
        #expect(console.text.contains("▼ 23 more (PgDn/PgUp)"))
        for _ in 0..<5 { console.press(.pageDown) }
        #expect(console.text.contains(" 29  Tue 6 Apr 2027         $40.00"))
        #expect(console.text.contains(" 30  Tue 20 Apr 2027        $24.60"))
    }

    @Test func aPlanOnAnAccountWithADisputeCoversTheUndisputedAmount_3_1e() throws {
        // Given $2,016.80 owed with $684.90 in dispute (issue 10 item 9)
        let store = PlansFakeStore(start: F.start(balance: "2016.80"), amountInDispute: F.dollars("684.90"))
        let console = open(store)
        // Then the screen says the disputed amount is left out, and the schedule covers only the rest
        let text = console.text
        #expect(text.contains("▲ $684.90 is in dispute and left out of the plan until the dispute is resolved"))
        #expect(text.contains("the plan covers the undisputed $1,331.90"))
        #expect(text.contains("Total (6)           $1,331.90"))
        #expect(!text.contains("Total (6)           $2,016.80"))
        let calculation = try #require(try console.top(PlanSetupScreen.self)?.preview?.get())
        #expect(calculation.total == F.dollars("1331.90"))
        // When agreed, Then the saved plan keeps the disputed amount out
        console.press(.function(2))
        #expect(store.plans.last?.calculation.amountInDispute == F.dollars("684.90"))
        #expect(store.plans.last?.instalments.map(\.amount).sum() == F.dollars("1331.90"))
    }

    @Test func planSizedByCapacityIsNeverRefusedForLength_5_4() throws {
        // Given $5,000.01 owed and a capacity to pay of $77.77 a fortnight (issue 10 item 8)
        let console = open(PlansFakeStore(start: F.start(balance: "5000.01")))
        console.press(.tab, .tab, .tab, .tab, .left)       // Size by: capacity to pay
        console.press(.tab)
        console.type("77.77")
        // Then the plan is shown, not refused: 65 instalments, a warning and a review date
        let text = console.text
        #expect(!text.contains("✖"))
        #expect(text.contains("Total (65)          $5,000.01"))
        #expect(text.contains("▲ Long plan (65 fortnightly instalments"))
        #expect(text.contains("review it by Wed 10 Mar 2027"))
        #expect(try console.top(PlanSetupScreen.self)?.preview?.get().reviewBy != nil)
    }

    @Test func changingTheFrequencyCarriesThePrefilledAmountsAcross() throws {
        // Given $1,300.00 of charges last year and a capacity of $1,040.00 a year
        let console = open(PlansFakeStore(chargesLastYear: F.dollars("1300")), assessment: try F.assessment())
        #expect(console.top(PlanSetupScreen.self)?.form?[.charges] == "50.00")
        // When the frequency goes to weekly
        console.press(.tab, .left)
        // Then the charges, the instalment and their labels are per week
        let form = try #require(console.top(PlanSetupScreen.self)?.form)
        #expect(form[.frequency] == "weekly")
        #expect(form[.charges] == "25.00")
        #expect(form[.instalment] == "20.00")
        #expect(console.text.contains("Instalment a week"))
        // And an amount the agent typed is kept when the frequency changes again
        console.press(.tab)
        console.replace(with: "30")
        console.press(.backTab, .right, .right)
        #expect(console.top(PlanSetupScreen.self)?.form?[.charges] == "30")
        #expect(console.top(PlanSetupScreen.self)?.form?[.frequency] == "monthly")
    }

    @Test func whatCannotBeReadIsSaidPlainly() {
        let console = open(PlansFakeStore())
        console.replace(with: "abc")
        #expect(console.text.contains("✖ amount owed: “abc” is not an amount — use digits like 1234.56"))
        console.replace(with: "1184.60")
        console.press(.tab, .tab, .tab)
        console.replace(with: "2026-03-02")
        #expect(console.text.contains("✖ the first instalment cannot be before today (Tue 3 Mar 2026)"))
        console.replace(with: "2026-02-30")
        console.press(.function(2))
        #expect(console.text.contains("✖ write the date as YYYY-MM-DD"))
        #expect(console.top(PlanSetupScreen.self)?.agreed == nil)
    }

    @Test func agreeingSavesThePlanWritesTheLetterAndSaysWhenConfirmationIsDue_5_4e_5_5b() throws {
        let store = PlansFakeStore()
        let console = open(store)
        console.press(.function(2))
        // Then the plan is saved and its confirmation letter written
        let plan = try #require(store.plans.last)
        #expect(plan.id == "PP-2026-000001")
        #expect(plan.instalments.map(\.amount).sum() == F.dollars("1184.60"))
        let text = console.text
        #expect(text.contains("✔ Plan PP-2026-000001 agreed."))
        #expect(text.contains("Confirmation letter PP-2026-000001-confirmation-2026-03-03.md"))
        #expect(text.contains("in /letters"))
        // And confirmation is due 10 business days on: Labour Day (Mon 9 Mar) does not count
        #expect(text.contains("Send the written confirmation by Wed 18 Mar 2026"))
        // And training sees the plan
        #expect(console.console.traineeActions.map(\.action)
                == [.planCreated(instalment: F.dollars("197.44"), frequency: "fortnightly", instalmentCount: 6)])
        #expect(console.top(PlanSetupScreen.self)?.hasUnsavedInput == false)
    }

    @Test func aLetterThatCannotBeWrittenDoesNotLoseThePlan() throws {
        let store = PlansFakeStore(letterFailure: "the letters folder is full")
        let console = open(store)
        console.press(.function(2))
        #expect(store.plans.count == 1)
        #expect(console.text.contains("✖ The confirmation letter was not written: the letters folder is full"))
    }

    @Test func twoCancelledPlansNeedTheCustomersAssurance_5_4() throws {
        // Given two plans cancelled for non-payment in the past 12 months
        let store = PlansFakeStore(plans: [try F.cancelledPlan(id: "PP-2025-000001", on: "2025-07-01"),
                                           try F.cancelledPlan(id: "PP-2025-000002", on: "2025-09-01")])
        let console = open(store)
        #expect(console.text.contains("▲ 2 plans were cancelled for non-payment in the past 12 months"))
        // When F2 is pressed without an assurance, Then nothing is agreed and the field says why
        console.press(.function(2))
        #expect(console.text.contains("✖ write down the customer's assurance"))
        #expect(store.plans.count == 2)
        // When the assurance is written, Then the plan is agreed with it
        console.type("Started a new job on 2 March; pay goes to the plan by Centrepay.")
        console.press(.function(2))
        #expect(store.plans.last?.assurance?.note == "Started a new job on 2 March; pay goes to the plan by Centrepay.")
    }

    @Test func anActivePlanIsRenegotiatedAndKept_5_4d() throws {
        let store = PlansFakeStore(plans: [try F.plan()])
        let console = open(store)
        #expect(console.text.contains("Renegotiate payment plan — Mel Carter"))
        #expect(console.text.contains("Renegotiating PP-2026-000001 (fortnightly, $250.00 a fortnight): it is kept as"))
        console.press(.function(2))
        #expect(console.text.contains("✖ describe the change in their circumstances (5.4(d))"))
        console.type("Hours cut from five days to three.")
        console.press(.function(2))
        #expect(store.plans.map(\.status) == [.renegotiated(replacedBy: "PP-2026-000002", on: F.now.date), .active])
        #expect(console.text.contains("✔ Plan PP-2026-000002 agreed, replacing PP-2026-000001."))
    }

    /// Issue 12 item 3: a renegotiation refused because a colleague changed the plan first
    /// keeps what was typed, names them, and Ctrl-R renegotiates the fresh plan with it.
    @Test func aRenegotiationAfterAColleaguesChangeKeepsTheFormAndReappliesOnTheFreshPlan() throws {
        // Given the change of circumstances typed, and meanwhile sam recorded instalment 1 missed at 10:20
        let store = PlansFakeStore(plans: [try F.plan()])
        let console = open(store)
        console.press(.function(2))
        console.type("Hours cut from five days to three.")
        _ = try store.recordMissed("PP-2026-000001", readVersion: 0, instalment: 1, on: F.date("2026-03-17"), by: "sam",
                                   at: LocalDateTime(date: F.date("2026-03-03"), hour: 10, minute: 20))
        // When F2 agrees the renegotiated plan
        console.press(.function(2))
        // Then it is refused naming sam and when; the old plan stands and the words typed are kept
        #expect(store.plans.map(\.id) == ["PP-2026-000001"])
        #expect(console.text.contains("✖ PP-2026-000001 was changed by sam at 10:20 on Tue 3 Mar 2026 (instalment 1\n"))
        #expect(console.text.contains(" missed) after you opened it; nothing was saved."))
        #expect(console.text.contains("Ctrl-R reapply your change on the fresh copy"), "offered in the key-hint bar")
        #expect(console.top(PlanSetupScreen.self)?.form?[.change] == "Hours cut from five days to three.")
        // When Ctrl-R is pressed, Then the fresh plan is renegotiated with those words
        console.press(.ctrl("r"))
        #expect(store.plans.map(\.status) == [.renegotiated(replacedBy: "PP-2026-000002", on: F.now.date), .active])
        #expect(store.plans.last?.changeOfCircumstances == "Hours cut from five days to three.")
        #expect(console.top(PlanSetupScreen.self)?.reapply == nil)
    }

    @Test func theKeysAreInTheHintBar() {
        let console = open(PlansFakeStore())
        let bar = console.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bar.contains("F2 agree the plan"))
        #expect(bar.contains("F5 plan history"))
    }
}
