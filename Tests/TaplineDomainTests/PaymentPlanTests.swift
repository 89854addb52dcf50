import Foundation
import Testing
@testable import TaplineDomain

@Suite("An agreed plan: confirmation, payments, missed instalments and cancellation (Charter 5.4, 5.5(b), 7.1(e))")
struct PaymentPlanTests {
    typealias F = PlansFixtures

    @Test func agreedPlanIsConfirmedWithinTenBusinessDays_5_5b() throws {
        // Given a plan agreed Thu 1 May 2025
        let plan = try F.plan(agreedOn: "2025-05-01")
        // Then written confirmation is due by Thu 15 May 2025 and the plan is active and kept
        #expect(plan.writtenConfirmationDue == F.date("2025-05-15"))
        #expect(plan.status == .active)
        #expect(plan.isBeingKept)
        #expect(plan.amountOutstanding == F.dollars("1000"))
    }

    @Test func refusedWithoutAssuranceAfterTwoCancellations_5_4() throws {
        let eligibility = PlanEligibility.needsAssurance(cancelledOn: [F.date("2024-09-01"), F.date("2025-02-01")])
        let calculation = try F.calculation()
        let error = #expect(throws: PlanRefusal.self) {
            try PaymentPlan.agree(id: "PP-3", accountNumber: F.account, calculation: calculation, agreedOn: F.date("2025-05-01"),
                                  agent: F.agent, eligibility: eligibility, calendar: F.calendar)
        }
        #expect(error?.message.contains("reasonable assurance") == true)
        // When the agent records the customer's assurance, Then the plan can be agreed
        let assurance = try ReasonableAssurance(recordedOn: F.date("2025-05-01"), agent: F.agent,
                                                note: "New job from 28 April; pay goes straight to the plan by Centrepay.")
        let plan = try PaymentPlan.agree(id: "PP-3", accountNumber: F.account, calculation: calculation, agreedOn: F.date("2025-05-01"),
                                         agent: F.agent, eligibility: eligibility, assurance: assurance, calendar: F.calendar)
        #expect(plan.assurance == assurance)
    }

    @Test func firstInstalmentCannotBeBeforeTheAgreement_5_4() {
        #expect(throws: PlanRefusal.self) { try F.plan(start: "2025-05-05", agreedOn: "2025-05-06") }
    }

    @Test func oneMissedInstalmentIsRecordedAndThePlanContinues_5_6c() throws {
        var plan = try F.plan()
        // When instalment 1 (due Mon 5 May) is recorded missed on Tue 6 May
        let outcome = try plan.recordMissed(instalment: 1, on: F.date("2025-05-06"))
        // Then the plan is active but not being kept until the instalment is paid
        #expect(outcome == .recorded)
        #expect(plan.status == .active)
        #expect(!plan.isBeingKept)
        #expect(plan.missedInstalments.map(\.number) == [1])
        try plan.recordPaid(instalment: 1, on: F.date("2025-05-09"))
        #expect(plan.isBeingKept)
        #expect(plan.nextDue?.number == 2)
    }

    @Test func twoMissedInARowCancelForNonPayment_7_1e2() throws {
        var plan = try F.plan()
        try plan.recordMissed(instalment: 1, on: F.date("2025-05-06"))
        let outcome = try plan.recordMissed(instalment: 2, on: F.date("2025-05-20"))
        #expect(outcome == .planCancelled)
        #expect(plan.status == .cancelledForNonPayment(on: F.date("2025-05-20")))
        #expect(!plan.isBeingKept)
        // And a cancelled plan can no longer be changed
        let error = #expect(throws: PlanRefusal.self) { try plan.recordPaid(instalment: 3, on: F.date("2025-06-02")) }
        #expect(error?.message.contains("cancelled for non-payment") == true)
    }

    @Test func missesThatAreNotInARowDoNotCancel() throws {
        var plan = try F.plan()
        try plan.recordMissed(instalment: 1, on: F.date("2025-05-06"))
        try plan.recordPaid(instalment: 2, on: F.date("2025-05-19"))
        #expect(try plan.recordMissed(instalment: 3, on: F.date("2025-06-03")) == .recorded)
        #expect(plan.status == .active)
    }

    @Test func anInstalmentIsMissedOnlyAfterItsDueDate_partC() throws {
        // Given weekly instalments from Good Friday: the first is due Tue 22 Apr 2025
        var plan = try PaymentPlan.agree(id: "PP-1", accountNumber: F.account,
                                         calculation: try F.calculation(count: 3, frequency: .weekly, start: "2025-04-18"),
                                         agreedOn: F.date("2025-04-17"), agent: F.agent, eligibility: .eligible, calendar: F.calendar)
        // Then it cannot be missed on its scheduled day nor its due day, only after
        #expect(throws: PlanRefusal.self) { try plan.recordMissed(instalment: 1, on: F.date("2025-04-18")) }
        #expect(throws: PlanRefusal.self) { try plan.recordMissed(instalment: 1, on: F.date("2025-04-22")) }
        #expect(try plan.recordMissed(instalment: 1, on: F.date("2025-04-23")) == .recorded)
        // And it cannot be recorded twice, nor can an instalment that does not exist
        #expect(throws: PlanRefusal.self) { try plan.recordMissed(instalment: 1, on: F.date("2025-04-24")) }
        #expect(throws: PlanRefusal.self) { try plan.recordPaid(instalment: 9, on: F.date("2025-04-24")) }
    }

    @Test func payingEveryInstalmentCompletesThePlan() throws {
        var plan = try F.plan(count: 2)
        try plan.recordPaid(instalment: 2, on: F.date("2025-05-19"))
        #expect(plan.status == .active)
        #expect(plan.amountOutstanding == F.dollars("500"))
        try plan.recordPaid(instalment: 1, on: F.date("2025-05-05"))
        #expect(plan.status == .completed(on: F.date("2025-05-19")))
        #expect(plan.amountOutstanding == .zero)
    }

    @Test func aCancelledPlanKeepsItsReasonAndDoesNotCountAsNonPayment_5_4() throws {
        // Given an active plan
        var plan = try F.plan()
        // When the customer asks to end it on Fri 9 May 2025
        try plan.cancel(on: F.date("2025-05-09"), reason: "  Paid the balance in full by card.  ")
        // Then it is cancelled with the reason, no longer kept, and not a 5.4 cancellation
        #expect(plan.status == .cancelled(on: F.date("2025-05-09"), reason: "Paid the balance in full by card."))
        #expect(plan.status.displayName == "Cancelled on Fri 9 May 2025")
        #expect(!plan.isBeingKept)
        #expect(PlanEligibility.check(history: [plan, plan], today: F.date("2025-06-01")) == .eligible)
        // And it cannot be cancelled again
        #expect(throws: PlanRefusal.self) { try plan.cancel(on: F.date("2025-05-10"), reason: "again") }
    }

    @Test("cancelling needs a reason and a date on or after the agreement",
          arguments: [("", "2025-05-09", "write down why"), ("Moved out", "2025-04-30", "before it was agreed")])
    func cancellingIsRefusedWithoutAReasonOrBeforeTheAgreement(reason: String, on: String, message: String) throws {
        var plan = try F.plan()
        let error = #expect(throws: PlanRefusal.self) { try plan.cancel(on: F.date(on), reason: reason) }
        #expect(error?.message.contains(message) == true)
        #expect(plan.status == .active)
    }

    @Test func survivesEncoding() throws {
        var plan = try F.plan()
        try plan.recordMissed(instalment: 1, on: F.date("2025-05-06"))
        #expect(try JSONDecoder().decode(PaymentPlan.self, from: JSONEncoder().encode(plan)) == plan)
    }
}
