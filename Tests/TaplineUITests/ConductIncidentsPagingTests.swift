import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineUI

/// Issue 12 item 6: the supervisors' conduct lists at contact-centre scale, read a page at a time.
@Suite("Conduct incidents area: the review queue a page at a time")
struct ConductIncidentsPagingTests {
    typealias F = ConductUIFixtures

    /// `count` reported incidents a minute apart from 1 February, each on an account of its own.
    func reported(_ count: Int) throws -> InMemoryConduct {
        let port = InMemoryConduct()
        for i in 0..<count {
            _ = try F.reported(port, at: String(format: "2026-02-01T%02d:%02d", i / 60, i % 60), account: String(format: "4%09d", i),
                           name: "Person \(i)")
        }
        return port
    }

    /// The screen's page: what it reads at a time.
    let P = ConductIncidentsScreen.pageRows

    func screen(_ console: Console) throws -> ConductIncidentsScreen { try #require(console.top.state(as: ConductIncidentsScreen.self)) }

    @Test func theQueueOpensOnItsFirstPageWithTheWholeQueuesTotal() throws {
        // Given 250 incidents awaiting a decision
        let port = try reported(250)
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        // When the supervisor opens the area
        let console = F.console(ConductIncidentsScreen(), port: port, env: env)
        // Then one page of each list was read, and the tab and the scroll marker count all 250
        #expect(port.pagesRead == ["queue 0+\(P)", "due 0+\(P)"])
        #expect(try screen(console).queue.count == P)
        let lines = F.render(console, env: env).lines
        #expect(lines[2].contains("▸1 Review queue (250)"))
        #expect(lines[2].contains("2 Restrictions due (0)"))
        #expect(lines.contains { $0.contains("▼ \(250 - visibleRows(lines)) more — ↑/↓ scroll") }, "the rows not loaded yet count too")
    }

    @Test func movingNearTheEndOfWhatIsLoadedReadsTheNextPage() throws {
        let port = try reported(250)
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentsScreen(), port: port, env: env)
        // When the supervisor pages down to the last row loaded, within a fifth of a page of the end
        F.press(Array(repeating: .pageDown, count: 3), on: console, port: port, env: env)
        #expect(try screen(console).queue.count == P, "row 31 is not near the end yet")
        F.press([.pageDown], on: console, port: port, env: env)
        // Then the next page is read once, and follows the first in queue order
        #expect(port.pagesRead == ["queue 0+\(P)", "due 0+\(P)", "queue \(P)+\(P)"])
        #expect(try screen(console).queue.map(\.incident.id) == IncidentReviewQueue.list(port.all).prefix(2 * P).map(\.id))
    }

    @Test func anAgentsOwnIncidentsAreReadAPageAtATimeToo() throws {
        // Given 60 incidents alice raised, and alice, an agent, opening the area
        let port = try reported(60)
        let env = F.env("2026-03-02T09:00", agent: "alice", role: .agent)
        let console = F.console(ConductIncidentsScreen(start: .mine), port: port, env: env)
        // Then she sees the newest page of hers, and the scroll marker counts all 60
        #expect(try screen(console).mine.count == P)
        #expect(try screen(console).mine.first?.raisedAt == port.all.map(\.raisedAt).max())
        let lines = F.render(console, env: env).lines
        #expect(lines.contains { $0.contains("▼ \(60 - visibleRows(lines)) more — ↑/↓ scroll") })
        // When she pages down to the end of what is loaded, the rest is read, newest first
        F.press(Array(repeating: .pageDown, count: 4), on: console, port: port, env: env)
        #expect(try screen(console).mine.map(\.id) == port.all.sorted { $0.raisedAt > $1.raisedAt }.map(\.id))
    }

    @Test func aChangeAnywhereReadsAgainAllThatIsLoadedAndTheSelectionStaysOnItsIncident() throws {
        // Given two pages loaded and the 60th row selected
        let port = try reported(250)
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentsScreen(), port: port, env: env)
        F.press(Array(repeating: .pageDown, count: 6), on: console, port: port, env: env)
        let selected = try #require(try screen(console).selectedIncidentId)
        #expect(try screen(console).queue.count == 2 * P)
        // When an incident reported before all of them arrives from another desk
        _ = try F.reported(port, at: "2026-01-15T09:00", account: "5000000001", name: "Early Bird")
        console.storeChanged(env: env)
        console.settle(services: F.services(port), env: env)
        // Then all loaded are read again from the top, the total grows and the selection stays on its incident
        #expect(port.pagesRead.suffix(2) == ["queue 0+\(2 * P)", "due 0+\(P)"])
        #expect(try screen(console).queue.count == 2 * P)
        #expect(try screen(console).queue.first?.incident.accountNumber == "5000000001")
        #expect(try screen(console).selectedIncidentId == selected)
        #expect(F.render(console, env: env).lines[2].contains("Review queue (251)"))
    }

    @Test func aPageReadBeforeARefreshIsDropped() throws {
        let port = try reported(250)
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        var screen = ConductIncidentsScreen()
        _ = screen.reduce(.loaded(role: .supervisor, queue: try port.reviewQueue(ConductPageRange(limit: 100), role: .supervisor),
                                  due: ConductPage(rows: [], offset: 0, total: 0), mine: ConductPage(rows: [], offset: 0, total: 0)), env: env)
        // A page that starts where an older, longer load ended does not follow what is loaded now
        _ = screen.reduce(.moreQueueLoaded(try port.reviewQueue(ConductPageRange(offset: 150, limit: 100), role: .supervisor)), env: env)
        #expect(screen.queue.count == 100)
        _ = screen.reduce(.moreQueueLoaded(try port.reviewQueue(ConductPageRange(offset: 100, limit: 100), role: .supervisor)), env: env)
        #expect(screen.queue.count == 200)
    }

    @Test func tabTitlesGroupTheirTotalsByThousands() {
        #expect(Tabs.title("Review queue", count: 1234) == "Review queue (1,234)")
        #expect(Tabs.title("Restrictions due", count: 100_000) == "Restrictions due (100,000)")
        #expect(Tabs.title("Yours", count: 0) == "Yours (0)")
    }

    @Test func pagedRowsAskForTheNextPageOnlyNearTheEndOfWhatIsLoaded() {
        var rows = PagedRows<Int>(pageRows: 100)
        #expect(rows.nextPageOffset(selected: 0) == nil, "nothing read yet")
        rows.replace(with: Array(0..<100), total: 250)
        #expect(rows.nextPageOffset(selected: 79) == nil)
        #expect(rows.nextPageOffset(selected: 80) == 100)
        let added = rows.append(Array(100..<200), at: 100, total: 250)
        let stale = rows.append(Array(300..<400), at: 300, total: 250)
        #expect(added && !stale)
        #expect(rows.rows == Array(0..<200))
        #expect(rows.refreshLimit == 200)
        rows.replace(with: Array(0..<250), total: 250)
        #expect(rows.nextPageOffset(selected: 249) == nil, "all of it is loaded")
    }

    /// Rows of the table drawn on screen: those between its header and its scroll marker.
    func visibleRows(_ lines: [String]) -> Int {
        guard let header = lines.firstIndex(where: { ($0.contains("Reported") || $0.contains("Raised")) && $0.contains("Incident") }),
              let marker = lines.firstIndex(where: { $0.contains("more — ↑/↓ scroll") }) else { return 0 }
        return marker - header - 1
    }
}
