import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Payment plan store: plans, instalments, status history, renegotiation, extensions (Charter 5.4, 5.5)")
struct PaymentPlanRepositoryTests {
    typealias F = PlanStoreFixtures

    @Test func anAgreedPlanRoundTripsWithItsInstalmentsAndHistory_5_4() throws {
        // Given an account owing $1,234.56
        let database = try F.database()
        // When a fortnightly plan of four instalments is agreed
        let plan = try F.agree(database)
        // Then it reads back whole, active, under its number, and the badge shows
        #expect(plan.id == "PP-2026-000001")
        #expect(try database.paymentPlans.plan(plan.id) == plan)
        #expect(try database.paymentPlans.plans(for: F.number) == [plan])
        #expect(try database.paymentPlans.active(for: F.number) == plan)
        #expect(try F.flags(database).contains(.paymentPlan))
        // And its instalments are rows with due dates and amounts summing to the debt exactly
        let rows = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT due_date, amount_cents, state FROM payment_plan_instalment WHERE plan_id = ? ORDER BY number",
                             arguments: [plan.id])
        }
        #expect(rows.map { $0["due_date"] as CivilDate } == plan.instalments.map(\.dueDate))
        #expect(rows.map { $0["amount_cents"] as Int64 }.reduce(0, +) == F.dollars("1234.56").cents)
        #expect(rows.allSatisfy { $0["state"] as String == "due" })
        // And its history starts with the agreement
        let events = try database.paymentPlans.events(for: F.number)
        #expect(events.map(\.kind) == [.agreed])
        #expect(events.first?.detail == "Fortnightly plan of 4 instalments from Mon 16 Mar 2026, $1,234.56 in all. Amount each fortnight: $308.64.")
    }

    @Test func aSecondActivePlanIsRefused_5_4d() throws {
        let database = try F.database()
        let first = try F.agree(database)
        let refusal = #expect(throws: PlanRefusal.self) { try F.agree(database) }
        #expect(refusal?.message.contains("already has an active plan, \(first.id); renegotiate it instead") == true)
        #expect(try database.paymentPlans.plans(for: F.number).count == 1)
    }

    @Test func twoMissedInARowCancelAndEndTheBadge_7_1e2() throws {
        let database = try F.database()
        let plan = try F.agree(database)
        // When instalment 1 (due Mon 16 Mar) is recorded missed, the plan stays active
        let first = try database.paymentPlans.recordMissed(plan.id, readVersion: 1, instalment: 1, on: F.date("2026-03-17"), by: F.agent, at: F.now)
        #expect(first.outcome == .recorded)
        #expect(first.plan.status == .active)
        // When instalment 2 (due Mon 30 Mar) is missed too, Then the plan is cancelled for non-payment
        let second = try database.paymentPlans.recordMissed(plan.id, readVersion: 2, instalment: 2, on: F.date("2026-03-31"), by: F.agent, at: F.now)
        #expect(second.outcome == .planCancelled)
        #expect(try database.paymentPlans.plan(plan.id)?.status == .cancelledForNonPayment(on: F.date("2026-03-31")))
        #expect(!(try F.flags(database)).contains(.paymentPlan))
        #expect(try database.paymentPlans.events(for: F.number).map(\.kind) == [.agreed, .missed, .missed, .cancelledForNonPayment])
        // And a cancelled plan refuses further changes, saving nothing
        #expect(throws: PlanRefusal.self) {
            try database.paymentPlans.recordPaid(plan.id, readVersion: 4, instalment: 3, on: F.date("2026-04-06"), by: F.agent, at: F.now)
        }
        #expect(try database.paymentPlans.events(for: F.number).count == 4)
    }

    @Test func payingEveryInstalmentCompletesThePlan() throws {
        let database = try F.database()
        let plan = try F.agree(database, count: 2)
        try database.paymentPlans.recordPaid(plan.id, readVersion: 1, instalment: 1, on: F.date("2026-03-16"), by: F.agent, at: F.now)
        let done = try database.paymentPlans.recordPaid(plan.id, readVersion: 2, instalment: 2, on: F.date("2026-03-30"), by: F.agent, at: F.now)
        #expect(done.status == .completed(on: F.date("2026-03-30")))
        #expect(try database.paymentPlans.events(for: F.number).map(\.kind) == [.agreed, .paid, .paid, .completed])
    }

    @Test func renegotiationKeepsTheOldPlan_5_4d() throws {
        // Given an active plan
        let database = try F.database()
        let plan = try F.agree(database)
        let calculation = try F.calculation(count: 8, start: "2026-03-23")
        // When it is renegotiated after a change of circumstances
        let (old, new) = try database.paymentPlans.renegotiate(plan.id, readVersion: 1, by: F.agent, at: F.now) { id, saved in
            try saved.renegotiated(newID: id, calculation: calculation, on: F.now.date, agent: F.agent,
                                   changeOfCircumstances: "Hours at work cut from 5 to 3 days.", calendar: F.calendar)
        }
        // Then the old plan is kept as renegotiated, pointing to the new one, which replaces it
        #expect(old.status == .renegotiated(replacedBy: "PP-2026-000002", on: F.now.date))
        #expect(new.replaces == plan.id)
        #expect(try database.paymentPlans.plans(for: F.number) == [old, new])
        #expect(try database.paymentPlans.active(for: F.number) == new)
        #expect(try database.paymentPlans.events(for: F.number).map(\.kind) == [.agreed, .renegotiated, .agreed])
    }

    @Test func aRenegotiationWithoutAChangeOfCircumstancesSavesNothing_5_4d() throws {
        let database = try F.database()
        let plan = try F.agree(database)
        let calculation = try F.calculation(count: 8)
        #expect(throws: PlanRefusal.self) {
            try database.paymentPlans.renegotiate(plan.id, readVersion: 1, by: F.agent, at: F.now) { id, saved in
                try saved.renegotiated(newID: id, calculation: calculation, on: F.now.date, agent: F.agent,
                                       changeOfCircumstances: " ", calendar: F.calendar)
            }
        }
        #expect(try database.paymentPlans.plans(for: F.number) == [plan])
    }

    @Test func aCancelledPlanKeepsItsReason() throws {
        let database = try F.database()
        let plan = try F.agree(database)
        let cancelled = try database.paymentPlans.cancel(plan.id, readVersion: 1, on: F.now.date, reason: "Paid in full by card.", by: F.agent, at: F.now)
        #expect(cancelled.status == .cancelled(on: F.now.date, reason: "Paid in full by card."))
        #expect(try database.paymentPlans.events(for: F.number).last?.detail == "Cancelled on Tue 3 Mar 2026: Paid in full by card.")
        #expect(try database.audit.entries(forAccount: F.number).first?.detail == "payment plan \(plan.id): cancelled")
    }

    @Test func anUnknownPlanIsAClearRefusal() throws {
        let database = try F.database()
        let refusal = #expect(throws: PlanRefusal.self) {
            try database.paymentPlans.cancel("PP-2026-000099", readVersion: 0, on: F.now.date, reason: "x", by: F.agent, at: F.now)
        }
        #expect(refusal?.message == "there is no payment plan PP-2026-000099")
    }

    @Test func twoPlansCancelledForNonPaymentNeedAnAssurance_5_4() throws {
        let database = try F.database()
        for _ in 0..<2 {
            let plan = try F.agree(database)
            _ = try database.paymentPlans.recordMissed(plan.id, readVersion: 1, instalment: 1, on: F.date("2026-03-17"), by: F.agent, at: F.now)
            _ = try database.paymentPlans.recordMissed(plan.id, readVersion: 2, instalment: 2, on: F.date("2026-03-31"), by: F.agent, at: F.now)
        }
        #expect(try database.paymentPlans.eligibility(for: F.number, today: F.date("2026-04-01"))
                == .needsAssurance(cancelledOn: [F.date("2026-03-31"), F.date("2026-03-31")]))
    }

    @Test func extensionsAndRedirectionsRoundTrip_5_5() throws {
        let database = try F.database()
        let granted = try DueDateExtension(billReference: "B-2026-02", amountOwed: F.dollars("412.30"), amountExtended: F.dollars("200"),
                                           currentDueDate: F.date("2026-03-05"), newDueDate: F.date("2026-03-19"),
                                           agreedOn: F.now.date, agent: F.agent, calendar: F.calendar)
        try database.paymentArrangements.record(granted, for: F.number, at: F.now)
        let redirection = try BillRedirection(accountNumber: F.number, payerName: "Sam Carter", payerAddress: "4 Smith St, Melton",
                                              payerAgreedInWritingOn: F.date("2026-03-02"), customerConsentedInWritingOn: nil,
                                              agreedOn: F.now.date, agent: F.agent)
        try database.paymentArrangements.record(redirection, at: F.now)
        #expect(try database.paymentArrangements.extensions(for: F.number) == [granted])
        #expect(try database.paymentArrangements.redirections(for: F.number) == [redirection])
        #expect(try database.audit.entries(forAccount: F.number).map(\.detail).contains("bills redirected to Sam Carter"))
    }

    @Test func consolesAgreeingAtOnceNeverShareANumber() throws {
        // Given two consoles on one file and ten accounts
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let setup = try AppDatabase.open(path: path)
        let numbers = (0..<10).map { String(2_000_000_000 + $0) }
        for number in numbers { _ = try setup.accounts.create(StoreFixtures.account(number, "Customer \(number)"), by: "setup", at: F.now) }
        let consoles = [setup, try AppDatabase.open(path: path)]
        // When a plan is agreed on each account at the same time from both consoles
        let ids = F.Collected<String>()
        DispatchQueue.concurrentPerform(iterations: 10) { index in
            if let plan = try? F.agree(consoles[index % 2], account: numbers[index]) { ids.append(plan.id) }
        }
        // Then ten plans are saved under ten different numbers
        #expect(ids.items.count == 10)
        #expect(Set(ids.items).count == 10)
    }
}

@Suite("Payment plan confirmation letters on disk (Charter 5.4(e), 5.5(b))")
struct PaymentPlanLetterFilesTests {
    typealias F = PlanStoreFixtures

    @Test func theConfirmationIsWrittenPrivatelyAndNeverOverwritten_5_4e() throws {
        let database = try F.database()
        let plan = try F.agree(database)
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = PlanLetterFiles(database, folder: folder.appendingPathComponent("letters"))
        // When the confirmation is written twice on the same day
        let first = try files.writeConfirmation(for: plan, date: F.now.date)
        let second = try files.writeConfirmation(for: plan, date: F.now.date)
        // Then both are kept, owner-only, addressed to the customer, with the schedule
        #expect(first.lastPathComponent == "PP-2026-000001-confirmation-2026-03-03.md")
        #expect(second.lastPathComponent == "PP-2026-000001-confirmation-2026-03-03-2.md")
        let mode = try FileManager.default.attributesOfItem(atPath: first.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOf: first, encoding: .utf8)
        #expect(text.contains("Dear Mel Carter,"))
        #expect(text.contains("| 4 | Mon 27 Apr 2026 | $308.64 |"))
        #expect(text.contains("| | **Total** | **$1,234.56** |"))
    }
}
