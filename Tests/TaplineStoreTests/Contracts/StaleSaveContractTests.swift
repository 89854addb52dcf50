import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 12 item 3, "collisions everywhere", on both stores: in every area two agents read the
/// same record, one saves, and the other's save (based on what they read) is refused with
/// `ChangedSinceRead` naming the first agent and when; nothing of it is saved, and the same
/// change made again on the fresh copy lands. On PostgreSQL the agents are two logins.
@Suite("Stale saves are refused naming who changed the record, on SQLite and PostgreSQL")
struct StaleSaveContractTests {
    typealias A = AreaStoreFixtures
    typealias P = PlanStoreFixtures

    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }

    // MARK: - Complaints

    @Test(arguments: StoreKind.allCases)
    func aComplaintSavedOnAStaleCopyIsRefusedNamingTheColleagueAndReappliesOnTheFreshCopy_issue12_3(kind: StoreKind) throws {
        typealias C = ComplaintStoreFixtures
        // Given a logged complaint, read by two agents
        let store = try A.store(kind, accounts: [A.Holder(number: C.account, name: "John Smith", balance: C.owed)])
        let logged = try store.logComplaint(try C.complaint(), calendar: C.calendar)
        let agents = try TwoAgents(on: store, kind: kind)
        let firstCopy = try #require(try agents.first.store.complaint(number: logged.id))
        let secondCopy = try #require(try agents.second.store.complaint(number: logged.id))
        // When the first records the EWOV referral information at 10:32
        _ = try agents.first.store.saveComplaint(try firstCopy.givingEWOVReferral(at: Self.time("2025-04-22T10:32"), by: agents.first.name),
                                                 role: .agent, calendar: C.calendar)
        // Then the second's escalation, on the copy they read, is refused naming the first and when
        let escalate = { (copy: Complaint) in
            try agents.second.store.saveComplaint(try copy.escalated(to: .teamLeader, at: Self.time("2025-04-22T10:40"), by: agents.second.name),
                                                  role: .agent, calendar: C.calendar)
        }
        #expect(throws: ChangedSinceRead(record: logged.id, by: agents.first.name, at: Self.time("2025-04-22T10:32"),
                                         change: "EWOV referral information given")) { try escalate(secondCopy) }
        #expect(try store.complaint(number: logged.id)?.level == .frontline)
        // When they escalate the fresh copy, Then it is saved after the referral
        let saved = try escalate(try #require(try agents.second.store.complaint(number: logged.id)))
        #expect(saved.timeline.map(\.agent) == [logged.timeline[0].agent, agents.first.name, agents.second.name])
        #expect(try store.complaint(number: logged.id) == saved)
    }

    // MARK: - Payment plans

    @Test(arguments: StoreKind.allCases)
    func aPlanChangeBasedOnAStaleReadIsRefusedNamingTheColleagueAndReappliesOnTheFreshCopy_issue12_3(kind: StoreKind) throws {
        // Given a plan, and two agents who both read it (one status event: agreed)
        let store = try A.melCarter(kind)
        let plan = try A.agree(store)
        let agents = try TwoAgents(on: store, kind: kind)
        let read = try agents.second.store.paymentPlanVersion(plan.id, onAccount: P.number)
        #expect(read == 1)
        // When the first records instalment 1 paid at 10:32
        _ = try agents.first.store.recordInstalmentPaid(plan.id, readVersion: read, instalment: 1, on: P.date("2026-03-16"),
                                                        by: agents.first.name, at: Self.time("2026-03-16T10:32"))
        // Then the second's missed instalment 2, cancellation and renegotiation, each based on what they read, are refused naming the first
        let amount = PaymentPlanRepository.amount(of: 1, in: plan)
        let refusal = ChangedSinceRead(record: plan.id, by: agents.first.name, at: Self.time("2026-03-16T10:32"),
                                       change: "Instalment 1 of \(amount) paid on Mon 16 Mar 2026")
        #expect(refusal.message == "\(plan.id) was changed by \(agents.first.name) at 10:32 on Mon 16 Mar 2026 "
                + "(Instalment 1 of \(amount) paid on Mon 16 Mar 2026) after you opened it; nothing was saved")
        #expect(throws: refusal) {
            try agents.second.store.recordInstalmentMissed(plan.id, readVersion: read, instalment: 2, on: P.date("2026-03-31"),
                                                           by: agents.second.name, at: Self.time("2026-03-31T09:00"))
        }
        #expect(throws: refusal) {
            try agents.second.store.cancelPaymentPlan(plan.id, readVersion: read, on: P.date("2026-03-31"), reason: "Moved out.",
                                                      by: agents.second.name, at: Self.time("2026-03-31T09:00"))
        }
        let calculation = try P.calculation(count: 8, start: "2026-04-06")
        #expect(throws: refusal) {
            try agents.second.store.renegotiatePaymentPlan(plan.id, readVersion: read, by: agents.second.name,
                                                           at: Self.time("2026-03-31T09:00")) { id, saved in
                try saved.renegotiated(newID: id, calculation: calculation, on: P.date("2026-03-31"), agent: agents.second.name,
                                       changeOfCircumstances: "Hours cut.", calendar: P.calendar)
            }
        }
        // And nothing of them was saved
        #expect(try store.paymentPlanEvents(for: P.number).map(\.kind) == [.agreed, .paid])
        // When the second reapplies the missed instalment on the fresh copy, Then it lands after the payment
        let fresh = try agents.second.store.paymentPlanVersion(plan.id, onAccount: P.number)
        let missed = try agents.second.store.recordInstalmentMissed(plan.id, readVersion: fresh, instalment: 2, on: P.date("2026-03-31"),
                                                                    by: agents.second.name, at: Self.time("2026-03-31T09:00"))
        #expect(missed.outcome == .recorded)
        #expect(try store.paymentPlanEvents(for: P.number).map(\.agent) == [P.agent, agents.first.name, agents.second.name])
    }

    @Test(arguments: StoreKind.allCases)
    func agreeingAPlanAfterTheAccountsPlansChangedSinceReadIsRefused_issue12_3(kind: StoreKind) throws {
        // Given an active plan, and the second agent opened plan set-up (reading the account's plans)
        let store = try A.melCarter(kind)
        let plan = try A.agree(store)
        let agents = try TwoAgents(on: store, kind: kind)
        let read = try agents.second.store.paymentPlansVersion(forAccount: P.number)
        // When the first agent cancels that plan at 11:05
        _ = try agents.first.store.cancelPaymentPlan(plan.id, readVersion: 1, on: P.date("2026-03-04"), reason: "Paid in full.",
                                                     by: agents.first.name, at: Self.time("2026-03-04T11:05"))
        // Then the second's new plan, agreed on what they read, is refused naming the cancellation
        let calculation = try P.calculation(count: 6, start: "2026-03-23")
        let agree = { (version: Int) in
            try agents.second.store.agreePaymentPlan(readVersion: version, by: agents.second.name, at: Self.time("2026-03-04T11:10")) { id in
                try PaymentPlan.agree(id: id, accountNumber: P.number, calculation: calculation, agreedOn: P.date("2026-03-04"),
                                      agent: agents.second.name, eligibility: .eligible, calendar: P.calendar)
            }
        }
        #expect(throws: ChangedSinceRead(record: plan.id, by: agents.first.name, at: Self.time("2026-03-04T11:05"),
                                         change: "Cancelled on Wed 4 Mar 2026: Paid in full")) { try agree(read) }
        #expect(try store.paymentPlans(for: P.number).count == 1)
        // When they agree it again on the fresh read, Then it is saved
        let agreed = try agree(try agents.second.store.paymentPlansVersion(forAccount: P.number))
        #expect(try store.paymentPlans(for: P.number).map(\.id) == [plan.id, agreed.id])
    }

    // MARK: - Hardship assessments

    /// An assessment in hardship on Mel Carter's account by `agent`, made against `read`.
    func assess(_ agent: (name: String, store: any AreaStore), at iso: String, read: Int) throws -> HardshipAssessment {
        try agent.store.recordHardshipAssessment(readVersion: read, by: agent.name, at: Self.time(iso)) { id in
            try HardshipAssessment.record(id: id, accountNumber: P.number, at: Self.time(iso), agent: agent.name,
                                          criteria: HardshipCriteria(concession: .holdsCard, isTenant: true, customerSaysUnableToPay: true),
                                          statement: nil, outcome: .inHardship, outcomeNote: "agreed with the customer",
                                          calendar: P.calendar)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anAssessmentAfterTheAccountsAssessmentsOrCessationsChangedSinceReadIsRefused_issue12_3(kind: StoreKind) throws {
        // Given two agents who opened the assessment form on an account with no hardship record
        let store = try A.melCarter(kind)
        let agents = try TwoAgents(on: store, kind: kind)
        let read = try agents.second.store.hardshipVersion(forAccount: P.number)
        #expect(read == 0)
        // When the first saves an assessment at 10:32
        let theirs = try assess(agents.first, at: "2026-03-03T10:32", read: read)
        // Then the second's, based on what they read, is refused naming the first, and not saved
        let record = "the hardship record of account \(P.number)"
        #expect(throws: ChangedSinceRead(record: record, by: agents.first.name, at: Self.time("2026-03-03T10:32"),
                                         change: "assessment \(theirs.id) recorded: In hardship")) {
            try assess(agents.second, at: "2026-03-03T10:40", read: read)
        }
        #expect(try store.hardshipAssessments(for: P.number).map(\.id) == [theirs.id])
        // And a cessation recorded after the form was read refuses it too
        let fresh = try agents.second.store.hardshipVersion(forAccount: P.number)
        try agents.first.store.recordHardshipCessation(.customerLeftProgramme(on: P.date("2026-03-03")), for: P.number,
                                                       by: agents.first.name, at: Self.time("2026-03-03T11:00"))
        let left = HardshipCessation.customerLeftProgramme(on: P.date("2026-03-03")).message
        #expect(throws: ChangedSinceRead(record: record, by: agents.first.name, at: Self.time("2026-03-03T11:00"),
                                         change: "hardship policy ceased: \(left)")) {
            try assess(agents.second, at: "2026-03-03T11:05", read: fresh)
        }
        // When the second saves it again on the record as it is now, Then it is kept beside the first
        let mine = try assess(agents.second, at: "2026-03-03T11:05", read: try agents.second.store.hardshipVersion(forAccount: P.number))
        #expect(try store.hardshipAssessments(for: P.number).map(\.agent) == [agents.first.name, agents.second.name])
        #expect(mine.id != theirs.id)
    }

    // MARK: - Conduct incidents and restrictions

    @Test(arguments: StoreKind.allCases)
    func aDecisionOnAnIncidentChangedSinceItWasOpenedIsRefusedNamingWhoAndReappliesOnTheFreshCopy_issue12_3(kind: StoreKind) throws {
        // Given alice's reported incident, opened by sam to decide it
        let world = try ConductWorld(kind)
        let reported = try world.reported()
        let read = try world.open(reported.id, by: .sam, at: "2026-03-02T12:00").timeline.count
        // When alice adds a call recording at 12:30
        let evidence = ConductStep.evidenceAdded(.callRecording(id: "REC-9"))
        _ = try world.apply([evidence], to: reported.id, by: .alice, at: "2026-03-02T12:30")
        // Then sam's decision, made on what he read, is refused naming alice and when, and not saved
        let decision = ConductStep.supervisorDecided(.warningLetter, reasons: ["Abuse continued after a request to stop"])
        #expect(throws: ChangedSinceRead(record: reported.id, by: world.name(.alice), at: ConductWorld.time("2026-03-02T12:30"),
                                         change: evidence.summary)) {
            try world.apply([decision], to: reported.id, by: .sam, at: "2026-03-03T09:00", readVersion: read)
        }
        let fresh = try world.open(reported.id, by: .sam, at: "2026-03-03T09:01")
        #expect(fresh.decisions.isEmpty)
        // When he decides again on the fresh copy, Then it is saved after alice's evidence
        let decided = try world.apply([decision], to: reported.id, by: .sam, at: "2026-03-03T09:02", readVersion: fresh.timeline.count)
        #expect(decided.decisions.map(\.kind) == [.warningLetter])
        #expect(decided.evidence.count == reported.evidence.count + 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aReviewRequestOnARestrictionChangedSinceTheBannerWasReadIsRefusedNamingWho_issue12_3(kind: StoreKind) throws {
        // Given alice's incident restricted by sam, as the banner shows it to alice
        let world = try ConductWorld(kind)
        let restricted = try world.restrict(try world.reported(), "2026-03-03", "2026-09-03")
        let shown = try #require(restricted.currentRestriction)
        // When bob records the customer's review request at 09:30
        _ = try world.store(.bob).recordReviewRequest(onIncident: restricted.id, shown: shown, by: world.name(.bob), role: .agent,
                                                      at: ConductWorld.time("2026-04-01T09:30"))
        // Then alice's, on the banner as she read it, is refused naming bob and when
        let request = ConductStep.customerRequestedRestrictionReview(on: ConductWorld.date("2026-04-01"))
        #expect(throws: ChangedSinceRead(record: restricted.id, by: world.name(.bob), at: ConductWorld.time("2026-04-01T09:30"),
                                         change: request.summary)) {
            try world.store(.alice).recordReviewRequest(onIncident: restricted.id, shown: shown, by: world.name(.alice), role: .agent,
                                                        at: ConductWorld.time("2026-04-01T10:00"))
        }
        // When she records it on the banner read again, Then it lands beside bob's
        let banner = try #require(try world.store(.alice).contactRestrictions(onAccount: ConductWorld.account, on: ConductWorld.date("2026-04-01")).first)
        let recorded = try world.store(.alice).recordReviewRequest(onIncident: restricted.id, shown: banner.restriction, by: world.name(.alice),
                                                                   role: .agent, at: ConductWorld.time("2026-04-01T10:00"))
        #expect(recorded.restriction.customerReviewRequests == [ConductWorld.date("2026-04-01"), ConductWorld.date("2026-04-01")])
    }
}
