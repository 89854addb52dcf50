import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Complaints queue: most urgent first, marked by word and role, filtered by level and agent")
struct ComplaintQueueScreenTests {
    typealias F = ComplaintScreenFixtures

    /// On Thu 17 Apr 2025: one overdue, one due today, one due within 2 business days, one on track, one answered.
    func port() throws -> InMemoryComplaints {
        let answered = try F.complaint(5, receivedAt: "2025-04-02T09:00")
            .responding(at: F.time("2025-04-03T09:00"), by: "amy", text: "Fixed.", reasons: "The main was repaired.")
        let escalated = try F.complaint(3, receivedAt: "2025-04-07T09:00", by: "amy")
            .escalated(to: .teamLeader, at: F.time("2025-04-08T09:00"), by: "amy")
        return InMemoryComplaints([
            try F.complaint(4, receivedAt: "2025-04-17T09:00", by: "carol", account: "1000000004"),  // due Tue 6 May
            escalated,                                                                               // due Wed 23 Apr
            try F.complaint(2, receivedAt: "2025-04-03T09:00", by: "bob"),                           // due Thu 17 Apr
            try F.complaint(1, receivedAt: "2025-04-01T09:00", by: "amy"),                           // due Tue 15 Apr
            answered,
        ])
    }

    func queue(_ console: Console) -> ComplaintQueueScreen { console.top.state(as: ComplaintQueueScreen.self)! }

    func numbers(_ console: Console) -> [String] { queue(console).entries.map(\.complaint.id) }

    @Test func theQueueIsInUrgencyOrderAndEachRowSaysHowUrgent_3_1a() throws {
        let console = F.console(ComplaintQueueScreen(), port: try port(), env: F.env())
        for _ in 0..<3 { console.handle(.down, env: F.env()) }   // the selection on the last row
        let canvas = F.render(console, env: F.env())
        let expected: [(String, String, StyleRole)] = [
            ("C-2025-000001", "Tue 15 Apr 2025 OVERDUE", .danger),
            ("C-2025-000002", "Thu 17 Apr 2025 DUE TODAY", .warning),
            ("C-2025-000003", "Wed 23 Apr 2025 DUE SOON", .warning),
            ("C-2025-000004", "Tue 6 May 2025  on track", .selection),
        ]
        let rows = try expected.map { number, _, _ in try #require(canvas.lines.firstIndex { $0.contains(number) }) }
        #expect(rows == rows.sorted(), "most urgent first")
        for ((_, words, role), row) in zip(expected, rows) {
            #expect(canvas.lines[row].contains(words))
            #expect(canvas[30, row].role == role, "the row is drawn in its urgency's role as well as its word")
        }
        #expect(!canvas.text.contains("C-2025-000005"), "an answered complaint awaits no reply")
        #expect(canvas.text.contains("Awaiting a reply: 4 — 1 overdue, 1 due today, 1 due soon"))
    }

    /// Issue 12: a complaint logged at another desk appears in the open queue when the store
    /// says it changed, no key pressed, and the supervisor's selection stays on the complaint
    /// it was on, though a more urgent one now lists above it.
    @Test func aComplaintLoggedElsewhereAppearsAndTheSelectionStaysOnItsComplaint_3_1a() throws {
        let port = try port()
        let console = F.console(ComplaintQueueScreen(), port: port, env: F.env())
        console.handle(.down, env: F.env())
        #expect(queue(console).entries[queue(console).table.selected].complaint.id == "C-2025-000002")
        port.replace(try F.complaint(6, receivedAt: "2025-03-31T09:00", by: "dan"))  // logged elsewhere, overdue: lists first
        console.storeChanged(env: F.env())
        console.settle(services: F.services(port), env: F.env())
        #expect(numbers(console).count == 5 && numbers(console).first != "C-2025-000001")
        #expect(queue(console).entries[queue(console).table.selected].complaint.id == "C-2025-000002")
        #expect(F.render(console, env: F.env()).text.contains("Awaiting a reply: 5"))
    }

    @Test func theLevelFilterCyclesThroughEachLevelThenAll_3_1d1() throws {
        let console = F.console(ComplaintQueueScreen(), port: try port(), env: F.env())
        console.handle(.character("l"), env: F.env())
        #expect(numbers(console) == ["C-2025-000001", "C-2025-000002", "C-2025-000004"])
        console.handle(.character("l"), env: F.env())
        #expect(numbers(console) == ["C-2025-000003"])
        #expect(F.render(console, env: F.env()).text.contains("Level: Team Leader (l)"))
        console.handle(.character("l"), env: F.env())
        #expect(F.render(console, env: F.env()).text.contains("No complaints match these filters."))
        console.handle(.character("l"), env: F.env())
        console.handle(.character("l"), env: F.env())
        #expect(numbers(console).count == 4, "after the General Manager comes all levels again")
    }

    @Test func theAgentFilterCyclesThroughWhoLoggedThem() throws {
        let console = F.console(ComplaintQueueScreen(), port: try port(), env: F.env())
        #expect(queue(console).agents == ["amy", "bob", "carol"])
        console.handle(.character("g"), env: F.env())
        #expect(numbers(console) == ["C-2025-000001", "C-2025-000003"])
        #expect(F.render(console, env: F.env()).text.contains("Logged by: amy (g)"))
        console.handle(.character("g"), env: F.env())
        #expect(numbers(console) == ["C-2025-000002"])
        console.handle(.character("g"), env: F.env())
        console.handle(.character("g"), env: F.env())
        #expect(numbers(console).count == 4)
    }

    @Test func enterOpensTheSelectedComplaint() throws {
        let port = try port()
        let console = F.console(ComplaintQueueScreen(), port: port, env: F.env())
        console.handle(.down, env: F.env())
        console.handle(.enter, env: F.env())
        console.settle(services: F.services(port), env: F.env())
        #expect(console.top.title == "Complaint C-2025-000002")
        #expect(F.render(console, env: F.env()).text.contains("Reply due Thu 17 Apr 2025 — DUE TODAY"))
    }

    @Test func anEmptyQueueSaysSo() {
        let console = F.console(ComplaintQueueScreen(), port: InMemoryComplaints(), env: F.env())
        #expect(F.render(console, env: F.env()).text.contains("No complaints are awaiting a reply."))
    }

    @Test func aMissingPortIsAMessageNotACrash() {
        let console = Console(root: AnyScreen(ComplaintQueueScreen()))
        console.start(env: F.env())
        console.settle(services: Services(), env: F.env())
        #expect(F.render(console, env: F.env()).text.contains("✖ ComplaintsPort is not available in this console"))
    }
}
