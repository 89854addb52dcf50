import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Hardship assessment screen: criteria, live surplus, outcome, help, saving (Charter 5.6)")
struct HardshipAssessmentScreenTests {
    typealias F = PlansUIFixtures

    func open(_ store: PlansFakeStore = PlansFakeStore()) -> PlansConsole {
        PlansConsole(AnyScreen(HardshipAssessmentScreen(context: F.account)), store: store)
    }

    /// Fills the statement: $1,300.00 a fortnight in; $400.00 rent a week, $150.00 utilities a
    /// month and $200.00 food a week out. Leaves the cursor on the food amount.
    func fillStatement(_ console: PlansConsole) {
        console.press(.pageDown)                       // step 2
        console.press(.tab, .tab, .right, .right)      // children, then the first row's heading: → → Government benefits
        console.press(.tab)
        console.type("1300")
        console.press(.tab, .tab, .tab)                // frequency (fortnightly), next heading, its amount
        console.type("400")
        console.press(.tab, .tab, .tab)
        console.type("150")
        console.press(.tab, .tab, .tab)
        console.type("200")
    }

    @Test func theCriteriaStartFromTheAccount_5_6a1() {
        // Given an account with a concession card and two bills paid late or not at all in 12 months
        let console = open(PlansFakeStore(start: F.start(late: 1, missed: 1)))
        let text = console.text
        // Then the criteria step shows them for the agent to confirm
        #expect(text.contains("▸1 Criteria"))
        #expect(text.contains("Owes $1,184.60 · no earlier assessment"))
        #expect(text.contains("◂ holds a card ▸"))
        #expect(text.contains("Bills paid late (12 mo)"))
        // And the proposal counts them: a card and two bills with difficulty are two indicators
        #expect(text.contains("Proposed: In hardship · capacity $0.00 a fortnight"))
    }

    @Test func theSurplusFollowsEveryAmountTyped_5_4_5_6a() {
        let console = open()
        fillStatement(console)
        let text = console.text
        // Then each row shows its amount a month rounded half-up (1,300 × 26 / 12 = 2,816.666… → $2,816.67),
        // and the totals are the sums of the rows shown: costs $1,733.33 + $150.00 + $866.67
        #expect(text.contains("$2,816.67"))
        #expect(text.contains("$866.67"))
        #expect(text.contains("Income $2,816.67 a month · costs $2,750.00 a month"))
        // And the surplus is the shown income less the shown costs, a month and a fortnight
        // (a fortnight: $1,300.00 − ($800.00 + $69.23 + $400.00))
        #expect(text.contains("✔ Left to pay with (capacity to pay): $66.67 a month · $30.77 a fortnight"))
        #expect(text.contains("Proposed: In hardship · capacity $30.77 a fortnight"))
        // When the food costs rise to $220.00 a week ($953.33 a month), Then it shows a shortfall at once:
        // costs $2,836.66 less income $2,816.67, as the rows show them
        console.press(.backspace, .backspace)
        console.type("20")
        #expect(console.text.contains("Income $2,816.67 a month · costs $2,836.66 a month"))
        #expect(console.text.contains("▲ Shortfall: costs are $19.99 a month more than income"))
    }

    @Test func aShortfallIsTheSumOfTheRowsShownNotACentOff_issue10_5_6a1() {
        // Given $1,150.00 a fortnight in, and costs of $550.00 a week and $1,300.00 a fortnight
        let console = open()
        console.press(.pageDown, .tab, .tab, .tab)       // the wages amount
        console.type("1150")
        console.press(.tab, .tab, .tab)                  // (fortnightly) → the first cost's amount, weekly
        console.type("550")
        console.press(.tab, .tab, .tab)                  // utilities, monthly: its frequency
        console.type("1300")
        console.press(.tab, .left)                       // monthly → fortnightly
        let text = console.text
        // Then every row shows its month rounded half-up: $2,491.67 (not $2,491.66), $2,383.33, $2,816.67
        #expect(text.contains("$2,491.67"))
        #expect(text.contains("$2,383.33"))
        #expect(text.contains("$2,816.67"))
        #expect(!text.contains("$2,491.66"))
        // And the totals and the shortfall are the sums of those rows: 5,200.00 − 2,491.67 = 2,708.33
        #expect(text.contains("Income $2,491.67 a month · costs $5,200.00 a month"))
        #expect(text.contains("▲ Shortfall: costs are $2,708.33 a month more than income"))
    }

