import Testing
@testable import TaplineDomain

/// Issue 12 item 6: the definitions the stores' paged reads are held to.
@Suite("Conduct lists a page at a time: the definitions the stores are compared with")
struct ConductPagesTests {
    static let insult: Set<ConductBehaviour> = [.insultingIntelligenceOrCharacter]

    @Test func aPageIsTheSliceOfTheWholeListWithItsTotal() {
        #expect(ConductPage.of(Array(1...5), offset: 2, limit: 2) == ConductPage(rows: [3, 4], offset: 2, total: 5))
        #expect(ConductPage.of(Array(1...5), offset: 4, limit: 10) == ConductPage(rows: [5], offset: 4, total: 5))
        #expect(ConductPage.of(Array(1...5), offset: 9, limit: 10) == ConductPage(rows: [], offset: 5, total: 5))
        #expect(ConductPage.of(Array(1...5), offset: 0, limit: 0) == ConductPage(rows: [], offset: 0, total: 5), "0: only the total")
    }

    /// Conduct policy, "The policy in action": incidents are decided in the order they were reported.
    @Test func theReviewQueueIsReportedLongestAgoFirstThenByNumber_PolicyInAction() throws {
        func reported(_ id: String, at iso: String) throws -> ConductIncident {
            try ConductFixture.walk(ConductFixture.incident(id: id, behaviours: Self.insult, at: ConductFixture.time(iso)),
                                    [.askedToStop(words: ConductFixture.askWords), .behaviourContinued([]), .contactEnded, .reported])
        }
        let nine = try reported("CI-2026-000002", at: "2026-03-02T09:00")
        let eight = try reported("CI-2026-000003", at: "2026-03-02T08:00")
        let alsoNine = try reported("CI-2026-000001", at: "2026-03-02T09:00")
        let notReported = try ConductFixture.incident(id: "CI-2026-000004", behaviours: Self.insult, at: ConductFixture.time("2026-03-02T07:00"))
        #expect(IncidentReviewQueue.list([nine, notReported, eight, alsoNine]).map(\.id) == ["CI-2026-000003", "CI-2026-000001", "CI-2026-000002"])
        let page = IncidentReviewQueue.page([nine, notReported, eight, alsoNine], ConductPageRange(offset: 1, limit: 1))
        #expect(page.rows.map(\.incident.id) == ["CI-2026-000001"])
        #expect(page.total == 3)
        #expect(page.rows.first?.earlier.map(\.id) == ["CI-2026-000004", "CI-2026-000003"], "earlier ones count whatever their stage")
    }

    /// Conduct policy, repeat offenders: one read for a page covers every incident's 12 months.
    @Test func theLookBackForAPageCoversEachIncidentsWindow_RepeatOffenders() throws {
        let march = try ConductFixture.incident(id: "M", behaviours: Self.insult, at: ConductFixture.time("2026-03-02T10:00"))
        let june = try ConductFixture.incident(id: "J", behaviours: Self.insult, at: ConductFixture.time("2026-06-15T09:30"))
        let window = try #require(RepeatOffender.lookBack(for: [june, march]))
        #expect(window.from == ConductFixture.time("2025-03-02T00:00"))
        #expect(window.before == june.raisedAt)
        #expect(RepeatOffender.lookBack(for: []) == nil)
        let earlier = try ConductFixture.incident(id: "E", behaviours: Self.insult, at: ConductFixture.time("2026-01-10T10:00"))
        #expect(RepeatOffender.earlierIncidents(forEach: [march, june], among: [earlier, march, june]).map { $0.map(\.id) }
                == [["E"], ["E", "M"]])
    }
}
