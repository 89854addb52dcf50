import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// The supervisors' conduct lists a page at a time (issue 12 item 6), proved on both stores:
/// every page the store reads is exactly the domain's definition over the same incidents
/// (`IncidentReviewQueue.page`, `RestrictionsDueForReview.page`), repeat markers included.
@Suite("Conduct store contract: the review queue and restrictions due a page at a time")
struct ConductQueuesContractTests {
    typealias W = ConductWorld

    /// Every incident on the store, as the supervisor reads them.
    func everything(_ world: W) throws -> [ConductIncident] {
        try world.store(.sam).incidents(for: world.name(.sam), role: .supervisor, limit: 1000)
    }

    /// Reads the whole list `size` rows at a time, as the screen does, checking each page's offset and total.
    func pages<Row: Hashable & Sendable>(of size: Int, _ read: (ConductPageRange) throws -> ConductPage<Row>) throws -> (rows: [Row], totals: Set<Int>) {
        var rows: [Row] = [], totals: Set<Int> = []
        while true {
            let page = try read(ConductPageRange(offset: rows.count, limit: size))
            #expect(page.offset == rows.count)
            totals.insert(page.total)
            rows += page.rows
            if page.rows.count < size || rows.count >= page.total { return (rows, totals) }
        }
    }

    // MARK: - The review queue

    /// Incidents on two accounts and by one person under two spellings, over more than a year,
    /// some reported at the same minute, one never reported.
    func queueWorld(_ kind: StoreKind) throws -> W {
        let world = try W(kind)
        _ = try world.reported(at: "2025-01-05T09:00", reportedAt: "2025-01-05T09:10")                 // too old to count for 2026
        _ = try world.reported(by: .bob, at: "2025-06-01T09:00", reportedAt: "2025-06-01T09:30")
        _ = try world.raise(at: "2026-02-20T08:00")                                                    // never reported: still earlier
        _ = try world.reported(at: "2026-03-01T10:00", reportedAt: "2026-03-01T10:05")
        _ = try world.reported(by: .bob, at: "2026-03-01T09:00", reportedAt: "2026-03-01T10:05")         // same minute, raised earlier
        _ = try world.reported(at: "2026-02-01T11:00", reportedAt: "2026-03-02T08:00", account: nil, name: "Lee Chan")
        _ = try world.reported(by: .bob, at: "2026-03-02T09:00", reportedAt: "2026-03-02T09:01", account: "2002003004", name: "lee  CHAN")
        _ = try world.reported(at: "2026-03-03T09:00", reportedAt: "2026-03-03T09:01", account: "3003004005", name: "Sam Other")
        return world
    }

