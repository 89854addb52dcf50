import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Restriction facts from the store: notices, plans, hardship, circumstances, fire bans (Charter 7.1-7.3)")
struct RestrictionFactsRepositoryTests {
    typealias F = PlanStoreFixtures

    /// Every 7.1 step recorded for the account, the last a week before `F.now`.
    static func recordEverySteps(_ database: AppDatabase) throws {
        let events = [
            CollectionEvent(.finalNotice, on: F.date("2026-02-02")),
            CollectionEvent(.contactAttempt, on: F.date("2026-02-05")),
            CollectionEvent(.contactAttempt, on: F.date("2026-02-09")),
            CollectionEvent(.planOfferRefused, on: F.date("2026-02-10")),
            CollectionEvent(.noticeBeforeRestriction, on: F.date("2026-02-20"), includedHardshipInformation: true),
            CollectionEvent(.notifiedOfRestriction, on: F.date("2026-02-24")),
        ]
        for event in events { try database.collections.record(event, for: F.number, by: F.agent, at: F.now) }
    }

    func decision(_ database: AppDatabase, at moment: LocalDateTime = F.now, disputed: Money = .zero) throws -> RestrictionDecision {
        let facts = try database.restrictionFacts.facts(for: F.number, today: moment.date, disputedAmount: disputed)
        return RestrictionCheck.evaluate(facts, at: moment, calendar: F.calendar)
    }

    @Test func everyStepRecordedPermitsRestriction_7_1() throws {
        // Given every 7.1 step recorded and $1,234.56 owed
        let database = try F.database()
        try Self.recordEverySteps(database)
        // Then the facts carry each step, and restriction is permitted on Tue 3 Mar 2026 at 10:00
        let facts = try database.restrictionFacts.facts(for: F.number, today: F.now.date, disputedAmount: .zero)
        #expect(facts.finalNoticeIssuedOn == F.date("2026-02-02"))
        #expect(facts.noticeBeforeRestrictionSentOn == F.date("2026-02-20"))
        #expect(facts.noticeIncludedHardshipInformation)
        #expect(facts.contactAttempts == [F.date("2026-02-05"), F.date("2026-02-09")])
        #expect(facts.notifiedOfRestrictionAndCostsOn == F.date("2026-02-24"))
        #expect(facts.paymentPlan == .offeredAndRefused)
        #expect(facts.amountOwed == F.dollars("1234.56"))
        #expect(facts.tenancy == nil)
        #expect(try decision(database).isPermitted)
    }

    @Test func eventsAfterTheDayOfTheCheckAreNotCounted_7_1() throws {
        let database = try F.database()
        try Self.recordEverySteps(database)
        // When checking on Mon 23 Feb 2026, before the customer was told of the restriction
        let facts = try database.restrictionFacts.facts(for: F.number, today: F.date("2026-02-23"), disputedAmount: .zero)
        #expect(facts.notifiedOfRestrictionAndCostsOn == nil)
        #expect(facts.noticeBeforeRestrictionSentOn == F.date("2026-02-20"))
    }

    @Test func hardshipWithAKeptPlanBlocks_5_6c() throws {
        // Given every step recorded, then the customer assessed in hardship with a plan agreed
        let database = try F.database()
        try Self.recordEverySteps(database)
        let assessment = try F.assess(database)
        try F.agree(database, hardshipAssessmentID: assessment.id)
        // Then restriction is not permitted, for the kept plan (7.1(e)) and for hardship (5.6(c))
        let decision = try decision(database)
        #expect(decision.clauses == ["7.1(e)", "5.6(c)"])
        #expect(decision.reasons.last?.message == "The customer is in hardship and is keeping an agreed payment plan.")
    }

    @Test func theSpecialNeedsRegisterComesFromTheAccount_7_3b() throws {
        let database = try F.database(specialNeeds: SpecialNeedsRegistration(need: .lifeSupport, registeredOn: F.date("2025-01-10"),
                                                                             notes: "Home dialysis"))
        try Self.recordEverySteps(database)
        #expect(try decision(database).clauses == ["7.3(b)"])
    }

    @Test func theDisputedAmountIsTakenOffTheAmountOwed_7_2e() throws {
        let database = try F.database()
        try Self.recordEverySteps(database)
        // When $1,100.00 of the $1,234.56 is held under an open complaint, Then $134.56 is below $200 (7.2(a))
        #expect(try decision(database, disputed: F.dollars("1100")).clauses == ["7.2(a)"])
    }

