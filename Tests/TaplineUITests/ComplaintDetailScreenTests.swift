import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Complaint detail: header, timeline, and each transition through the domain")
struct ComplaintDetailScreenTests {
    typealias F = ComplaintScreenFixtures

    /// A console on complaint C-2025-000001 (received Thu 3 Apr 2025 09:00, due Thu 17 Apr 2025).
    func open(_ complaint: Complaint? = nil, env: ScreenEnvironment = F.env()) throws -> (Console, InMemoryComplaints) {
        let port = InMemoryComplaints([try complaint ?? F.complaint(1, receivedAt: "2025-04-03T09:00", disputed: Money(dollars: 250))])
        return (F.console(ComplaintDetailScreen(number: "C-2025-000001", customerName: "Daniel O'Brien"), port: port, env: env), port)
    }

    func stored(_ port: InMemoryComplaints) throws -> Complaint { try #require(port.all.first) }

    func detail(_ console: Console) -> ComplaintDetailScreen { console.top.state(as: ComplaintDetailScreen.self)! }

    func press(_ keys: [Key], _ console: Console, _ port: InMemoryComplaints, env: ScreenEnvironment = F.env()) {
        for key in keys { console.handle(key, env: env) }
        console.settle(services: F.services(port), env: env)
    }

    @Test func theHeaderShowsNumberAccountStatusLevelAndTheDueDateWithItsUrgencyWord_3_1a() throws {
        let (console, _) = try open()
        let text = F.render(console, env: F.env()).text
        #expect(text.contains("C-2025-000001 · account 1000000002 · Daniel O'Brien"))
        #expect(text.contains("Status: Open · Level: Customer Service Officer · Billing"))
        #expect(text.contains("Owner: amy (logged it)"))
        #expect(text.contains("Reply due Thu 17 Apr 2025 — DUE TODAY"))
        #expect(text.contains("DISPUTED $250.00 — collection held (3.1(e))"))
        #expect(text.contains("Timeline (1)"))
        #expect(text.contains("Logged"))
    }

    /// Issue 12 item 4: g gives the complaint to someone — a supervisor's key; an agent is told
    /// at once, before choosing anyone.
    @Test func aSupervisorGivesTheComplaintToSomeoneAndAnAgentIsToldOnlySupervisorsDo() throws {
        let (agentConsole, _) = try open()
        agentConsole.handle(.character("g"), env: F.env())
        #expect(detail(agentConsole).refusal == "Not recorded: only a supervisor gives a complaint to someone, and you are an agent")
        #expect(detail(agentConsole).panel == nil)

        let supervisor = F.env(role: .supervisor)
        let (console, port) = try open(env: supervisor)
        press([.character("g")], console, port, env: supervisor)
        // The colleague is found by typing part of the name: its owner, amy, is not offered
        let chooser = try #require(detail(console).assigneeChooser)
        #expect(chooser.matches == [.name("bob"), .name("carol"), .name("sam")])
        press([.character("r"), .character("o")], console, port, env: supervisor)
        #expect(detail(console).assigneeChooser?.matches == [.name("carol")])
        #expect(F.render(console, env: supervisor).text.contains("▸ carol"))
        // Enter opens the panel with the name chosen; F2 gives it
        press([.enter], console, port, env: supervisor)
        #expect(F.render(console, env: supervisor).text.contains("◂ carol ▸"))
        press([.function(2)], console, port, env: supervisor)
        #expect(try stored(port).owner == "carol")
        let text = F.render(console, env: supervisor).text
        #expect(text.contains("Owner: carol") && text.contains("Given to carol"))
    }

    /// A closed complaint is refused at once, before any name is typed (nobody works it now).
    @Test func aClosedComplaintIsNotOfferedTheAssigneeChooser() throws {
        let supervisor = F.env(role: .supervisor)
        let closed = try F.complaint(1, receivedAt: "2025-04-03T09:00")
            .responding(at: F.time("2025-04-04T10:00"), by: "amy", text: "The charge stands.", reasons: "Meter read twice.")
            .closing(at: F.time("2025-04-04T10:05"), by: "amy")
        let (console, port) = try open(closed, env: supervisor)
        press([.character("g")], console, port, env: supervisor)
        #expect(detail(console).assigneeChooser == nil)
        #expect(detail(console).refusal?.hasPrefix("Not recorded:") == true)
    }

    /// Esc closes the chooser without giving the complaint to anyone, and a name nobody has is
    /// said so rather than chosen.
    @Test func theAssigneeChooserCancelsWithEscAndRefusesANameNobodyHas() throws {
        let supervisor = F.env(role: .supervisor)
        let (console, port) = try open(env: supervisor)
        press([.character("g"), .character("z"), .character("z")], console, port, env: supervisor)
        #expect(F.render(console, env: supervisor).text.contains("No name contains “zz”"))
        press([.enter], console, port, env: supervisor)
        #expect(detail(console).panel == nil && detail(console).assigneeChooser != nil)
        press([.escape], console, port, env: supervisor)
        #expect(detail(console).assigneeChooser == nil)
        #expect(console.stack.count == 1, "Esc closed the chooser, not the screen")
        #expect(try stored(port).owner == "amy")
    }

    /// Charter 3.1(d)(1), issue 12 item 4: raised to the Manager, the complaint goes to the
    /// person holding that level, and the screen says so.
    @Test func raisingTheComplaintGivesItToTheLevelsHolder_3_1d1() throws {
        let port = InMemoryComplaints([try F.complaint(1, receivedAt: "2025-04-03T09:00")],
                                      deciders: ["mlee": (name: "Mia Lee", level: .manager)])
        let console = F.console(ComplaintDetailScreen(number: "C-2025-000001"), port: port, env: F.env())
        press([.character("e"), .right, .function(2)], console, port)
        #expect(try stored(port).level == .manager && stored(port).owner == "mlee")
        #expect(F.render(console, env: F.env()).text.contains("Escalated to the Manager, given to mlee"))
    }

    /// Issue 12: before anything is typed, the screen says a colleague has this complaint open,
    /// and stops saying it once they leave.
    @Test func aColleagueWithTheComplaintOpenIsNamedUntilTheyLeave() throws {
        let port = InMemoryComplaints([try F.complaint(1, receivedAt: "2025-04-03T09:00")])
        let colleagues = ColleaguesHere([Presence(login: "sam", accountNumber: "1000000002", subject: "C-2025-000001",
                                                  since: F.time("2025-04-17T10:20"))])
        var services = F.services(port)
        services.register(colleagues, as: (any PresencePort).self)
        let console = Console(root: AnyScreen(ComplaintDetailScreen(number: "C-2025-000001")))
        console.start(env: F.env())
        console.settle(services: services, env: F.env())
        let lines = F.render(console, env: F.env()).lines
        let row = try #require(lines.firstIndex { $0.contains("● sam also has C-2025-000001 open: they may be changing it") })
        let heading = try #require(lines.firstIndex { $0.contains("C-2025-000001 · account 1000000002") })
        #expect(row == heading + 1, "right under the complaint's number, above everything else")
        colleagues.leave()
        console.storeChanged(env: F.env())
        console.settle(services: services, env: F.env())
        #expect(!F.render(console, env: F.env()).text.contains("● sam"))
    }

    @Test func anOverdueReplyIsMarkedByWordAndRole_3_1a() throws {
        let env = F.env("2025-04-22T09:00")
        let (console, _) = try open(env: env)
        let canvas = F.render(console, env: env)
        let row = try #require(canvas.lines.firstIndex { $0.contains("Reply due Thu 17 Apr 2025 — OVERDUE") })
        #expect(canvas[2, row].role == .danger)
    }

    @Test("escalation goes to any higher level chosen", arguments: [
        (0, EscalationLevel.teamLeader, "teamLeader"),
        (1, .manager, "manager"),
        (2, .generalManager, "generalManager"),
    ])
    func escalationGoesToTheLevelChosen_3_1d1(rights: Int, level: EscalationLevel, trainingName: String) throws {
        let (console, port) = try open()
        press([.character("e")], console, port)
        #expect(F.render(console, env: F.env()).text.contains("Escalate (Charter 3.1(d)(1))"))
        press(Array(repeating: .right, count: rights) + [.enter], console, port)
        #expect(try stored(port).level == level)
        let text = F.render(console, env: F.env()).text
        #expect(text.contains("Level: \(level.title)"))
        #expect(text.contains("Escalated to the \(level.title)"))
        #expect(console.traineeActions.map(\.action) == [.escalatedComplaint(toLevel: trainingName)])
    }

    @Test func nothingIsAboveTheGeneralManager_3_1d() throws {
        let (console, port) = try open()
        press([.character("e"), .left, .enter], console, port)        // ← wraps to General Manager
        press([.character("e")], console, port)
        #expect(detail(console).refusal
            == "The complaint is with the General Manager, the highest level; the customer can go to EWOV (Charter 3.1(d)(2))")
        let text = F.render(console, env: F.env()).text
        #expect(text.contains("✖ The complaint is with the General Manager, the highest level;"))
        #expect(!text.contains("Escalate (Charter 3.1(d)(1))"))
    }

