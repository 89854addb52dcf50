import Testing
@testable import TaplineDomain

@Suite("Two plans cancelled in 12 months need a reasonable assurance (Charter 5.4, Part C)")
struct PaymentPlanEligibilityTests {
    typealias F = PlansFixtures

    @Test func noOrOneCancellationIsEligible_5_4() throws {
        #expect(PlanEligibility.check(history: [], today: F.date("2025-03-09")) == .eligible)
        let one = [try F.cancelledPlan(id: "PP-1", start: "2024-06-03", cancelledOn: "2024-07-01"), try F.plan(id: "PP-2")]
        #expect(PlanEligibility.check(history: one, today: F.date("2025-03-09")) == .eligible)
    }

    @Test func twoCancellationsWithinTwelveMonthsNeedAssurance_5_4() throws {
        let history = [try F.cancelledPlan(id: "PP-2", start: "2024-10-07", cancelledOn: "2024-11-04"),
                       try F.cancelledPlan(id: "PP-1", start: "2024-02-05", cancelledOn: "2024-03-10")]
        // On Sun 9 Mar 2025 the March 2024 cancellation is still within the previous 12 months
        let eligibility = PlanEligibility.check(history: history, today: F.date("2025-03-09"))
        #expect(eligibility == .needsAssurance(cancelledOn: [F.date("2024-03-10"), F.date("2024-11-04")]))
        #expect(eligibility.message.contains("Sun 10 Mar 2024, Mon 4 Nov 2024"))
        // On Mon 10 Mar 2025 it is twelve months old and no longer counts
        #expect(PlanEligibility.check(history: history, today: F.date("2025-03-10")) == .eligible)
    }

    @Test func onlyCancellationsForNonPaymentCount_5_4() throws {
        var completed = try F.plan(id: "PP-1", count: 1)
        try completed.recordPaid(instalment: 1, on: F.date("2025-05-05"))
        let renegotiated = try F.plan(id: "PP-2").renegotiated(
            newID: "PP-3", calculation: try F.calculation(start: "2025-05-19"), on: F.date("2025-05-12"), agent: F.agent,
            changeOfCircumstances: "Moved to a cheaper rental.", calendar: F.calendar)
        let history = [completed, renegotiated.old, renegotiated.new,
                       try F.cancelledPlan(id: "PP-4", start: "2025-05-05", cancelledOn: "2025-05-20")]
        #expect(PlanEligibility.check(history: history, today: F.date("2025-06-01")) == .eligible)
    }

    @Test("an assurance must say something", arguments: [("", "note"), (F.agent, "   ")])
    func assuranceNeedsAgentAndNote_partC(agent: String, note: String) {
        #expect(throws: PlanRefusal.self) { try ReasonableAssurance(recordedOn: F.date("2025-05-01"), agent: agent, note: note) }
    }
}
