import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// The collection record, fire bans and the restriction check's facts behave the same on both
/// stores (Charter 7.1-7.3, 5.6(c)).
@Suite("CollectionsStore contract on SQLite and PostgreSQL")
struct CollectionsStoreContractTests {
    typealias F = PlanStoreFixtures
    typealias A = AreaStoreFixtures

    /// Every 7.1 step recorded for the account, the last a week before `F.now`.
    static func recordEverySteps(_ store: any AreaStore) throws {
        let events = [
            CollectionEvent(.finalNotice, on: F.date("2026-02-02")),
            CollectionEvent(.contactAttempt, on: F.date("2026-02-05"), note: "Called; no answer."),
            CollectionEvent(.contactAttempt, on: F.date("2026-02-09")),
            CollectionEvent(.planOfferRefused, on: F.date("2026-02-10")),
            CollectionEvent(.noticeBeforeRestriction, on: F.date("2026-02-20"), includedHardshipInformation: true),
            CollectionEvent(.notifiedOfRestriction, on: F.date("2026-02-24")),
        ]
        for event in events { try store.recordCollectionEvent(event, for: F.number, by: F.agent, at: F.now) }
    }

    func decision(_ store: any AreaStore, at moment: LocalDateTime = F.now, disputed: Money = .zero) throws -> RestrictionDecision {
        RestrictionCheck.evaluate(try store.restrictionFacts(for: F.number, today: moment.date, disputedAmount: disputed),
                                  at: moment, calendar: F.calendar)
    }

    @Test(arguments: StoreKind.allCases)
    func everyStepRecordedPermitsRestrictionAndLaterEventsAreNotCounted_7_1(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        try Self.recordEverySteps(store)
        #expect(try store.collectionEvents(for: F.number).count == 6)
        #expect(try store.collectionEvents(for: F.number)[1].note == "Called; no answer.")
        #expect(try A.auditDetails(store, account: F.number).contains("Final Notice issued on Mon 2 Feb 2026"))
        let facts = try store.restrictionFacts(for: F.number, today: F.now.date, disputedAmount: .zero)
        #expect(facts.finalNoticeIssuedOn == F.date("2026-02-02"))
        #expect(facts.noticeBeforeRestrictionSentOn == F.date("2026-02-20"))
        #expect(facts.noticeIncludedHardshipInformation)
        #expect(facts.contactAttempts == [F.date("2026-02-05"), F.date("2026-02-09")])
        #expect(facts.notifiedOfRestrictionAndCostsOn == F.date("2026-02-24"))
        #expect(facts.paymentPlan == .offeredAndRefused)
        #expect(facts.amountOwed == F.dollars("1234.56"))
        #expect(facts.tenancy == nil)
        #expect(try decision(store).isPermitted)
        // Checked on Mon 23 Feb, before the customer was told of the restriction
        #expect(try store.restrictionFacts(for: F.number, today: F.date("2026-02-23"), disputedAmount: .zero)
            .notifiedOfRestrictionAndCostsOn == nil)
        // An unknown account is a clear refusal
        #expect(throws: StoreError.accountNotFound("1000000099")) {
            try store.restrictionFacts(for: "1000000099", today: F.now.date, disputedAmount: .zero)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theDisputedAmountAndTheSpecialNeedsRegisterBlock_7_2e_7_3b(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        try Self.recordEverySteps(store)
        // $1,100.00 of the $1,234.56 held under an open complaint leaves $134.56, below $200 (7.2(a))
        #expect(try decision(store, disputed: F.dollars("1100")).clauses == ["7.2(a)"])
        let registered = try A.melCarter(kind, specialNeeds: SpecialNeedsRegistration(need: .lifeSupport, registeredOn: F.date("2025-01-10"),
                                                                                    notes: "Home dialysis"))
        try Self.recordEverySteps(registered)
        #expect(try decision(registered).clauses == ["7.3(b)"])
    }

