import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Hardship and plans on the account screen: banners and history (Charter 5.6(c), (k))")
struct HardshipAccountExtrasTests {
    typealias F = PlansUIFixtures

    @Test func theBannerShowsWhileTheProtectionsApply_5_6c() throws {
        let extras = HardshipAccountExtras.extras(assessments: [try F.assessment()], cessation: nil, plans: [try F.plan()],
                                                  planEvents: [], today: F.now.date)
        #expect(extras.banners.map(\.text) == ["HARDSHIP — no restriction or legal action while the plan is kept (5.6(c))"])
    }

    @Test func inHardshipWithoutAKeptPlanSaysTheProtectionsWait_5_6c() throws {
        var plan = try F.plan()
        try plan.recordMissed(instalment: 1, on: F.date("2026-03-17"))
        let extras = HardshipAccountExtras.extras(assessments: [try F.assessment()], cessation: nil, plans: [plan],
                                                  planEvents: [], today: F.date("2026-03-17"))
        #expect(extras.banners.map(\.text) == [
            "HARDSHIP — protections apply only while an agreed plan is kept; none is being kept now (5.6(c))",
            "PAYMENT PLAN PP-2026-000001: instalment 1 missed; one more in a row cancels the plan",
        ])
    }

    @Test func aCessationEndsTheBanner_5_6j() throws {
        let extras = HardshipAccountExtras.extras(assessments: [try F.assessment()], cessation: .debtPaid(on: F.date("2026-04-01")),
                                                  plans: [try F.plan()], planEvents: [], today: F.date("2026-04-02"))
        #expect(extras.banners.isEmpty)
    }

    @Test func aReviewDueIsSaid_5_6k() throws {
        let extras = HardshipAccountExtras.extras(assessments: [try F.assessment()], cessation: nil, plans: [],
                                                  planEvents: [], today: F.date("2026-09-03"))
        #expect(extras.banners.map(\.text).contains("Hardship review due since Thu 3 Sep 2026 (5.6(k))"))
    }

    @Test func assessmentsAndPlanChangesAreInTheHistory() throws {
        let event = PlanHistory.Event(planID: "PP-2026-000001", at: LocalDateTime(date: F.date("2026-03-20"), hour: 11),
                                      agent: "bkhan", summary: "Instalment 1 of $250.00 recorded missed on Fri 20 Mar 2026.")
        let extras = HardshipAccountExtras.extras(assessments: [try F.assessment()], cessation: nil, plans: [],
                                                  planEvents: [event], today: F.now.date)
        #expect(extras.history.map(\.area) == ["Hardship", "Payment plan"])
        #expect(extras.history.first?.summary
                == "Assessment HA-2026-000001: In hardship; capacity to pay $40.00 a fortnight; review by Thu 3 Sep 2026 (ajones)")
        #expect(extras.history.last?.summary == "PP-2026-000001: Instalment 1 of $250.00 recorded missed on Fri 20 Mar 2026. (bkhan)")
    }
}