    @Test func circumstancesBlockUntilCleared_7_2_7_3c() throws {
        // Given a tenant whose landlord owes the debt, with a health hazard noted
        let database = try F.database(occupancy: .tenant)
        try Self.recordEverySteps(database)
        for kind in [RestrictionCircumstance.Kind.landlordOwesDebt, .healthHazard, .urgsApplication] {
            try database.collections.note(RestrictionCircumstance(kind, notedOn: F.date("2026-02-25")), for: F.number, by: F.agent, at: F.now)
        }
        #expect(try decision(database).clauses == ["7.2(c)", "7.2(d)(1)", "7.3(c)"])
        // When the URGS application is decided and the hazard cleared on 3 Mar, Then only the landlord's debt remains
        try database.collections.clear(.urgsApplication, for: F.number, on: F.date("2026-03-03"), by: F.agent, at: F.now)
        try database.collections.clear(.healthHazard, for: F.number, on: F.date("2026-03-03"), by: F.agent, at: F.now)
        #expect(try decision(database).clauses == ["7.2(d)(1)"])
        #expect(try database.collections.circumstances(for: F.number).filter { $0.clearedOn != nil }.count == 2)
    }

    @Test func aTotalFireBanInThePropertysDistrictBlocks_7_3d() throws {
        let database = try F.database()
        try Self.recordEverySteps(database)
        try database.totalFireBans.assign(postcode: "3337", to: "Central")
        // A ban in another district does not apply to Melton
        try database.totalFireBans.declare(district: "Mallee", on: F.now.date, by: "supervisor", at: F.now)
        #expect(try decision(database).isPermitted)
        // A ban in Central does
        try database.totalFireBans.declare(district: "Central", on: F.now.date, by: "supervisor", at: F.now)
        #expect(try decision(database).clauses == ["7.3(d)"])
        // And once removed, no longer
        try database.totalFireBans.revoke(district: "Central", on: F.now.date, by: "supervisor", at: F.now)
        #expect(try decision(database).isPermitted)
        #expect(try database.totalFireBans.declared(from: F.now.date).map(\.district) == ["Mallee"])
    }

    @Test func aPostcodeWithoutADistrictIsBlockedByAnyBan_7_3d() throws {
        let database = try F.database()
        try Self.recordEverySteps(database)
        try database.totalFireBans.declare(district: "Mallee", on: F.now.date, by: "supervisor", at: F.now)
        #expect(try database.totalFireBans.district(ofPostcode: "3337") == nil)
        #expect(try decision(database).clauses == ["7.3(d)"])
    }

    @Test("where the customer stands on a plan (7.1(e))", arguments: [
        ([], [], RestrictionFacts.PlanOffer.notOffered),
        ([], [CollectionEvent.Kind.planOfferUnanswered], .offeredNoResponse),
        (["missed1"], [], .agreedNotComplied),
        (["active"], [.planOfferRefused], .agreedAndKept),
        (["cancelledForNonPayment"], [], .agreedNotComplied),
        (["cancelledForNonPayment"], [.planOfferRefused], .offeredAndRefused),
        (["cancelled"], [], .notOffered),
    ])
    func planOfferFromPlansAndOffers_7_1e(plans: [String], offers: [CollectionEvent.Kind], expected: RestrictionFacts.PlanOffer) throws {
        // Given plans agreed on 3 Mar 2026 in each state, and offers answered after them
        let saved = try plans.map { state -> PaymentPlan in
            var plan = try PaymentPlan.agree(id: "PP-1", accountNumber: F.number, calculation: F.calculation(), agreedOn: F.now.date,
                                             agent: F.agent, eligibility: .eligible, calendar: F.calendar)
            switch state {
            case "missed1": try plan.recordMissed(instalment: 1, on: F.date("2026-03-17"))
            case "cancelledForNonPayment":
                try plan.recordMissed(instalment: 1, on: F.date("2026-03-17"))
                try plan.recordMissed(instalment: 2, on: F.date("2026-03-31"))
            case "cancelled": try plan.cancel(on: F.date("2026-03-20"), reason: "Moved out.")
            default: break
            }
            return plan
        }
        let events = offers.map { CollectionEvent($0, on: F.date("2026-04-01")) }
        #expect(RestrictionFactsRepository.planOffer(plans: saved, events: events) == expected)
    }
}
