import Testing
@testable import TaplineDomain
@testable import TaplineUI

/// The complaint screens refuse, on screen and in words, what the charter forbids.
@Suite("Complaint screens: deciders, disputed amounts, backdating, promised dates, facts once, long descriptions")
struct ComplaintRulesScreenTests {
    typealias F = ComplaintScreenFixtures

    // MARK: - Helpers

    func detail(_ console: Console) -> ComplaintDetailScreen { console.top.state(as: ComplaintDetailScreen.self)! }

    func press(_ keys: [Key], _ console: Console, _ port: InMemoryComplaints, env: ScreenEnvironment = F.env()) {
        for key in keys { console.handle(key, env: env) }
        console.settle(services: F.services(port), env: env)
    }

    func openDetail(_ complaint: Complaint, port: InMemoryComplaints, env: ScreenEnvironment = F.env()) -> Console {
        F.console(ComplaintDetailScreen(number: complaint.id, customerName: "Daniel O'Brien"), port: port, env: env)
    }

    func escalated(to level: EscalationLevel) throws -> Complaint {
        try F.complaint(1, receivedAt: "2025-04-03T09:00").escalated(to: level, at: F.time("2025-04-10T09:00"), by: "amy")
    }

    func log(_ port: InMemoryComplaints, env: ScreenEnvironment) -> Console {
        F.console(LogComplaintScreen(context: F.account), port: port, env: env)
    }

    func focus(_ field: LogComplaintScreen.Field, in console: Console, env: ScreenEnvironment) {
        while console.top.state(as: LogComplaintScreen.self)!.form.focus != field { console.handle(.tab, env: env) }
    }

    // MARK: - Who decides (3.1(d)(1))