    @Test(arguments: StoreKind.allCases)
    func hardshipWithAKeptPlanBlocks_5_6c(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        try Self.recordEverySteps(store)
        let assessment = try A.assess(store)
        try A.agree(store, hardshipAssessmentID: assessment.id)
        let decision = try decision(store)
        #expect(decision.clauses == ["7.1(e)", "5.6(c)"])
        #expect(decision.reasons.last?.message == "The customer is in hardship and is keeping an agreed payment plan.")
    }

    @Test(arguments: StoreKind.allCases)
    func circumstancesBlockUntilCleared_7_2_7_3c(kind: StoreKind) throws {
        let store = try A.melCarter(kind, occupancy: .tenant)
        try Self.recordEverySteps(store)
        for kind in [RestrictionCircumstance.Kind.landlordOwesDebt, .healthHazard, .urgsApplication] {
            try store.noteRestrictionCircumstance(RestrictionCircumstance(kind, notedOn: F.date("2026-02-25")), for: F.number, by: F.agent, at: F.now)
        }
        #expect(try decision(store).clauses == ["7.2(c)", "7.2(d)(1)", "7.3(c)"])
        try store.clearRestrictionCircumstance(.urgsApplication, for: F.number, on: F.date("2026-03-03"), by: F.agent, at: F.now)
        try store.clearRestrictionCircumstance(.healthHazard, for: F.number, on: F.date("2026-03-03"), by: F.agent, at: F.now)
        #expect(try decision(store).clauses == ["7.2(d)(1)"])
        #expect(try store.restrictionCircumstances(for: F.number).filter { $0.clearedOn != nil }.count == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func aTotalFireBanInThePropertysDistrictOrAnyBanForAPostcodeWithoutOneBlocks_7_3d(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        try Self.recordEverySteps(store)
        // A postcode in no district is blocked by any ban
        try store.declareTotalFireBan(district: "Mallee", on: F.now.date, by: "root", at: F.now)
        #expect(try store.fireDistrict(ofPostcode: "3337") == nil)
        #expect(try decision(store).clauses == ["7.3(d)"])
        // Once Melton is in Central, the Mallee's ban does not apply, and Central's does until revoked
        try store.assignFireDistrict(postcode: "3337", to: "Central")
        #expect(try store.fireDistrict(ofPostcode: "3337") == "Central")
        #expect(try decision(store).isPermitted)
        try store.declareTotalFireBan(district: "Central", on: F.now.date, by: "root", at: F.now)
        try store.declareTotalFireBan(district: "Central", on: F.now.date, by: "root", at: F.now)
        #expect(try store.totalFireBanDays(forPostcode: "3337", from: F.now.date) == [F.now.date])
        #expect(try decision(store).clauses == ["7.3(d)"])
        try store.revokeTotalFireBan(district: "Central", on: F.now.date, by: "root", at: F.now)
        #expect(try decision(store).isPermitted)
        #expect(try store.declaredTotalFireBans(from: F.now.date) == [TotalFireBanDeclaration(district: "Mallee", on: F.now.date)])
        #expect(try A.auditDetails(store, account: nil).contains("Total Fire Ban for Central on Tue 3 Mar 2026 removed"))
    }

