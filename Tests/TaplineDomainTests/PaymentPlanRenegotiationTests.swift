import Testing
@testable import TaplineDomain

@Suite("Renegotiating a plan keeps the old one (Charter 5.4(d))")
struct PaymentPlanRenegotiationTests {
    typealias F = PlansFixtures

    @Test func renegotiationReplacesAndKeepsTheOldPlan_5_4d() throws {
        // Given a plan with its first instalment paid
        var old = try F.plan(id: "PP-1")
        try old.recordPaid(instalment: 1, on: F.date("2025-05-05"))
        // When the customer's hours are cut and the rest is spread over 6 fortnights
        let calculation = try F.calculation(debt: "750", count: 6, start: "2025-05-26")
        let (before, after) = try old.renegotiated(newID: "PP-2", calculation: calculation, on: F.date("2025-05-12"),
                                                   agent: F.agent, changeOfCircumstances: "Hours cut from 38 to 20 a week.",
                                                   calendar: F.calendar)
        // Then the old plan is kept, marked renegotiated and pointing to the new one, its payment still recorded
        #expect(before.status == .renegotiated(replacedBy: "PP-2", on: F.date("2025-05-12")))
        #expect(before.instalments[0].state == .paid(on: F.date("2025-05-05")))
        // And the new plan points back, records the change and is confirmed within 10 business days
        #expect(after.replaces == "PP-1")
        #expect(after.changeOfCircumstances == "Hours cut from 38 to 20 a week.")
        #expect(after.status == .active)
        #expect(after.writtenConfirmationDue == F.date("2025-05-26"))
        #expect(after.calculation.total == F.dollars("750"))
    }

    @Test func needsADemonstrableChange_5_4d() throws {
        let plan = try F.plan()
        let error = #expect(throws: PlanRefusal.self) {
            try plan.renegotiated(newID: "PP-2", calculation: try F.calculation(start: "2025-05-26"), on: F.date("2025-05-12"),
                                  agent: F.agent, changeOfCircumstances: "  ", calendar: F.calendar)
        }
        #expect(error?.message.contains("5.4(d)") == true)
    }

    @Test func onlyAnActivePlanCanBeRenegotiated_5_4d() throws {
        let cancelled = try F.cancelledPlan(id: "PP-1", start: "2025-05-05", cancelledOn: "2025-05-20")
        #expect(throws: PlanRefusal.self) {
            try cancelled.renegotiated(newID: "PP-2", calculation: try F.calculation(start: "2025-05-26"), on: F.date("2025-05-21"),
                                       agent: F.agent, changeOfCircumstances: "New job.", calendar: F.calendar)
        }
    }
}
