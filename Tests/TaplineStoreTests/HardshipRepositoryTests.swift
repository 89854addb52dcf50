import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Hardship store: assessments kept for ever, numbers, badge and protections (Charter 5.6)")
struct HardshipRepositoryTests {
    typealias F = PlanStoreFixtures

    @Test func aNewAssessmentNeverOverwritesAnOld_5_6() throws {
        // Given an account assessed in hardship, then a month later assessed again
        let database = try F.database()
        let first = try F.assess(database)
        let second = try F.assess(database, outcome: .notInHardship,
                                  at: LocalDateTime(date: F.date("2026-04-03"), hour: 11))
        // Then both are kept, oldest first, with their own numbers, and read back whole
        #expect(first.id == "HA-2026-000001")
        #expect(second.id == "HA-2026-000002")
        #expect(try database.hardship.assessments(for: F.number) == [first, second])
        #expect(try database.hardship.latest(for: F.number) == second)
        #expect(try database.hardship.assessment("HA-2026-000001") == first)
        #expect(try database.hardship.assessment("HA-2026-000009") == nil)
        // And each was audited as a creation on the account
        let audited = try database.audit.entries(forAccount: F.number).filter { $0.action == .created }.map(\.detail)
        #expect(audited.contains("hardship assessment HA-2026-000001: In hardship"))
        #expect(audited.contains("hardship assessment HA-2026-000002: Not in hardship"))
    }

    @Test func numbersStartAgainEachYear() throws {
        let database = try F.database()
        try F.assess(database, at: LocalDateTime(date: F.date("2025-12-31"), hour: 16))
        let next = try F.assess(database)
        #expect(next.id == "HA-2026-000001")
    }

    @Test func aRefusedAssessmentSavesNothingAndUsesNoNumber() throws {
        // Given a recommendation overridden without a reason (refused by the domain)
        let database = try F.database()
        let refusal = #expect(throws: HardshipAssessment.Invalid.self) {
            try database.hardship.record(readVersion: 0, by: F.agent, at: F.now) { id in
                try HardshipAssessment.record(id: id, accountNumber: F.number, at: F.now, agent: F.agent,
                                              criteria: HardshipCriteria(familyViolence: true), statement: nil,
                                              outcome: .notInHardship, calendar: F.calendar)
            }
        }
        #expect(refusal?.message.contains("give a reason") == true)
        // Then nothing is saved, and the next assessment gets the first number
        #expect(try database.hardship.assessments(for: F.number).isEmpty)
        #expect(try F.assess(database).id == "HA-2026-000001")
    }

    @Test func anAssessmentForAnUnknownAccountIsRefused() throws {
        let database = try F.database()
        #expect(throws: StoreError.accountNotFound("999999")) { try F.assess(database, account: "999999") }
    }

    @Test func theBadgeFollowsTheLatestAssessmentAndCessation_5_6j() throws {
        let database = try F.database()
        #expect(!(try F.flags(database)).contains(.hardship))
        // When assessed in hardship, Then the badge shows
        try F.assess(database)
        #expect(try F.flags(database).contains(.hardship))
        // When the policy ceases the next day, Then it goes
        try database.hardship.recordCessation(.customerLeftProgramme(on: F.date("2026-03-04")), for: F.number, by: F.agent, at: F.now)
        #expect(!(try F.flags(database)).contains(.hardship))
        #expect(try database.hardship.cessations(for: F.number) == [.customerLeftProgramme(on: F.date("2026-03-04"))])
        // When assessed in hardship again after it, Then the badge is back; a later "not in hardship" removes it
        try F.assess(database, at: LocalDateTime(date: F.date("2026-05-01"), hour: 9))
        #expect(try F.flags(database).contains(.hardship))
        try F.assess(database, outcome: .notInHardship, at: LocalDateTime(date: F.date("2026-06-01"), hour: 9))
        #expect(!(try F.flags(database)).contains(.hardship))
    }

    @Test func theBadgeShowsInLookupRowsToo() throws {
        let database = try F.database()
        try F.assess(database)
        #expect(try database.accounts.summaries([F.number]).first?.flags.contains(.hardship) == true)
    }

    @Test func protectionsApplyOnlyWhileAnAgreedPlanIsKept_5_6c() throws {
        // Given a customer in hardship without a plan
        let database = try F.database()
        let assessment = try F.assess(database)
        #expect(try database.hardship.protection(for: F.number).protections.isEmpty)
        // When a plan is agreed under the assessment, Then all three protections apply
        let plan = try F.agree(database, hardshipAssessmentID: assessment.id)
        #expect(try database.hardship.protection(for: F.number).protections.count == 3)
        // When an instalment is missed, Then they stop until it is paid
        _ = try database.paymentPlans.recordMissed(plan.id, readVersion: 1, instalment: 1, on: F.date("2026-03-17"), by: F.agent, at: F.now)
        #expect(try database.hardship.protection(for: F.number).protections.isEmpty)
    }

    @Test func consolesSavingAtOnceNeverShareANumber() throws {
        // Given two consoles on one database file
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let setup = try AppDatabase.open(path: path)
        var account = StoreFixtures.account(F.number, "Mel Carter")
        account.balance = F.dollars("500")
        _ = try setup.accounts.create(account, by: "setup", at: F.now)
        let consoles = [setup, try AppDatabase.open(path: path)]
        // When each saves ten assessments at the same time (one refused because another saved
        // first, issue 12 item 3, reads the record again and saves again)
        let ids = PlanStoreFixtures.Collected<String>()
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            while true {
                do {
                    ids.append(try F.assess(consoles[index % 2]).id)
                    return
                } catch is ChangedSinceRead {
                    continue
                } catch {
                    return
                }
            }
        }
        // Then all twenty are saved under twenty different numbers
        let saved = ids.items
        #expect(saved.count == 20)
        #expect(Set(saved).count == 20)
        #expect(try setup.hardship.assessments(for: F.number).count == 20)
    }
}
