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

    func numbers(_ console: Console) -> [String] { queue(console).rows.map(\.id) }

    func selected(_ console: Console) -> String { queue(console).rows[queue(console).table.selected].id }

    @Test func theQueueIsInUrgencyOrderAndEachRowSaysHowUrgent_3_1a() throws {
        let console = F.console(ComplaintQueueScreen(), port: try port(), env: F.env())
        for _ in 0..<3 { console.handle(.down, env: F.env()) }   // the selection on the last row
        let canvas = F.render(console, env: F.env())
        let expected: [(String, String, StyleRole)] = [
            ("C-2025-000001", "15 Apr OVERDUE 2d", .danger),
            ("C-2025-000002", "17 Apr DUE TODAY", .warning),
            ("C-2025-000003", "23 Apr DUE SOON", .warning),
            ("C-2025-000004", " 6 May on track", .selection),
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
        #expect(selected(console) == "C-2025-000002")
        port.replace(try F.complaint(6, receivedAt: "2025-03-31T09:00", by: "dan"))  // logged elsewhere, overdue: lists first
        console.storeChanged(env: F.env())
        console.settle(services: F.services(port), env: F.env())
        #expect(numbers(console).count == 5 && numbers(console).first != "C-2025-000001")
        #expect(selected(console) == "C-2025-000002")
        #expect(F.render(console, env: F.env()).text.contains("Awaiting a reply: 5"))
    }

    @Test func theLevelFilterCyclesThroughEachLevelThenAll_3_1d1() throws {
        let port = try port()
        let console = F.console(ComplaintQueueScreen(), port: port, env: F.env())
        func press() {
            console.handle(.character("l"), env: F.env())
            console.settle(services: F.services(port), env: F.env())
        }
        press()
        #expect(numbers(console) == ["C-2025-000001", "C-2025-000002", "C-2025-000004"])
        press()
        #expect(numbers(console) == ["C-2025-000003"])
        #expect(F.render(console, env: F.env()).text.contains("Level: Team Leader (l)"))
        press()
        #expect(F.render(console, env: F.env()).text.contains("No complaints match these filters."))
        press()
        press()
        #expect(numbers(console).count == 4, "after the General Manager comes all levels again")
    }

    /// Issue 12 item 4: the owner filter cycles through everyone complaints can be given to.
    /// A centre has hundreds of owners: g opens a chooser, typing narrows it, Enter filters.
    @Test func theOwnerFilterIsChosenByTypingPartOfAName() throws {
        let port = try port()
        let console = F.console(ComplaintQueueScreen(), port: port, env: F.env())
        #expect(queue(console).owners == ["amy", "bob", "carol", "sam"])
        console.handle(.character("g"), env: F.env())
        #expect(queue(console).ownerChooser?.matches == [.anyone, .name("amy"), .name("bob"), .name("carol"), .name("sam")])
        #expect(F.render(console, env: F.env()).text.contains("Whose complaints"))
        // Typing narrows the names (in any case); Enter filters by the one highlighted
        for key in "AM" { console.handle(.character(key), env: F.env()) }
        #expect(queue(console).ownerChooser?.matches == [.name("amy"), .name("sam")], "starting with it first")
        console.handle(.enter, env: F.env())
        console.settle(services: F.services(port), env: F.env())
        #expect(queue(console).ownerChooser == nil)
        #expect(numbers(console) == ["C-2025-000001", "C-2025-000003"])
        #expect(F.render(console, env: F.env()).text.contains("Owner: amy (g)"))
        // The chooser opens on the filter in force; ↓ Enter moves on to bob
        console.handle(.character("g"), env: F.env())
        #expect(queue(console).ownerChooser?.highlighted == .name("amy"))
        console.handle(.down, env: F.env())
        console.handle(.enter, env: F.env())
        console.settle(services: F.services(port), env: F.env())
        #expect(numbers(console) == ["C-2025-000002"])
        // "everyone's" heads the list: everyone's complaints again
        console.handle(.character("g"), env: F.env())
        for _ in 0..<5 { console.handle(.up, env: F.env()) }
        console.handle(.enter, env: F.env())
        console.settle(services: F.services(port), env: F.env())
        #expect(numbers(console).count == 4)
        #expect(F.render(console, env: F.env()).text.contains("Owner: all (g)"))
    }

    /// Issue 12 item 4: each row names the customer, the category, the level and the owner,
    /// and an overdue one says by how many business days (Charter 3.1(a)).
    @Test func rowsNameTheCustomerCategoryOwnerAndDaysOverdue_3_1a() throws {
        let console = F.console(ComplaintQueueScreen(), port: try port(), env: F.env())
        let canvas = F.render(console, env: F.env())
        let row = try #require(canvas.lines.first { $0.contains("C-2025-000001") })
        #expect(row.contains("15 Apr OVERDUE 2d"), "due Tue 15 Apr, seen Thu 17 Apr: 2 business days late")
        #expect(row.contains("Cust 0002") && row.contains("Billing") && row.contains("CS Officer"))
        #expect(row.trimmingCharacters(in: .whitespaces).hasSuffix("amy"))
        for header in ["Due", "Urgency", "Number", "Customer", "Category", "Level", "Owner"] {
            #expect(canvas.text.contains(header))
        }
    }

    /// Issue 12 item 4: My work is the queue of the user's own complaints: those they logged
    /// and those given to them, not those given away.
    @Test func myWorkListsTheComplaintsThatAreTheUsersOwn() throws {
        let port = try port()
        let given = try F.complaint(7, receivedAt: "2025-04-16T09:00", by: "bob")
            .assigned(to: "amy", at: F.time("2025-04-16T10:00"), by: "sam", role: .supervisor)
        let away = try F.complaint(8, receivedAt: "2025-04-16T09:00", by: "amy")
            .assigned(to: "carol", at: F.time("2025-04-16T10:00"), by: "sam", role: .supervisor)
        port.replace(given)
        port.replace(away)
        let console = F.console(ComplaintQueueScreen(scope: .mine), port: port, env: F.env())
        #expect(console.top.title == "My work")
        #expect(numbers(console) == ["C-2025-000001", "C-2025-000003", "C-2025-000007"])
        let text = F.render(console, env: F.env()).text
        #expect(text.contains("Awaiting a reply: 3") && text.contains("yours"))
        #expect(!text.contains("(g)"), "My work is not filtered by another owner")
    }

    /// Issue 12 item 6: the queue is read a page at a time; moving down near the end of what is
    /// loaded reads the next page, so every complaint can still be reached.
    @Test func aLongQueueLoadsItsNextPageAsTheSelectionNearsTheEnd() throws {
        let many = try (1...250).map { try F.complaint($0, receivedAt: "2025-04-10T09:00", by: "amy") }
        let port = InMemoryComplaints(many)
        let console = F.console(ComplaintQueueScreen(), port: port, env: F.env())
        #expect(queue(console).rows.count == ComplaintQueueScreen.pageRows)
        let first = F.render(console, env: F.env())
        #expect(first.text.contains("Awaiting a reply: 250"))
        // The marker counts the rows not loaded yet too: 250 in all, not the 100 read so far
        let shown = first.lines.filter { $0.contains("C-2025-") }.count
        #expect(first.text.contains("▼ \(250 - shown) more"))
        for _ in 0..<9 { console.handle(.pageDown, env: F.env()) }
        console.settle(services: F.services(port), env: F.env())
        #expect(queue(console).rows.count == 2 * ComplaintQueueScreen.pageRows)
        for _ in 0..<20 { console.handle(.pageDown, env: F.env()) }
        console.settle(services: F.services(port), env: F.env())
        for _ in 0..<20 { console.handle(.pageDown, env: F.env()) }
        #expect(queue(console).rows.count == 250 && selected(console) == "C-2025-000250")
    }

    /// Issue 12 item 6: the open disputes too are read a page at a time with the figures for
    /// all of them (Charter 3.1(e), 3.2), and every one can still be reached.
    @Test func aLongDisputesQueueLoadsItsNextPageAndCountsThemAll_3_2() throws {
        let env = F.env("2025-06-02T09:00")
        let many = try (1...250).map {
            try F.complaint($0, receivedAt: "2025-04-10T09:00", disputed: Money(dollars: 10))
                .responding(at: F.time("2025-04-11T10:00"), by: "amy", text: "The charge stands.", reasons: "Meter read twice.")
        }
        let port = InMemoryComplaints(many)
        let console = F.console(ComplaintQueueScreen(), port: port, env: env)
        console.handle(.tab, env: env)
        console.settle(services: F.services(port), env: env)
        #expect(queue(console).disputes.rows.count == ComplaintQueueScreen.pageRows)
        let first = F.render(console, env: env)
        // Every decision's 10 business days are over: all 250 are ready, and nothing is held
        #expect(first.text.contains("Open disputes: 250 — $0.00 held (3.1(e)) · 250 ready to mark resolved"))
        let shown = first.lines.filter { $0.contains("C-2025-") && !$0.contains("▸") }.count
        #expect(first.text.contains("▼ \(250 - shown) more"))
        for _ in 0..<30 {
            console.handle(.pageDown, env: env)
            console.settle(services: F.services(port), env: env)
        }
        #expect(queue(console).disputes.rows.count == 250)
        #expect(F.render(console, env: env).text.contains("▸ C-2025-000250 waits on: ready to mark resolved"))
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