    @Test func anAgentPressingRespondAtGeneralManagerLevelIsRefusedOnScreen_3_1d1() throws {
        let port = InMemoryComplaints([try escalated(to: .generalManager)])
        let console = openDetail(try escalated(to: .generalManager), port: port)
        press([.character("r")], console, port)
        #expect(detail(console).panel == nil, "no panel to type a decision that cannot be recorded")
        #expect(detail(console).refusal == "Not recorded: a decision at General Manager level is recorded by the General Manager, "
                + "or by a supervisor on their behalf; you are an agent (Charter 3.1(d)(1))")
        #expect(F.render(console, env: F.env()).text.contains("✖ Not recorded: a decision at General Manager level is recorded by the"))
        #expect(try #require(port.all.first).responses.isEmpty)
    }

    @Test func aSupervisorRespondsOnTheGeneralManagersBehalfNamedAsSuch_3_1d1() throws {
        let env = F.env(role: .supervisor)
        let port = InMemoryComplaints([try escalated(to: .generalManager)], deciders: ["amy": ("Amy Chen", nil)])
        let console = openDetail(try escalated(to: .generalManager), port: port, env: env)
        press([.character("r")], console, port, env: env)
        #expect(F.render(console, env: env).text.contains("Recorded as decided by Amy Chen, supervisor, on behalf of the General"))
        F.type("The bill stands.", into: console, env: env)
        console.handle(.tab, env: env)
        F.type("Two readings agree.", into: console, env: env)
        press([.function(2)], console, port, env: env)
        let stored = try #require(port.all.first)
        #expect(stored.latestResponse?.decidedBy == "Amy Chen, supervisor, on behalf of the General Manager")
        #expect(F.render(console, env: env).text.contains("Decision by Amy Chen, supervisor, on behalf of the General Manager"))
    }

    @Test func theHolderOfTheLevelRespondsInTheirOwnName_3_1d1() throws {
        let port = InMemoryComplaints([try escalated(to: .manager)], deciders: ["amy": ("Amy Chen", .manager)])
        let console = openDetail(try escalated(to: .manager), port: port)
        press([.character("r")], console, port)
        #expect(F.render(console, env: F.env()).text.contains("Recorded as decided by Amy Chen, Manager."))
    }

    // MARK: - Facts recorded once

    @Test func pressingVTwiceRecordsTheEWOVInformationOnce_3_1d2() throws {
        let port = InMemoryComplaints([try F.complaint(1, receivedAt: "2025-04-03T09:00")])
        let console = openDetail(try F.complaint(1, receivedAt: "2025-04-03T09:00"), port: port)
        press([.character("v")], console, port)
        press([.character("v")], console, port)
        let stored = try #require(port.all.first)
        #expect(stored.timeline.filter { $0.kind == .ewovReferralGiven }.count == 1)
        #expect(F.render(console, env: F.env()).text.contains("✖ Not recorded: EWOV referral information given is already recorded"))
    }

    // MARK: - Promised dates are business days (Part C, 3.1(b))

    @Test func aComplexReplyDateOnChristmasDayIsRefusedOnTheForm_3_1b() throws {
        let env = F.env("2026-12-01T10:00")
        let complaint = try Complaint.log(id: "C-2026-000001", accountNumber: "1000000002", receivedAt: F.time("2026-11-30T09:00"),
                                          channel: .phone, category: .billing, description: "Leak not fixed.", loggedBy: "amy",
                                          calendar: F.calendar)
        let port = InMemoryComplaints([complaint])
        let console = openDetail(complaint, port: port, env: env)
        press([.character("x")], console, port, env: env)
        F.type("2026-12-25", into: console, env: env)
        press([.function(2)], console, port, env: env)
        let text = F.render(console, env: env).text
        #expect(text.contains("25 December 2026 is Christmas Day, not a business day"))
        #expect(try #require(port.all.first).complexReplyPromisedBy == nil)
    }

    @Test func theRefusalOfAHolidayNamesTheNextBusinessDayWhole_3_1b() throws {
        // Given the complex-reply panel at 80x24, refusing Christmas Day
        let env = F.env("2026-12-01T10:00")
        let complaint = try Complaint.log(id: "C-2026-000001", accountNumber: "1000000002", receivedAt: F.time("2026-11-30T09:00"),
                                          channel: .phone, category: .billing, description: "Leak not fixed.", loggedBy: "amy",
                                          calendar: F.calendar)
        let port = InMemoryComplaints([complaint])
        let console = openDetail(complaint, port: port, env: env)
        press([.character("x")], console, port, env: env)
        F.type("2026-12-25", into: console, env: env)
        press([.function(2)], console, port, env: env)
        // Then the message wraps under the field to its end, the date the agent can offer instead
        // (it was cut at "…; date…")
        let text = F.render(console, env: env).lines.map { $0.replacingOccurrences(of: "│", with: " ") }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("(the next is 29 December 2026)"))
        // And the date field's hint reads whole ("YYYY-MM-DD, a busine…")
        #expect(text.contains("YYYY-MM-DD, a business day"))
    }

    // MARK: - The description in full (issue 17)

    @Test func aThousandCharacterDescriptionShowsWrappedInFullAndScrolls() throws {
        let words = (1...200).map { "w\($0 % 10)\($0)" }.joined(separator: " ")
        let description = String(words.prefix(1_000))
        let complaint = try Complaint.log(id: "C-2025-000001", accountNumber: "1000000002", receivedAt: F.time("2025-04-03T09:00"),
                                          channel: .phone, category: .billing, description: description, loggedBy: "amy",
                                          calendar: F.calendar)
        let port = InMemoryComplaints([complaint])
        let console = openDetail(complaint, port: port)
        var canvas = Canvas(width: 120, height: 40)
        console.render(into: &canvas, env: F.env())
        // At 120x40 the whole description fits: every word is on screen
        let wide = canvas.text
        let lastWord = try #require(description.split(separator: " ").dropLast().last)
        #expect(wide.contains(" \(lastWord) "))
        #expect(!wide.contains("PgDn/PgUp scroll it"))
        // At 80x24 it scrolls, saying where it is, and PgDn shows the rest
        let narrow = F.render(console, env: F.env()).text
        #expect(narrow.contains("▼ description lines 1–"))
        press(Array(repeating: .pageDown, count: 4), console, port)
        let end = F.render(console, env: F.env()).text
        #expect(end.contains("▲ description lines"))
        #expect(end.contains(" \(lastWord) "))
        #expect(end.contains("Timeline (1)"), "the timeline keeps its place under the description")
    }

    // MARK: - Disputed amount bound (3.1(e))

    @Test func aDisputedAmountAboveTheBalanceIsRefusedOnTheForm_3_1e() throws {
        let env = F.env()
        let port = InMemoryComplaints(owed: Money(dollars: 2_016, cents: 80))
        let console = log(port, env: env)
        focus(.description, in: console, env: env)
        F.type("The bill is wrong.", into: console, env: env)
        focus(.disputedAmount, in: console, env: env)
        F.type("50000", into: console, env: env)
        press([.function(2)], console, port, env: env)
        #expect(port.all.isEmpty)
        #expect(F.render(console, env: env).text.contains("✖ cannot exceed the $2,016.80 owed on the account (3.1(e))"))
    }

    // MARK: - Backdated complaints (3.1(a))

    @Test func aBackdatedComplaintWarnsItIsAlreadyOverdueWhenSaving_3_1a() throws {
        let env = F.env("2026-12-01T10:00")
        let port = InMemoryComplaints()
        let console = log(port, env: env)
        console.handle(.ctrl("u"), env: env)
        F.type("2026-11-10 09:00", into: console, env: env)
        #expect(F.render(console, env: env).text.contains("Reply due: Tue 24 Nov 2026 — ▲ already OVERDUE"))
        #expect(F.render(console, env: env).text.contains("apologises and promises a reply by Wed 2 Dec 2026"))
        focus(.description, in: console, env: env)
        F.type("Letter found in the wrong tray.", into: console, env: env)
        press([.function(2)], console, port, env: env)
        #expect(F.render(console, env: env).text.contains("Complaint C-2026-000001 logged — OVERDUE: reply was due Tue 24 Nov 2026"))
        // And the queue flags it OVERDUE
        let queue = F.console(ComplaintQueueScreen(), port: port, env: env)
        let row = try #require(F.render(queue, env: env).lines.first { $0.contains("C-2026-000001") })
        #expect(row.contains("OVERDUE"))
    }

    // MARK: - Open disputes (3.1(e), 3.2)

    @Test func tabOnTheQueueShowsOpenDisputesWithWhatEachWaitsOn_3_2() throws {
        let env = F.env("2025-06-02T09:00")
        let answered = try F.complaint(7, receivedAt: "2025-04-03T09:00", disputed: Money(dollars: 684, cents: 90))
            .escalated(to: .teamLeader, at: F.time("2025-04-04T09:00"), by: "amy")
            .responding(at: F.time("2025-04-07T10:00"), by: ComplaintResponder(user: "sue", role: .supervisor),
                        text: "The charge stands.", reasons: "Meter tested accurate.")
            .claimLodged(with: .ewov, on: F.date("2025-04-14"), at: F.time("2025-04-14T10:00"), by: "amy")
        let port = InMemoryComplaints([answered])
        let console = F.console(ComplaintQueueScreen(), port: port, env: env)
        #expect(F.render(console, env: env).text.contains("No complaints are awaiting a reply."))
        #expect(F.render(console, env: env).text.contains("Tab: open disputes"), "read when shown")
        console.handle(.tab, env: env)
        console.settle(services: F.services(port), env: env)
        let text = F.render(console, env: env).text
        #expect(text.contains("Open disputes: 1 — $684.90 held (3.1(e)) · 0 ready to mark resolved"))
        let row = try #require(F.render(console, env: env).lines.first { $0.contains("C-2025-000007 1000000002") })
        #expect(row.contains("Team Leader"))
        #expect(row.contains("$684.90"))
        #expect(row.contains("EWOV claim lodged"))
        #expect(text.contains("▸ C-2025-000007 waits on: EWOV claim lodged Mon 14 Apr 2025 (3.2(c)(2))"))
        // Enter opens it
        console.handle(.enter, env: env)
        #expect(console.top.title == "Complaint C-2025-000007")
    }

    @Test func theQueueNamesTheFirstLevelAsEverywhereElse() throws {
        let port = InMemoryComplaints([try F.complaint(1, receivedAt: "2025-04-10T09:00")])
        let text = F.render(F.console(ComplaintQueueScreen(), port: port, env: F.env()), env: F.env()).text
        #expect(text.contains("CS Officer"))
        #expect(!text.contains("Frontline"))
    }
}