    @Test func theCustomerAndAccountShowAt80Columns_issue10() {
        // Given the assessment open at 80x24, where the console's title line is cut short
        let text = open().text
        // Then the screen's own header names the customer and the account in full
        #expect(text.contains("Mel Carter · account 1000000042 · Owes $1,184.60"))
    }

    @Test func costHeadingsAreNotCutAt80Columns() {
        // Given the income and costs step at 80x24
        let console = open()
        console.press(.pageDown)
        // Then the housing heading reads whole (it showed "Housing (rent, mortgage, ra…")
        #expect(console.text.contains("◂ Housing (rent, mortgage, rates) ▸"))
    }

    @Test func theHelpStepsIntroFitsAt80Columns() {
        // Given step 4 at 80x24, Then its one-line intro is whole, not cut with "…"
        let console = open()
        console.press(.pageDown, .pageDown, .pageDown)
        #expect(console.text.contains("Tell the customer about each (Charter 5.6(g)–(i)); its clause is on its row."))
    }

    @Test func anAmountThatCannotBeReadIsNamedAndTheTotalsWait() {
        let console = open()
        console.press(.pageDown, .tab, .tab, .tab)
        console.type("12.345")
        let text = console.text
        #expect(text.contains("✖ amount?"))
        #expect(text.contains("✖ Wages: “12.345” has more than two decimal places"))
        #expect(!text.contains("Left to pay with"))
    }

    @Test func rowsAreAddedAndRemoved() {
        let console = open()
        console.press(.pageDown, .function(3))
        #expect(console.top(HardshipAssessmentScreen.self)?.statement.rows.filter { $0.side == .income }.count == 2)
        console.press(.function(4), .function(8))
        #expect(console.top(HardshipAssessmentScreen.self)?.statement.rows.count == 5)
    }

    @Test func aDifferentOutcomeNeedsAReason_5_6b() {
        // Given the proposal "In hardship", and the agent choosing "Not in hardship" without a reason
        let console = open()
        console.press(.pageDown, .pageDown)
        #expect(console.text.contains("Proposed outcome: In hardship"))
        #expect(console.text.contains("• Holds a concession card."))
        console.press(.right, .right)
        // When F2 is pressed, Then nothing is saved, and the reason field says why
        console.press(.function(2))
        let text = console.text
        #expect(text.contains("✖ give a reason for recording “Not in hardship” instead"))
        #expect(text.contains("✖ the outcome differs from the proposal: give a reason in neutral words"))
        #expect(console.top(HardshipAssessmentScreen.self)?.outcome.focus == .note)
        #expect(console.top(HardshipAssessmentScreen.self)?.saved == nil)
        // When a reason is typed, Then it saves with the agent's outcome
        console.type("Customer has savings to draw on this month")
        console.press(.function(2))
        #expect(console.top(HardshipAssessmentScreen.self)?.saved?.outcome == .notInHardship)
    }

