import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Hardship assessments are numbered, kept for ever and badged the same on both stores (Charter 5.6).
@Suite("HardshipStore contract on SQLite and PostgreSQL")
struct HardshipStoreContractTests {
    typealias F = PlanStoreFixtures
    typealias A = AreaStoreFixtures

    @Test(arguments: StoreKind.allCases)
    func aNewAssessmentNeverOverwritesAnOldAndNumbersStartAgainEachYear_5_6(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        let december = try A.assess(store, at: LocalDateTime(date: F.date("2025-12-31"), hour: 16))
        let first = try A.assess(store)
        let second = try A.assess(store, outcome: .notInHardship, at: LocalDateTime(date: F.date("2026-04-03"), hour: 11))
        #expect([december.id, first.id, second.id] == ["HA-2025-000001", "HA-2026-000001", "HA-2026-000002"])
        #expect(try store.hardshipAssessments(for: F.number) == [december, first, second])
        #expect(try store.hardshipAssessment("HA-2026-000001") == first)
        #expect(try store.hardshipAssessment("HA-2026-000009") == nil)
        #expect(try A.auditDetails(store, account: F.number).contains("hardship assessment HA-2026-000002: Not in hardship"))
        #expect(throws: StoreError.accountNotFound("999999")) { try A.assess(store, account: "999999") }
    }

    @Test(arguments: StoreKind.allCases)
    func aRefusedAssessmentSavesNothingAndUsesNoNumber(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        let refusal = #expect(throws: HardshipAssessment.Invalid.self) {
            try store.recordHardshipAssessment(readVersion: 0, by: F.agent, at: F.now) { id in
                try HardshipAssessment.record(id: id, accountNumber: F.number, at: F.now, agent: F.agent,
                                              criteria: HardshipCriteria(familyViolence: true), statement: nil,
                                              outcome: .notInHardship, calendar: F.calendar)
            }
        }
        #expect(refusal?.message.contains("give a reason") == true)
        #expect(try store.hardshipAssessments(for: F.number).isEmpty)
        #expect(try A.assess(store).id == "HA-2026-000001")
    }

    @Test(arguments: StoreKind.allCases)
    func theBadgeFollowsTheLatestAssessmentAndCessation_5_6j(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        #expect(try store.hardshipFlags(forAccount: F.number).isEmpty)
        try A.assess(store)
        #expect(try store.hardshipFlags(forAccount: F.number) == [.hardship])
        try store.recordHardshipCessation(.customerLeftProgramme(on: F.date("2026-03-04")), for: F.number, by: F.agent, at: F.now)
        #expect(try store.hardshipFlags(forAccount: F.number).isEmpty)
        #expect(try store.hardshipCessations(for: F.number) == [.customerLeftProgramme(on: F.date("2026-03-04"))])
        try A.assess(store, at: LocalDateTime(date: F.date("2026-05-01"), hour: 9))
        #expect(try store.hardshipFlags(forAccount: F.number) == [.hardship])
        try A.assess(store, outcome: .notInHardship, at: LocalDateTime(date: F.date("2026-06-01"), hour: 9))
        #expect(try store.hardshipFlags(forAccount: F.number).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func consolesAssessingAtOnceNeverShareANumber(kind: StoreKind) throws {
        let store = try A.melCarter(kind)
        let ids = A.Collected<String>()
        // Each console refused because another saved first (issue 12 item 3) reads the record again and saves again
        DispatchQueue.concurrentPerform(iterations: 20) { _ in
            while true {
                do {
                    ids.append(try A.assess(store).id)
                    return
                } catch is ChangedSinceRead {
                    continue
                } catch {
                    return
                }
            }
        }
        #expect(ids.items.count == 20)
        #expect(Set(ids.items).count == 20)
        #expect(try store.hardshipAssessments(for: F.number).count == 20)
    }

    @Test func onPostgresAssessmentsAreKeptFromEveryoneAndTrainersSeeOnlyTheBadge() throws {
        let store = try #require(try A.melCarter(.postgres) as? PostgresStore)
        let assessment = try A.assess(store)
        for (login, role) in [("tl_ana", "tapline_agent"), ("tl_sam", "tapline_supervisor"), ("tl_ada", "tapline_admin")] {
            let connection = try A.connection(to: store, as: login, in: role)
            #expect(try connection.execute("SELECT id FROM hardship_assessment").rows.count == 1)
            for sql in ["UPDATE hardship_assessment SET outcome = 'notInHardship'", "DELETE FROM hardship_assessment"] {
                let error = #expect(throws: PGError.self) { try connection.execute(sql) }
                #expect(error?.isPermissionDenied == true, "\(role): \(sql)")
            }
        }
        let trainer = try A.connection(to: store, as: "tl_tom", in: "tapline_trainer")
        let error = #expect(throws: PGError.self) { try trainer.execute("SELECT body FROM hardship_assessment") }
        #expect(error?.isPermissionDenied == true)
        #expect(try PGAccountFlagSources.flags(forAccount: F.number, among: [.hardship], trainer) == [.hardship])
        #expect(try store.hardshipAssessment(assessment.id) == assessment)
    }
}
