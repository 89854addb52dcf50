import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Payment plans are agreed, paid, missed, renegotiated and cancelled the same on both stores (Charter 5.4).
@Suite("PaymentPlansStore contract on SQLite and PostgreSQL")
struct PaymentPlansStoreContractTests {
    typealias F = PlanStoreFixtures
    typealias A = AreaStoreFixtures

    @Test(arguments: StoreKind.allCases)
    func anAgreedPlanRoundTripsAndASecondActivePlanIsRefused_5_4(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        let plan = try A.agree(store)
        #expect(plan.id == "PP-2026-000001")
        #expect(try store.paymentPlan(plan.id) == plan)
        #expect(try store.paymentPlans(for: F.number) == [plan])
        #expect(try store.paymentPlanFlags(forAccount: F.number) == [.paymentPlan])
        let events = try store.paymentPlanEvents(for: F.number)
        #expect(events.map(\.kind) == [.agreed])
        #expect(events.first?.detail == "Fortnightly plan of 4 instalments from Mon 16 Mar 2026, $1,234.56 in all. Amount each fortnight: $308.64.")
        #expect(events.first?.at == F.now)
        let refusal = #expect(throws: PlanRefusal.self) { try A.agree(store) }
        #expect(refusal?.message.contains("already has an active plan, \(plan.id); renegotiate it instead") == true)
        #expect(try store.paymentPlans(for: F.number).count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func twoMissedInARowCancelAndEndTheBadge_7_1e2(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        let plan = try A.agree(store)
        let first = try store.recordInstalmentMissed(plan.id, readVersion: 1, instalment: 1, on: F.date("2026-03-17"), by: F.agent, at: F.now)
        #expect(first.outcome == .recorded && first.plan.status == .active)
        let second = try store.recordInstalmentMissed(plan.id, readVersion: 2, instalment: 2, on: F.date("2026-03-31"), by: F.agent, at: F.now)
        #expect(second.outcome == .planCancelled)
        #expect(try store.paymentPlan(plan.id)?.status == .cancelledForNonPayment(on: F.date("2026-03-31")))
        #expect(try store.paymentPlanFlags(forAccount: F.number).isEmpty)
        #expect(try store.paymentPlanEvents(for: F.number).map(\.kind) == [.agreed, .missed, .missed, .cancelledForNonPayment])
        #expect(throws: PlanRefusal.self) {
            try store.recordInstalmentPaid(plan.id, readVersion: 4, instalment: 3, on: F.date("2026-04-06"), by: F.agent, at: F.now)
        }
        #expect(try store.paymentPlanEvents(for: F.number).count == 4)
    }

    @Test(arguments: StoreKind.allCases)
    func payingEveryInstalmentCompletesThePlan(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        let plan = try A.agree(store, count: 2)
        _ = try store.recordInstalmentPaid(plan.id, readVersion: 1, instalment: 1, on: F.date("2026-03-16"), by: F.agent, at: F.now)
        let done = try store.recordInstalmentPaid(plan.id, readVersion: 2, instalment: 2, on: F.date("2026-03-30"), by: F.agent, at: F.now)
        #expect(done.status == .completed(on: F.date("2026-03-30")))
        #expect(try store.paymentPlanEvents(for: F.number).map(\.kind) == [.agreed, .paid, .paid, .completed])
    }

    @Test(arguments: StoreKind.allCases)
    func renegotiationKeepsTheOldPlanAndACancelledPlanKeepsItsReason_5_4d(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        let plan = try A.agree(store)
        let calculation = try F.calculation(count: 8, start: "2026-03-23")
        let (old, new) = try store.renegotiatePaymentPlan(plan.id, readVersion: 1, by: F.agent, at: F.now) { id, saved in
            try saved.renegotiated(newID: id, calculation: calculation, on: F.now.date, agent: F.agent,
                                   changeOfCircumstances: "Hours at work cut from 5 to 3 days.", calendar: F.calendar)
        }
        #expect(old.status == .renegotiated(replacedBy: "PP-2026-000002", on: F.now.date))
        #expect(new.replaces == plan.id)
        #expect(try store.paymentPlans(for: F.number) == [old, new])
        #expect(try store.paymentPlanEvents(for: F.number).map(\.kind) == [.agreed, .renegotiated, .agreed])
        let cancelled = try store.cancelPaymentPlan(new.id, readVersion: 1, on: F.date("2026-03-20"), reason: "Moved out.", by: F.agent, at: F.now)
        #expect(cancelled.status == .cancelled(on: F.date("2026-03-20"), reason: "Moved out."))
        #expect(try store.paymentPlan(new.id) == cancelled)
        #expect(throws: PlanRefusal.self) { try store.cancelPaymentPlan("PP-2026-000099", readVersion: 0, on: F.now.date, reason: "x", by: F.agent, at: F.now) }
    }

    @Test(arguments: StoreKind.allCases)
    func consolesAgreeingAtOnceOnOneAccountGetOnePlan(kind: StoreKind) throws {
        // Given eight accounts, and two agents at once agreeing a plan on each
        let numbers = (0..<8).map { String(1_000_000_100 + $0) }
        let store = try A.store(kind, accounts: numbers.map { A.Holder(number: $0, name: "Customer \($0)", balance: F.dollars("1234.56")) })
        let ids = A.Collected<String>()
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            if let plan = try? A.agree(store, account: numbers[index % 8]) { ids.append(plan.id) }
        }
        // Then each account has exactly one, and no number was given twice
        #expect(ids.items.count == 8)
        #expect(Set(ids.items).count == 8)
        for number in numbers { #expect(try store.paymentPlans(for: number).count == 1) }
    }
}
