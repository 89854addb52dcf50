import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Restriction check panel: every reason with its clause, the 2 L/min note, the console's time (Charter 7.1-7.3)")
struct RestrictionCheckScreenTests {
    typealias F = PlansUIFixtures

    /// Every 7.1 step taken, $1,234.56 owed, a plan offered and refused.
    static func facts(plan: RestrictionFacts.PlanOffer = .offeredAndRefused, inHardship: Bool = false,
                      specialNeeds: Bool = false) -> RestrictionFacts {
        RestrictionFacts(finalNoticeIssuedOn: F.date("2026-02-02"), noticeBeforeRestrictionSentOn: F.date("2026-02-20"),
                         noticeIncludedHardshipInformation: true, contactAttempts: [F.date("2026-02-05"), F.date("2026-02-09")],
                         notifiedOfRestrictionAndCostsOn: F.date("2026-02-24"), paymentPlan: plan, inHardship: inHardship,
                         amountOwed: F.dollars("1234.56"), onSpecialNeedsRegister: specialNeeds)
    }

    func open(_ facts: RestrictionFacts, at now: LocalDateTime = F.now) -> PlansConsole {
        PlansConsole(AnyScreen(RestrictionCheckScreen(context: F.account)), store: PlansFakeStore(facts: facts), env: F.env(now))
    }

    @Test func hardshipWithAKeptPlanIsNotPermittedWithEveryReason_5_6c() {
        let console = open(Self.facts(plan: .agreedAndKept, inHardship: true, specialNeeds: true))
        let text = console.text
        #expect(text.contains("✖ NOT PERMITTED — 3 reasons"))
        #expect(text.contains("7.1(e)    The customer is keeping an agreed payment plan."))
        #expect(text.contains("5.6(c)    The customer is in hardship and is keeping an agreed payment plan."))
        #expect(text.contains("7.3(b)    The customer is registered as a special-needs customer"))
        #expect(!text.contains("two litres"))
        #expect(console.console.traineeActions.map(\.action)
                == [.restrictionChecked(permitted: false, reasonClauses: ["7.1(e)", "5.6(c)", "7.3(b)"])])
    }

    @Test func permittedCarriesTheTwoLitresAMinuteFloor_7_3() {
        let console = open(Self.facts())
        let text = console.text
        #expect(text.contains("✔ PERMITTED"))
        #expect(text.contains("• Supply may not be reduced below two litres a minute at the tap nearest the"))
        #expect(text.contains("Checked Tue 3 Mar 2026 10:00"))
        // And the screen names the customer and account (the title line is cut at 80 columns)
        #expect(text.contains("✔ PERMITTED · Mel Carter · account 1000000042"))
        #expect(console.console.traineeActions.map(\.action) == [.restrictionChecked(permitted: true, reasonClauses: [])])
    }

    @Test("the check is made at the console's time", arguments: [
        (LocalDateTime(date: CivilDate(iso: "2026-03-03")!, hour: 15, minute: 0, second: 0), true),
        (LocalDateTime(date: CivilDate(iso: "2026-03-03")!, hour: 15, minute: 0, second: 1), false),
        (LocalDateTime(date: CivilDate(iso: "2026-03-06")!, hour: 9), false),
    ])
    func theTimeOfTheCheckIsTheConsoles_7_3a(now: LocalDateTime, permitted: Bool) {
        let console = open(Self.facts(), at: now)
        #expect(console.top(RestrictionCheckScreen.self)?.decision?.isPermitted == permitted)
        #expect(console.text.contains(permitted ? "✔ PERMITTED" : "7.3(a)"))
    }

    @Test func f5ChecksAgainAtTheNewTime_7_3a() {
        let console = open(Self.facts())
        #expect(console.text.contains("✔ PERMITTED"))
        console.env.now = LocalDateTime(date: F.date("2026-03-03"), hour: 16, minute: 5)
        console.press(.function(5))
        #expect(console.text.contains("It is after 3.00 pm (16:05:00)."))
        #expect(console.console.traineeActions.count == 2)
    }

    @Test func theFactsUsedAreShown() {
        let text = open(Self.facts()).text
        #expect(text.contains("Facts: Final Notice: Mon 2 Feb 2026 · Notice Before Restriction: Fri 20 Feb"))
        #expect(text.contains("contact attempts: 2 · told of restriction and costs: Tue 24 Feb 2026"))
        #expect(text.contains("owed $1,234.56 · plan: offered and refused."))
    }
}