    @Test func aResponseNeedsItsTextAndReasons_3_1c() throws {
        let (console, port) = try open()
        press([.character("r"), .enter], console, port)
        var text = F.render(console, env: F.env()).text
        #expect(text.contains("✖ write the response the customer was given"))
        #expect(text.contains("✖ give the reasons for the decision (Charter 3.1(c))"))
        #expect(try stored(port).responses.isEmpty)
        // When both are given
        F.type("The bill stands.", into: console, env: F.env())
        console.handle(.tab, env: F.env())
        F.type("Two readings agree.", into: console, env: F.env())
        press([.function(2)], console, port)
        // Then the response is recorded, no reply is awaited, and training sees it
        #expect(try stored(port).status == .responded(at: F.env().now))
        text = F.render(console, env: F.env()).text
        #expect(text.contains("Status: Responded"))
        #expect(text.contains("First reply Thu 17 Apr 2025 10:30"))
        #expect(text.contains("Decision by amy, Customer Service Officer, Thu 17 Apr 2025: The bill stands."))
        #expect(console.traineeActions.map(\.action) == [.respondedToComplaint])
    }

    @Test func longReasonsWrapInTheRespondPanelSoTheyReadBackWhole_3_1c() throws {
        // Given the respond panel at 80x24
        let (console, port) = try open()
        press([.character("r")], console, port)
        F.type("Bill corrected.", into: console, env: F.env())
        console.handle(.tab, env: F.env())
        // When reasons longer than the field's width are typed
        F.type("The meter was read again on 28 November and the first reading was wrong by 120 kilolitres, so the bill is reissued.",
               into: console, env: F.env())
        // Then they show from their first word to their last (the field scrolled, hiding the start)
        let text = F.render(console, env: F.env()).text
        #expect(text.contains("The meter was read again"))
        #expect(text.contains("wrong by 120 kilolitres"))
        #expect(text.contains("reissued."))
    }

