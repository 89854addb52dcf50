import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Payment plan history screen: instalments, missed, cancel, renegotiate (Charter 5.4, 7.1(e))")
struct PaymentPlanHistoryScreenTests {
    typealias F = PlansUIFixtures

    /// Fri 20 Mar 2026: the first instalment (due Mon 16 Mar) is overdue.
    static let friday = LocalDateTime(date: F.date("2026-03-20"), hour: 11)

    func open(_ store: PlansFakeStore, at now: LocalDateTime = friday) -> PlansConsole {
        PlansConsole(AnyScreen(PlanHistoryScreen(context: F.account)), store: store, env: F.env(now))
    }

    @Test func plansAreListedNewestFirstWithTheirInstalments() throws {
        let store = PlansFakeStore(plans: [try F.cancelledPlan(id: "PP-2025-000001", on: "2025-07-01"), try F.plan()])
        let console = open(store)
        let text = console.text
        #expect(text.contains("PP-2026-000001"))
        #expect(text.contains("PP-2025-000001"))
        let lines = text.split(separator: "\n")
        let newer = try #require(lines.firstIndex { $0.contains("PP-2026-000001") })
        let older = try #require(lines.firstIndex { $0.contains("PP-2025-000001") })
        #expect(newer < older)
        #expect(text.contains("  1  Mon 16 Mar 2026     $250.00  ▲ overdue"))
    }

    @Test func thePlanListShowsInstalmentsThatAddUp_5_4c() throws {
        // Given a plan of 29 × $126.92 and a last $80.14 (issue 10 item 20: it read "30 × $126.92")
        let calculation = try PaymentPlanCalculator.calculate(
            PlanRequest(debt: F.dollars("3760.82"), frequency: .fortnightly, start: F.date("2026-03-16"),
                        sizing: .instalment(F.dollars("126.92"))), calendar: .victoria)
        let plan = try PaymentPlan.agree(id: "PP-2026-000001", accountNumber: F.account.accountNumber, calculation: calculation,
                                         agreedOn: F.date("2026-03-03"), agent: "ajones", eligibility: .eligible, calendar: .victoria)
        let text = open(PlansFakeStore(plans: [plan])).text
        // Then the list and the plan's facts show the runs, which add up to the total
        #expect(text.contains("29 × $126.92 + 1 × $80.14"))
        #expect(text.contains("fortnightly 29 × $126.92 + 1 × $80.14 = $3,760.82 in all"))
        #expect(!text.contains("30 × $126.92"))
    }

    @Test func anOverdueInstalmentIsRecordedMissedAfterConfirming_7_1e2() throws {
        let store = PlansFakeStore(plans: [try F.plan()])
        let console = open(store)
        console.press(.character("m"))
        #expect(console.text.contains("Record instalment 1 of PP-2026-000001 ($250.00, due Mon 16"))
        console.press(.enter)
        #expect(store.plans.first?.missedInstalments.map(\.number) == [1])
        #expect(console.text.contains("Instalment 1 recorded as missed; one more in a row cancels the plan"))
        #expect(console.text.contains("✖ MISSED (recorded Fri 20 Mar 2026)"))
    }

    @Test func escKeepsTheInstalmentDueAndStaysOnTheScreen() throws {
        let store = PlansFakeStore(plans: [try F.plan()])
        let console = open(store)
        console.press(.character("m"), .escape)
        #expect(store.plans.first?.missedInstalments.isEmpty == true)
        #expect(console.console.stack.count == 1)
        #expect(console.top(PlanHistoryScreen.self)?.mode == .browsing)
    }

    @Test func nothingOverdueIsSaid() throws {
        let console = open(PlansFakeStore(plans: [try F.plan()]), at: F.now)
        console.press(.character("m"))
        #expect(console.text.contains("no instalment of PP-2026-000001 is overdue; the next is due Mon 16 Mar 2026"))
    }

    @Test func cancellingAsksForTheReason() throws {
        let store = PlansFakeStore(plans: [try F.plan()])
        let console = open(store)
        console.press(.character("x"), .enter)
        #expect(console.text.contains("write down why the plan is being cancelled"))
        console.type("Paid the balance in full by card.")
        #expect(console.top(PlanHistoryScreen.self)?.hasUnsavedInput == true)
        console.press(.enter)
        #expect(store.plans.first?.status == .cancelled(on: Self.friday.date, reason: "Paid the balance in full by card."))
        #expect(console.text.contains("PP-2026-000001 cancelled: Paid the balance in full by card."))
    }

    /// Issue 12 item 3: a cancellation refused because a colleague changed the plan first keeps
    /// the reason typed, names them, and Ctrl-R cancels the fresh plan with it.
    @Test func aCancellationAfterAColleaguesChangeKeepsTheReasonAndReappliesOnTheFreshPlan() throws {
        // Given the agent typing why the plan is cancelled
        let store = PlansFakeStore(plans: [try F.plan()])
        let console = open(store)
        console.press(.character("x"))
        console.type("Paid the balance in full by card.")
        // And meanwhile sam recorded instalment 1 missed at 10:32
        _ = try store.recordMissed("PP-2026-000001", readVersion: 0, instalment: 1, on: F.date("2026-03-20"), by: "sam",
                                   at: LocalDateTime(date: F.date("2026-03-20"), hour: 10, minute: 32))
        // When Enter cancels the plan
        console.press(.enter)
        // Then it is refused naming sam and when, the reason is still typed, and the fresh plan shows his change
        #expect(store.plans.first?.isActive == true)
        #expect(console.text.contains("✖ PP-2026-000001 was changed by sam at 10:32 on Fri 20 Mar 2026 (instalment 1\n"))
        #expect(console.text.contains(" missed) after you opened it; nothing was saved."))
        #expect(console.text.contains("Ctrl-R reapply your change on the fresh copy"), "offered in the key-hint bar")
        #expect(console.text.contains("MISSED"))
        guard case .cancelling(let reason)? = console.top(PlanHistoryScreen.self)?.mode else {
            Issue.record("the reason is no longer being typed")
            return
        }
        #expect(reason.text == "Paid the balance in full by card.")
        // When Ctrl-R is pressed, Then the plan is cancelled with the reason typed
        console.press(.ctrl("r"))
        #expect(store.plans.first?.status == .cancelled(on: Self.friday.date, reason: "Paid the balance in full by card."))
        #expect(console.top(PlanHistoryScreen.self)?.reapply == nil)
    }

    @Test func renegotiatingOpensTheSetupOnTheActivePlan_5_4d() throws {
        let console = open(PlansFakeStore(plans: [try F.plan()]))
        console.press(.character("r"))
        #expect(console.top(PlanSetupScreen.self)?.replacing?.id == "PP-2026-000001")
    }
}
