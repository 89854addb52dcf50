import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Conduct store: review queue, repeat offenders, restrictions, badge")
struct ConductQueueTests {
    typealias F = ConductFixtures

    @Test func theReviewQueueShowsReportedIncidentsLongestWaitingFirst() throws {
        // Given incidents reported out of the order they were raised, one still being recorded
        let database = try F.database()
        let early = try F.reported(in: database, at: "2026-03-02T09:00", reportedAt: "2026-03-02T15:00")
        let late = try F.reported(in: database, at: "2026-03-02T10:00", reportedAt: "2026-03-02T10:05")
        try F.raise(in: database, at: "2026-03-02T08:00")
        // When a supervisor reads the queue
        let queue = try database.conduct.reviewQueue(role: .supervisor)
        // Then it lists the reported ones, the one reported first at the top
        #expect(queue.map(\.id) == [late.id, early.id])
    }

    @Test func decidedIncidentsLeaveTheQueueButOutstandingReferralsKeepThemInIt() throws {
        // Given a threat, reported, and an abusive call, reported
        let database = try F.database()
        let threat = try F.raise(in: database, behaviours: [.threatOfViolenceOrUnwantedContact], then: [.contactEnded, .reported])
        let abuse = try F.reported(in: database, at: "2026-03-02T11:00", reportedAt: "2026-03-02T11:05")
        // When both get a warning letter
        for incident in [threat, abuse] {
            _ = try database.conduct.apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], to: incident.id, read: .incident(version: try F.version(incident.id, database)),
                                           by: F.supervisor, role: .supervisor, at: F.time("2026-03-03T09:00"))
        }
        // Then the threat stays until its police referral; the abuse is done
        #expect(try database.conduct.reviewQueue(role: .supervisor).map(\.id) == [threat.id])
    }

    @Test(arguments: [Role.agent, .trainer])
    func theQueueAndDueRestrictionsAreForSupervisorsOnly(role: Role) throws {
        let database = try F.database()
        #expect(throws: ConductStoreError.reviewIsForSupervisors) { try database.conduct.reviewQueue(role: role) }
        #expect(throws: ConductStoreError.reviewIsForSupervisors) {
            try database.conduct.restrictionsDueForReview(today: F.date("2026-03-02"), within: 30, role: role)
        }
    }

    @Test func earlierIncidentsOnTheAccountOrByTheSamePersonMarkARepeatOffender() throws {
        // Given incidents over a year and more: the same account, the same name elsewhere, strangers
        let database = try F.database()
        let tooOld = try F.raise(in: database, at: "2025-03-01T10:00")
        let sameAccount = try F.raise(in: database, at: "2025-03-02T10:00", name: nil)
        let sameName = try F.raise(in: database, at: "2025-12-01T10:00", account: nil, name: "  pat   SMITH ", kind: .memberOfPublic)
        try F.raise(in: database, at: "2026-01-01T10:00", account: nil, name: "Lee Chan", kind: .memberOfPublic)
        let current = try F.reported(in: database, at: "2026-03-02T10:00", reportedAt: "2026-03-02T10:05")
        // When the store looks for earlier incidents
        let earlier = try database.conduct.earlierIncidents(for: current)
        // Then it finds those within 12 months (exactly 12 months counts), oldest first
        #expect(earlier.map(\.id) == [sameAccount.id, sameName.id])
        #expect(!earlier.contains { $0.id == tooOld.id })
        #expect(try database.conduct.earlierIncidents(for: tooOld).isEmpty, "nothing came before the first")
    }

    @Test func frustrationOnlyIsNeverCountedAgainstACustomer() throws {
        let database = try F.database()
        try F.raise(in: database, at: "2026-02-01T10:00", behaviours: [], then: [])
        let current = try F.reported(in: database)
        #expect(try database.conduct.earlierIncidents(for: current).isEmpty)
    }

    @Test(arguments: [
        ("2026-03-02", false),  // the day before the restriction starts
        ("2026-03-03", true),   // its first day
        ("2026-09-03", true),   // its review date: still shown
        ("2026-09-04", false),  // lapsed
    ])
    func aRestrictionAppliesFromItsStartThroughItsReviewDate(day: String, applies: Bool) throws {
        let database = try F.database()
        let reported = try F.reported(in: database)
        _ = try F.restrict(reported, in: database, "2026-03-03", "2026-09-03")
        let restricted = try database.conduct.restrictedIncidents(onAccount: F.account, on: F.date(day))
        #expect(restricted.map(\.id) == (applies ? [reported.id] : []))
        #expect(try database.conduct.restrictedIncidents(onAccount: "9999999999", on: F.date(day)).isEmpty)
    }

    @Test func restrictionsDueForReviewAreSoonestFirstAndIncludeTheCustomersRequests() throws {
        // Given three restrictions: reviewed in 10 days, in 5 months (customer asked), in 6 months
        let database = try F.database()
        let soon = try F.reported(in: database, at: "2026-03-02T09:00", reportedAt: "2026-03-02T09:05")
        let asked = try F.reported(in: database, at: "2026-03-02T10:00", reportedAt: "2026-03-02T10:05")
        let later = try F.reported(in: database, at: "2026-03-02T11:00", reportedAt: "2026-03-02T11:05")
        _ = try F.restrict(soon, in: database, "2026-03-03", "2026-04-13")
        _ = try F.restrict(asked, in: database, "2026-03-03", "2026-08-03")
        _ = try F.restrict(later, in: database, "2026-03-03", "2026-09-03")
        _ = try database.conduct.apply([.customerRequestedRestrictionReview(on: F.date("2026-04-01"))], to: asked.id, read: .incident(version: try F.version(asked.id, database)),
                                       by: F.agent, role: .agent, at: F.time("2026-04-01T09:00"))
        // When a supervisor lists those due within 30 days on 3 April
        let due = try database.conduct.restrictionsDueForReview(today: F.date("2026-04-03"), within: 30, role: .supervisor)
        // Then the one reviewed on 13 April and the one the customer asked about are listed
        #expect(due.map(\.incidentId) == [soon.id, asked.id])
        #expect(due.map(\.daysUntilReview) == [10, 122])
        #expect(due.map(\.customerAskedForReview) == [false, true])
    }

    @Test func theBadgeShowsWhileARestrictionIsNotPastItsReviewDate() throws {
        // Given two accounts with restrictions decided on the machine's today: one reviewed in
        // six months, one decided long ago and reviewed yesterday
        let database = try F.database()
        try StoreFixtures.create([StoreFixtures.account("2002003004", "Lee Chan")], in: database)
        let today = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT date('now', 'localtime')") }.flatMap(CivilDate.init(iso:))!
        let current = try F.reported(in: database, at: today.iso + "T00:00", reportedAt: today.iso + "T00:01")
        _ = try F.restrict(current, in: database, today.iso, today.adding(months: 6).iso)
        let started = today.adding(months: -6)
        let lapsed = try F.reported(in: database, at: started.iso + "T09:00", reportedAt: started.iso + "T09:05", account: "2002003004")
        _ = try F.restrict(lapsed, in: database, started.iso, today.adding(days: -1).iso)
        // When lookup rows are read
        let summaries = try database.accounts.summaries([F.account, "2002003004"])
        // Then only the current restriction shows CONTACT RESTRICTED
        #expect(summaries.map { $0.flags.contains(.conductRestriction) } == [true, false])
        #expect(try database.accounts.detail(F.account)?.flags.contains(.conductRestriction) == true)
    }
}