    @Test func aRefusedTransitionShowsTheDomainsMessageAndChangesNothing_3_1() throws {
        let (console, port) = try open()
        press([.character("c"), .enter], console, port)
        #expect(detail(console).refusal == "Not recorded: " + ComplaintRefusal.noResponseYet.message)
        #expect(F.render(console, env: F.env()).text.contains("✖ Not recorded: give the customer a response with reasons before"))
        #expect(try stored(port).timeline.count == 1)
        press([.escape], console, port)
        #expect(console.stack.count == 1 && detail(console).panel == nil, "Esc closes the panel, not the screen")
        press([.character("x")], console, port)
        F.type("2025-04-17", into: console, env: F.env())
        press([.enter], console, port)
        let refusal = ComplaintRefusal.promisedDateTooEarly(promised: F.date("2025-04-17"), notice: F.date("2025-04-17"))
        #expect(detail(console).refusal == "Not recorded: " + refusal.message)
        #expect(F.render(console, env: F.env()).text.contains("✖ Not recorded: the reply date Thu 17 Apr 2025 must be after the day"))
        #expect(try stored(port).complexReplyPromisedBy == nil)
    }

    @Test func aComplexComplaintIsDueOnThePromisedDate_3_1b() throws {
        let (console, port) = try open()
        press([.character("x")], console, port)
        F.type("2025-05-02", into: console, env: F.env())
        press([.enter], console, port)
        #expect(try stored(port).complexReplyPromisedBy == F.date("2025-05-02"))
        #expect(F.render(console, env: F.env()).text.contains("Reply due Fri 2 May 2025 (promised, 3.1(b)) — on track"))
    }

