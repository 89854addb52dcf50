import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// `tapline bench queues` loads its conduct register through `loadBenchmarkIncidents`: on both
/// stores what it loads must be a register the supervisors' queues read as the domain does and
/// the console can go on numbering (issue 12 item 6).
@Suite("The queue benchmark's conduct register, on SQLite and PostgreSQL")
struct IncidentBenchmarkLoadContractTests {
    @Test(arguments: StoreKind.allCases)
    func theLoadedRegisterIsTheDomainsQueuesAndTheNextIncidentIsNumberedAfterIt(_ kind: StoreKind) throws {
        let world = try ConductWorld(kind)
        let today = CivilDate(iso: "2026-03-02")!
        let set = SyntheticIncidents(count: 2_000, today: today, accounts: 1, agents: 3, supervisors: 2)
        var generated: [ConductIncident] = []
        try set.forEach(accountNumber: { _ in ConductWorld.account }) { incident, _, _ in generated.append(incident) }
        var reported: [Int] = []
        let loader: any ConductStore = kind == .sqlite ? try world.store(.sam) : try world.rootStore()
        try loader.loadBenchmarkIncidents(set) { reported.append($0) }
        #expect(reported.isEmpty, "progress comes every 10,000")

        // The review queue: those awaiting a decision, reported longest ago first (conduct policy, "The policy in action")
        let sam = try world.store(.sam)
        let awaiting = generated.filter { $0.stage == .awaitingSupervisorReview }
            .sorted { ($0.reportedAt ?? $0.raisedAt, $0.raisedAt, $0.id) < ($1.reportedAt ?? $1.raisedAt, $1.raisedAt, $1.id) }
        #expect(!awaiting.isEmpty)
        #expect(try sam.incidentReviewQueue(role: .supervisor).map(\.id) == awaiting.map(\.id))
        // Restrictions due for review: never open-ended, and those the customer asked to review among them
        let due = try sam.restrictionsDueForReview(today: today, within: 30, role: .supervisor)
        #expect(due == RestrictionsDueForReview.list(generated, today: today, within: 30))
        #expect(due.contains { $0.customerAskedForReview } && due.contains { !$0.customerAskedForReview })

        // The number series goes on after the loaded ones
        let next = try world.raise(at: "2026-03-02T17:00")
        let lastOf2026 = try #require(generated.map(\.id).filter { $0.hasPrefix("CI-2026-") }.max())
        #expect(next.id > lastOf2026 && next.id.hasPrefix("CI-2026-"))
    }
}