    /// Conduct policy, "The policy in action": the queue is decided longest waiting first, each
    /// incident with its earlier incidents ("repeat offenders") found for the whole page in one read.
    @Test(arguments: StoreKind.allCases)
    func theReviewQueueReadAPageAtATimeIsTheDomainsQueueWithItsRepeatMarkers_PolicyInAction(_ kind: StoreKind) throws {
        // Given eight incidents, seven of them reported
        let world = try queueWorld(kind)
        let all = try everything(world)
        let sam = try world.store(.sam)
        // When the supervisor reads the queue two at a time, and whole
        let paged = try pages(of: 2) { try sam.incidentReviewQueue($0, role: .supervisor) }
        let whole = try sam.incidentReviewQueue(ConductPageRange(limit: 100), role: .supervisor)
        // Then both are the domain's queue over the same incidents, markers and all
        let expected = IncidentReviewQueue.page(all, ConductPageRange(limit: 100))
        #expect(whole == expected)
        #expect(paged.rows == expected.rows)
        #expect(paged.totals == [7])
        #expect(expected.rows.map(\.incident.raisedAt.date.iso) == ["2025-01-05", "2025-06-01", "2026-03-01", "2026-03-01", "2026-02-01", "2026-03-02", "2026-03-03"])
        #expect(expected.rows.map(\.isRepeat) == [false, true, true, true, false, true, false])
        // And a later page alone is the slice of it
        #expect(try sam.incidentReviewQueue(ConductPageRange(offset: 4, limit: 3), role: .supervisor)
                == IncidentReviewQueue.page(all, ConductPageRange(offset: 4, limit: 3)))
        #expect(try sam.incidentReviewQueue(ConductPageRange(offset: 9, limit: 3), role: .supervisor).rows.isEmpty)
    }

    /// The repeat marker for a page (one query) is what the single-incident look back gives each.
    @Test(arguments: StoreKind.allCases)
    func earlierIncidentsForAPageAreEachIncidentsOwn_PolicyInAction(_ kind: StoreKind) throws {
        let world = try queueWorld(kind)
        let sam = try world.store(.sam)
        let all = try everything(world)
        let together = try sam.earlierIncidents(forEach: all)
        #expect(together == (try all.map { try sam.earlierIncidents(for: $0) }))
        #expect(together == RepeatOffender.earlierIncidents(forEach: all, among: all))
        #expect(try sam.earlierIncidents(forEach: []).isEmpty)
    }

    /// Home's figure is the queue's total, counted by the store, and changes as incidents are decided.
    @Test(arguments: StoreKind.allCases)
    func homesAwaitingDecisionCountIsTheQueuesTotal(_ kind: StoreKind) throws {
        let world = try queueWorld(kind)
        let sam = try world.store(.sam)
        #expect(try sam.awaitingDecisionCount(role: .supervisor) == 7)
        #expect(try sam.incidentReviewQueue(ConductPageRange(limit: 0), role: .supervisor) == ConductPage(rows: [], offset: 0, total: 7))
        let first = try #require(try sam.incidentReviewQueue(ConductPageRange(limit: 1), role: .supervisor).rows.first)
        _ = try world.restrict(first.incident, "2026-03-04", "2026-09-04")
        #expect(try sam.awaitingDecisionCount(role: .supervisor) == 6)
    }

    @Test(arguments: StoreKind.allCases)
    func thePagedListsAndTheCountAreForSupervisors(_ kind: StoreKind) throws {
        let world = try W(kind)
        _ = try world.reported()
        for person in [W.Person.alice, .tina] {
            let store = try world.store(person)
            #expect(throws: ConductStoreError.reviewIsForSupervisors) { try store.incidentReviewQueue(ConductPageRange(), role: person.role) }
            #expect(throws: ConductStoreError.reviewIsForSupervisors) { try store.awaitingDecisionCount(role: person.role) }
            #expect(throws: ConductStoreError.reviewIsForSupervisors) {
                try store.restrictionsDueForReview(RestrictionsDueQuery(today: W.date("2026-03-03"), within: 30), role: person.role)
            }
        }
    }

    // MARK: - Restrictions due for review

    /// Restrictions every way the rule can go: due by date, asked for, both, not yet started,
    /// lapsed, asked for and then replaced by a new restriction, and two on the same review date.
    func restrictionsWorld(_ kind: StoreKind) throws -> W {
        let world = try W(kind)
        func restricted(_ n: Int, _ start: String, _ review: String) throws -> ConductIncident {
            let incident = try world.reported(at: "2026-03-02T10:0\(n)", reportedAt: "2026-03-02T10:1\(n)", account: "10\(n)", name: "Person \(n)")
            return try world.restrict(incident, start, review)
        }
        func ask(_ incident: ConductIncident, _ iso: String, by person: W.Person = .alice) throws {
            let shown = try #require(incident.currentRestriction)
            _ = try world.store(person).recordReviewRequest(onIncident: incident.id, shown: shown, by: world.name(person), role: person.role,
                                                            at: W.time(iso))
        }
        _ = try restricted(1, "2026-03-03", "2026-04-10")
        _ = try restricted(2, "2026-03-03", "2026-04-10")                   // the same review date: by number
        try ask(try restricted(3, "2026-03-03", "2026-06-30"), "2026-04-01T09:00", by: .bob)   // asked by another agent
        _ = try restricted(4, "2026-03-03", "2026-08-03")                   // neither due nor asked
        _ = try restricted(5, "2026-04-15", "2026-05-20")                   // not in force before the 15th
        try ask(try restricted(6, "2026-03-03", "2026-04-05"), "2026-03-20T09:00")              // due and asked: listed once
        let replaced = try restricted(7, "2026-03-03", "2026-07-03")
        try ask(replaced, "2026-03-10T09:00")
        let asked = try world.open(replaced.id, by: .sam, at: "2026-03-15T11:00")
        _ = try world.restrict(asked, "2026-03-15", "2026-09-15")          // the new one was not asked for
        _ = try restricted(8, "2026-03-03", "2026-04-03")                   // lapses after the 3rd
        _ = try world.reported(at: "2026-03-02T11:00", reportedAt: "2026-03-02T11:01") // no restriction at all
        return world
    }

    /// Conduct policy, restriction review: the store's SQL picks exactly the restrictions
    /// `RestrictionsDueForReview` picks (in force today, reviewed within the window or asked
    /// for by the customer), in its order, a page at a time, whatever the day and window.
    @Test(arguments: StoreKind.allCases)
    func restrictionsDueAreExactlyTheDomainsRuleAPageAtATime_RestrictionReview(_ kind: StoreKind) throws {
        // Given restrictions every way the rule can go
        let world = try restrictionsWorld(kind)
        let all = try everything(world)
        let sam = try world.store(.sam)
        for today in ["2026-03-02", "2026-03-20", "2026-04-01", "2026-04-04", "2026-04-06", "2026-04-20", "2026-07-01", "2026-10-01"] {
            for days in [0, 7, 30, 90] {
                // When the supervisor reads them two at a time, and whole
                let day = W.date(today)
                let paged = try pages(of: 2) { range in
                    try sam.restrictionsDueForReview(RestrictionsDueQuery(today: day, within: days, offset: range.offset, limit: range.limit),
                                                     role: .supervisor)
                }
                let whole = try sam.restrictionsDueForReview(RestrictionsDueQuery(today: day, within: days, limit: 100), role: .supervisor)
                // Then they are the domain's list over the same incidents
                let expected = RestrictionsDueForReview.page(all, RestrictionsDueQuery(today: day, within: days, limit: 100))
                #expect(whole == expected, "\(today) within \(days)")
                #expect(paged.rows == expected.rows, "\(today) within \(days)")
                #expect(paged.totals == [expected.total], "\(today) within \(days)")
                #expect(try sam.restrictionsDueForReview(today: day, within: days, role: .supervisor) == expected.rows)
            }
        }
        // And the cases read as the rule says on 1 April, 30 days ahead
        let april = RestrictionsDueForReview.page(all, RestrictionsDueQuery(today: W.date("2026-04-01"), within: 30, limit: 100))
        #expect(april.rows.map(\.accountNumber) == ["108", "106", "101", "102", "103"])
        #expect(april.rows.map(\.customerAskedForReview) == [false, true, false, false, true])
    }

    /// What the store keeps beside the restriction's dates is the current restriction's
    /// "asked for a review", however the request was recorded.
    @Test(arguments: StoreKind.allCases)
    func theAskedColumnIsTheCurrentRestrictionsRequests_RestrictionReview(_ kind: StoreKind) throws {
        let world = try restrictionsWorld(kind)
        let all = try everything(world)
        let stored = try Self.askedColumn(world)
        #expect(stored == Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.currentRestriction?.customerAskedForReview ?? false) }))
        #expect(stored.values.filter { $0 }.count == 2)
    }

    /// `restriction_review_asked` of every incident, read behind the store.
    static func askedColumn(_ world: W) throws -> [String: Bool] {
        if world.kind == .sqlite {
            let database = try #require(try world.store(.sam) as? AppDatabase)
            return try database.writer.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, restriction_review_asked FROM conduct_incident").map {
                    ($0["id"] as String, $0["restriction_review_asked"] as Bool)
                })
            }
        }
        return try world.rootStore().withConnection { connection in
            Dictionary(uniqueKeysWithValues: try connection.execute("SELECT id, restriction_review_asked AS asked FROM conduct_incident").rows.map {
                (try $0.string("id"), $0.bool("asked") == true)
            })
        }
    }
}