    @Test func whatTheCustomerWasToldIsRecordedRightByRight_3_1f() throws {
        let (console, port) = try open()
        press([.character("t")], console, port)
        let panel = F.render(console, env: F.env()).text
        #expect(panel.contains("Customer told (Charter 3.1(f))"))
        #expect(panel.contains("3.1(d)(2)"))
        // When the agent says Yes to 3.1(a) and 3.1(d)(2) (the fifth field)
        press([.right, .tab, .tab, .tab, .tab, .right, .enter], console, port)
        // Then
        #expect(try stored(port).informedOf == [.replyWithinTenBusinessDays, .ewovReferral])
        #expect(F.render(console, env: F.env()).text.contains("3.1(a) ✔ 3.1(b) ✖"))
        #expect(console.traineeActions.map(\.action) == [.referralOffered(to: "EWOV")])
    }

    @Test func theEWOVReferralKeyRecordsItAndCountsAsAReferral_3_1d2() throws {
        let (console, port) = try open()
        press([.character("v")], console, port)
        #expect(try stored(port).ewovReferralGivenAt == F.env().now)
        #expect(F.render(console, env: F.env()).text.contains("EWOV referral information given"))
        #expect(console.traineeActions.map(\.action) == [.referralOffered(to: "EWOV")])
    }