    @Test func savingRecordsTheAssessmentWhatTrainingScoresAndOffersAPlan_5_6() throws {
        // Given a statement leaving $30.77 a fortnight, and two referrals offered
        let store = PlansFakeStore()
        let console = open(store)
        fillStatement(console)
        console.press(.pageDown, .pageDown)            // help
        console.press(.right, .tab, .right, .right)    // URGS offered and declined; counsellor offered and accepted
        #expect(console.top(HardshipAssessmentScreen.self)?.hasUnsavedInput == true)
        // When F2 saves
        console.press(.function(2))
        // Then a new assessment is recorded, in hardship, and the review step says so
        let saved = try #require(store.assessments.last)
        #expect(saved.id == "HA-2026-000001")
        #expect(saved.outcome == .inHardship)
        #expect(saved.referrals.map(\.kind) == [.utilityReliefGrant, .financialCounsellor])
        #expect(console.text.contains("✔ Saved as HA-2026-000001: In hardship."))
        #expect(console.text.contains("Review by Thu 3 Sep 2026 (Charter 5.6(k))."))
        #expect(console.text.contains("Recorded: In hardship · capacity $30.77 a fortnight"))
        #expect(console.top(HardshipAssessmentScreen.self)?.hasUnsavedInput == false)
        // And training sees the outcome, the capacity a fortnight and each referral
        #expect(console.console.traineeActions.map(\.action) == [
            .hardshipAssessed(outcome: "inHardship", capacityToPay: F.dollars("30.77")),
            .referralOffered(to: "utilityReliefGrant"),
            .referralOffered(to: "financialCounsellor"),
        ])
        // When p is pressed, Then the plan screen opens on this assessment's capacity to pay
        console.press(.character("p"))
        let plan = try #require(console.top(PlanSetupScreen.self))
        #expect(plan.assessment?.id == "HA-2026-000001")
        #expect(plan.form?[.instalment] == "30.77")
    }

    /// Issue 12 item 3: an assessment saved after a colleague's is refused naming them; what was
    /// typed stays, and Ctrl-R saves it against the fresh record.
    @Test func anAssessmentAfterAColleaguesKeepsWhatWasTypedAndReappliesOnTheFreshRecord() throws {
        // Given the statement typed, and meanwhile ajones recorded an assessment at 10:00
        let store = PlansFakeStore()
        let console = open(store)
        fillStatement(console)
        store.recordedByColleague(try F.assessment())
        // When F2 saves
        console.press(.function(2))
        // Then it is refused naming ajones and when, and nothing of it is saved
        #expect(store.assessments.map(\.id) == ["HA-2026-000001"])
        #expect(console.text.contains("✖ the hardship record of account 1000000042 was changed by ajones at 10:00 on\n"))
        #expect(console.text.contains("Tue 3 Mar 2026 (assessment HA-2026-000001 recorded: In hardship) after you"))
        #expect(console.text.contains("Ctrl-R reapply your change on the fresh copy"), "offered in the key-hint bar")
        // And the statement typed is still there, with the fresh record read
        let screen = try #require(console.top(HardshipAssessmentScreen.self))
        #expect(screen.start?.previous.count == 1)
        #expect(try screen.statement.statement.get()?.surplus(per: .fortnightly) == F.dollars("30.77"))
        // When Ctrl-R is pressed, Then the same assessment is saved after the colleague's
        console.press(.ctrl("r"))
        let saved = try #require(store.assessments.last)
        #expect(saved.id == "HA-2026-000002")
        #expect(saved.statement?.surplus(per: .fortnightly) == F.dollars("30.77"))
        #expect(console.top(HardshipAssessmentScreen.self)?.reapply == nil)
    }

    @Test func aThirdPartyGetsNothingUntilWrittenConsent_5_6f() {
        let console = open()
        console.press(.pageDown, .pageDown, .pageDown)
        console.press(.tab, .tab, .tab, .tab)
        console.type("Sam Lee")
        #expect(console.text.contains("▲ Give Sam Lee no account information until the customer's written consent"))
        console.press(.tab, .tab)
        console.type("2026-03-02")
        #expect(console.text.contains("✔ Sam Lee gets the information they need within 10 business days"))
    }

    @Test func aBadDateIsShownUnderItsFieldOnSave() {
        let console = open()
        console.press(.tab, .tab, .tab)
        console.type("2024-02-30")
        console.press(.function(2))
        let text = console.text
        #expect(text.contains("✖ “2024-02-30” is not a date (YYYY-MM-DD)"))
        #expect(text.contains("✖ check the criteria: “2024-02-30” is not a date (YYYY-MM-DD)"))
        #expect(console.top(HardshipAssessmentScreen.self)?.criteria.focus == .urgs)
    }

    @Test func aThousandCharacterSelfAssessmentFitsAndMoreIsRefused() {
        let console = open()
        for _ in 0..<9 { console.press(.tab) }
        console.type(String(repeating: "x", count: HardshipCriteriaForm.selfAssessmentLength))
        #expect(console.top(HardshipAssessmentScreen.self)?.criteria[.selfAssessment].count == 1000)
        console.type("y")
        #expect(console.top(HardshipAssessmentScreen.self)?.criteria[.selfAssessment].count == 1000)
        #expect(console.text.contains("✖ at most 1000 characters"))
    }

    @Test func theReviewStepListsReferralsNotYetOfferedAndWhenThePolicyStops_5_6j() {
        let console = open()
        console.press(.pageDown, .pageDown, .pageDown, .pageDown)
        let text = console.text
        #expect(text.contains("Not saved yet: F2 saves a new assessment"))
        #expect(text.contains("▲ Not offered yet: Relief Grant 5.6(g), Fin. counsellor 5.6(g)"))
        #expect(text.contains("The policy stops applying (5.6(j))"))
    }
}