    @Test(arguments: StoreKind.allCases)
    func theStandingGivesTheBillsAndPaymentsBehindTwelveMonthsUnpaid_7_2a(kind: StoreKind) throws {
        // Given $90.00 owed after a quarterly bill of $60.00 part-paid, then one of $40.00 unpaid, the first due 15 months ago
        let store = try A.melCarter(kind, balance: "0")
        let address = StoreFixtures.address("27 Barkly Street", "Melton", "3337")
        for (issued, due, previous, charge) in [("2024-11-01", "2024-12-01", "0", "60"), ("2025-02-01", "2025-03-03", "60", "40")] {
            let usage = UsagePeriod(start: F.date(issued).adding(days: -90), end: F.date(issued), litres: 41_000, meterRead: .estimated)
            try A.addBill(try Bill(issueDate: F.date(issued), dueDate: F.date(due), accountNumber: F.number, billingAddress: address,
                                   propertyAddress: address, usage: usage, previousBillAmount: F.dollars(previous),
                                   paymentsSinceLastBill: issued == "2025-02-01" ? F.dollars("10") : .zero,
                                   charges: [Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: F.dollars(charge))],
                                   concessionApplied: .zero), to: store)
        }
        try A.addPayment(Payment(date: F.date("2024-11-20"), amount: F.dollars("10"), method: .internet), to: F.number, in: store)
        // Then the standing reads them back whole, oldest first
        let standing = try #require(try store.standing(ofAccount: F.number))
        #expect(standing.account.balance == F.dollars("90"))
        #expect(standing.account.primaryCustomer?.name == "Mel Carter")
        #expect(standing.bills.map(\.issueDate) == [F.date("2024-11-01"), F.date("2025-02-01")])
        #expect(standing.bills.map(\.amountDue) == [F.dollars("60"), F.dollars("90")])
        #expect(standing.bills.first?.charges.first?.description == "Water usage")
        #expect(standing.payments.map(\.amount) == [F.dollars("10")])
        #expect(standing.letterAddressee.lines == ["27 Barkly Street", "Melton VIC 3337"])
        #expect(try store.standing(ofAccount: "1000000099") == nil)
        // And the facts count the consecutive unpaid bills, so less than $200 may still be pursued (7.2(a))
        #expect(try store.restrictionFacts(for: F.number, today: F.now.date, disputedAmount: .zero).unpaidConsecutiveBillsForTwelveMonths)
    }

    @Test func onPostgresAgentsRecordStepsButOnlySupervisorsDeclareBansAndTrainersReadNothing() throws {
        let store = try #require(try A.melCarter(.postgres) as? PostgresStore)
        try Self.recordEverySteps(store)
        let agent = try A.connection(to: store, as: "tl_ana", in: "tapline_agent")
        #expect(try agent.execute("SELECT id FROM collection_event").rows.count == 6)
        for sql in ["INSERT INTO total_fire_ban(district, on_date) VALUES ('Central', '2026-03-03')",
                    "UPDATE collection_event SET on_date = '2026-01-01'", "DELETE FROM collection_event"] {
            let error = #expect(throws: PGError.self) { try agent.execute(sql) }
            #expect(error?.isPermissionDenied == true, "\(sql)")
        }
        let supervisor = try A.connection(to: store, as: "tl_sam", in: "tapline_supervisor")
        try supervisor.execute("INSERT INTO total_fire_ban(district, on_date) VALUES ('Central', '2026-03-03')")
        #expect(try supervisor.execute("SELECT declared_by FROM total_fire_ban").first?["declared_by"] == "tl_sam")
        let trainer = try A.connection(to: store, as: "tl_tom", in: "tapline_trainer")
        let error = #expect(throws: PGError.self) { try trainer.execute("SELECT * FROM collection_event") }
        #expect(error?.isPermissionDenied == true)
    }

    @Test func onPostgresWorkIsRecordedOnlyInTheSessionsOwnName() throws {
        let store = try #require(try A.melCarter(.postgres) as? PostgresStore)
        let agent = try A.connection(to: store, as: "tl_ana", in: "tapline_agent")
        // Every change these areas save writes its audit entry through one place, which holds the login to its own name
        try agent.transaction { try PGAreaSupport.audit(as: "tl_ana", at: F.now, .changed, accountNumber: F.number, detail: "own", $0) }
        #expect(throws: StoreError.refused("this is recorded as done by ajones, but you are signed in as tl_ana; nothing was saved")) {
            try agent.transaction { try PGAreaSupport.audit(as: "ajones", at: F.now, .changed, accountNumber: F.number, detail: "x", $0) }
        }
        #expect(try agent.execute("SELECT who FROM audit_log WHERE detail = 'own'").first?["who"] == "tl_ana")
    }
}