    @Test func anExternalClaimKeepsTheDisputeOpenUntilFinalised_3_2() throws {
        let env = F.env("2025-04-22T09:00")
        let (console, port) = try open(env: env)
        press([.character("o"), .enter], console, port, env: env)       // EWOV, lodged today
        #expect(try stored(port).externalClaim == .lodged(forum: .ewov, on: F.date("2025-04-22")))
        #expect(F.render(console, env: env).text.contains("EWOV claim lodged Tue 22 Apr 2025 — open (3.2)"))
        press([.character("f"), .enter], console, port, env: env)
        #expect(try stored(port).externalClaim == .finalised(forum: .ewov, lodgedOn: F.date("2025-04-22"),
                                                             finalisedOn: F.date("2025-04-22")))
    }

    @Test func lettersAreWrittenByThePortAndTheirPathShown_3_1f() throws {
        let (console, port) = try open()
        press([.character("l")], console, port)
        #expect(F.render(console, env: F.env()).text.contains("No letter written: give the customer a response"))
        press([.character("a")], console, port)
        let text = F.render(console, env: F.env()).text
        #expect(text.contains("✔ Letter written: /letters/C-2025-000001-acknowledgement-2025-04-17.md"))
        #expect(text.contains("✔ Acknowledgement letter written to /letters/"), "and on the status line")
        #expect(try stored(port).rightsNotYetInformed.isEmpty)
    }

    /// Issue 12 item 3: a refused save names who changed the complaint and when, shows the
    /// fresh copy, and Ctrl-R makes the same change on it.
    @Test func aChangeSavedBySomeoneElseFirstIsNamedNotOverwrittenAndCanBeReapplied() throws {
        // Given another agent escalated the complaint after this screen loaded it
        let (console, port) = try open()
        port.replace(try stored(port).escalated(to: .manager, at: F.time("2025-04-17T10:00"), by: "bob"))
        // When this agent records the EWOV referral
        press([.character("v")], console, port)
        // Then the save is refused naming bob and when, the other change stands and shows
        let said = "C-2025-000001 was changed by bob at 10:00 on Thu 17 Apr 2025 (Escalated: Customer Service Officer → Manager) "
            + "after you opened it; nothing was saved. Ctrl-R: reapply your change on the fresh copy"
        #expect(detail(console).refusal == said)
        let text = F.render(console, env: F.env()).text
        #expect(text.contains("✖ C-2025-000001 was changed by bob at 10:00"))
        #expect(text.contains("Level: Manager"), "the fresh copy is shown")
        #expect(text.contains("Ctrl-R reapply your change on the fresh copy"), "the key-hint bar offers it")
        #expect(try stored(port).level == .manager)
        #expect(console.traineeActions.isEmpty)
        // When the agent presses Ctrl-R, Then the referral is recorded on top of bob's escalation
        press([.ctrl("r")], console, port)
        let saved = try stored(port)
        #expect(saved.level == .manager)
        #expect(saved.ewovReferralGivenAt == F.time("2025-04-17T10:30"))
        #expect(detail(console).reapply == nil)
        #expect(!F.render(console, env: F.env()).text.contains("Ctrl-R"), "no longer offered once saved")
    }

    /// Issue 12 item 3: what was typed in a task's panel survives a stale refusal and is
    /// what Ctrl-R records on the fresh copy.
    @Test func aTaskTypedBeforeAColleaguesChangeKeepsItsWordsAndReappliesThem() throws {
        // Given the escalation panel with a note typed
        let (console, port) = try open()
        press([.character("e"), .tab], console, port)
        F.type("Customer asked twice", into: console, env: F.env())
        // And meanwhile bob gave the EWOV referral information
        port.replace(try stored(port).givingEWOVReferral(at: F.time("2025-04-17T10:05"), by: "bob"))
        // When the agent records the escalation
        press([.enter], console, port)
        // Then it is refused naming bob, and the panel still holds the note
        let panel = try #require(detail(console).panel)
        #expect(panel.form[.note] == "Customer asked twice")
        #expect(F.render(console, env: F.env()).text.contains("changed by bob at 10:05"))
        #expect(try stored(port).level == .frontline)
        // When Ctrl-R is pressed, Then the escalation with its note is saved after bob's entry
        press([.ctrl("r")], console, port)
        let saved = try stored(port)
        #expect(saved.level == .teamLeader)
        #expect(saved.timeline.map(\.agent) == ["amy", "bob", "amy"])
        #expect(saved.timeline.last?.note == "Customer asked twice")
        #expect(detail(console).panel == nil)
    }

    @Test func anUnknownNumberSaysSo() {
        let port = InMemoryComplaints()
        let console = F.console(ComplaintDetailScreen(number: "C-2025-000404"), port: port, env: F.env())
        #expect(F.render(console, env: F.env()).text.contains("✖ no complaint C-2025-000404"))
    }
}

/// Colleagues with records open, as a `PresencePort` would report them.
final class ColleaguesHere: PresencePort, @unchecked Sendable {
    private let lock = NSLock()
    private var present: [Presence]

    init(_ present: [Presence]) { self.present = present }

    func leave() { lock.withLock { present = [] } }
    func showing(_ accountNumber: String?, subject: String?, since: LocalDateTime, user: String) throws {}
    func others(withOpen subject: String) throws -> [Presence] { lock.withLock { present.filter { $0.subject == subject } } }
}
