import TaplineDomain
import Testing
@testable import TaplineUI

/// Calls recorded in memory, with what the audit trail would say was done on them.
final class MemoryCalls: CallsPort, @unchecked Sendable {
    var recorded: [(call: Interaction, account: String?)] = []
    var done: [String] = ["note added"]
    var refusing: String?
    var asked: [(account: String, agent: String, since: LocalDateTime)] = []

    func activity(on accountNumber: String, by agent: String, since start: LocalDateTime) throws -> [String] {
        asked.append((accountNumber, agent, start))
        return done
    }

    func record(_ call: Interaction, on accountNumber: String?) throws {
        if let refusing { throw PortUnavailable(port: refusing) }
        recorded.append((call, accountNumber))
    }
}

/// Issue 13 item 1: opening an account from the lookup starts a call; leaving it asks for the
/// wrap-up, with what was done filled in; F2 records it and goes back to the lookup; Esc goes
/// back to the account with the call still going; a caller never identified is recorded too.
@Suite("Call wrap-up: every call recorded with a reason, an outcome and what was done")
struct WrapUpScreenTests {
    let start = LocalDateTime(iso: "2026-12-01T10:30")!
    var env: ScreenEnvironment { ScreenEnvironment(now: start, agent: "amy") }
    let accounts = MemoryAccounts()
    let calls = MemoryCalls()

    func console(_ screen: some Screen, env: ScreenEnvironment? = nil) -> Console {
        let console = Console(root: AnyScreen(screen))
        console.start(env: env ?? self.env)
        settle(console, env: env)
        return console
    }

    func settle(_ console: Console, env: ScreenEnvironment? = nil) {
        var services = Services()
        services.register(accounts, as: (any AccountsPort).self)
        services.register(calls, as: (any CallsPort).self)
        console.settle(services: services, env: env ?? self.env)
    }

    func text(_ console: Console, env: ScreenEnvironment? = nil) -> String {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env ?? self.env)
        return canvas.text
    }

    /// The lookup with the third result's account opened from it, as an agent answering a call does.
    func onAccountFromLookup() -> Console {
        let console = console(LookupScreen(query: "smith"))
        console.handle(.down, env: env)
        console.handle(.down, env: env)
        console.handle(.enter, env: env)
        settle(console)
        return console
    }

    func press(_ console: Console, _ keys: Key..., env: ScreenEnvironment? = nil) {
        for key in keys { console.handle(key, env: env ?? self.env) }
        settle(console, env: env)
    }

    @Test func leavingTheAccountAsksForTheWrapUpWithWhatWasDoneFilledIn() throws {
        // Given an account opened from the lookup: a call has started
        let console = onAccountFromLookup()
        let call = try #require(console.top.state(as: AccountScreen.self)?.call)
        #expect(call.account?.accountNumber == "1000000003" && call.startedAt == start)
        // When the agent presses Esc ten minutes later
        let later = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:40")!, agent: "amy")
        press(console, .escape, env: later)
        // Then the wrap-up asks, with what was done read from the trail since the call started
        let wrapUp = try #require(console.top.state(as: WrapUpScreen.self))
        #expect(wrapUp.form[.summary] == "note added.")
        #expect(calls.asked.first?.account == "1000000003" && calls.asked.first?.agent == "amy" && calls.asked.first?.since == start)
        let screen = text(console, env: later)
        #expect(screen.contains("Call with Jane Smith, account 1000000003"))
        #expect(screen.contains("Phone · started Tue 1 Dec 2026 10:30 · 10 min so far"))
        #expect(screen.contains("Done on the call: note added"))
        #expect(screen.contains("Reason") && screen.contains("◂ — choose — ▸"))
        #expect(screen.contains("F2 records the call. Esc goes back to the account: the call goes on."))
    }

    @Test func f2WithoutAReasonOrOutcomeIsRefusedInWords() {
        let console = onAccountFromLookup()
        press(console, .escape, .function(2))
        let screen = text(console)
        #expect(screen.contains("✖ choose why the customer called"))
        #expect(screen.contains("✖ choose how the call ended"))
        #expect(calls.recorded.isEmpty)
        #expect(console.top.state(as: WrapUpScreen.self)?.form.focus == .reason)
    }

    @Test func f2RecordsTheCallAndGoesBackToTheLookupWhereTheAgentWas() throws {
        let console = onAccountFromLookup()
        let end = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:41")!, agent: "amy")
        press(console, .escape, .right, .tab, .right, env: end)  // Billing enquiry, Resolved on the call
        press(console, .function(2), env: end)
        let recorded = try #require(calls.recorded.first)
        #expect(recorded.account == "1000000003")
        #expect(recorded.call == Interaction(channel: .phone, at: start, agent: "amy", summary: "note added.", reason: "billing-enquiry",
                                             outcome: "resolved-on-the-call", endedAt: LocalDateTime(iso: "2026-12-01T10:41")!,
                                             done: ["note added"]))
        let lookup = try #require(console.top.state(as: LookupScreen.self), "back past the account: the call is over")
        #expect(lookup.field.text == "smith" && lookup.table.selected == 2, "the lookup keeps the agent's place")
        #expect(text(console, env: end).contains("Call recorded: Billing enquiry — Resolved on the call"))
    }

    @Test func escOnTheWrapUpGoesBackToTheAccountWithTheCallStillGoing() throws {
        let console = onAccountFromLookup()
        press(console, .escape)
        press(console, .escape)
        let account = try #require(console.top.state(as: AccountScreen.self))
        #expect(account.call?.startedAt == start, "the call goes on from when it started")
        #expect(calls.recorded.isEmpty)
        // And Esc again asks for the wrap-up again
        press(console, .escape)
        #expect(console.top.state(as: WrapUpScreen.self) != nil)
    }

    @Test func escAfterTypingInTheWrapUpAsksFirst() {
        let console = onAccountFromLookup()
        press(console, .escape, .tab, .tab)
        press(console, .character("x"))
        press(console, .escape)
        #expect(text(console).contains("Leave Wrap-up — Jane Smith (1000000003)?"), "typing is never thrown away unasked")
        press(console, .character("y"))
        #expect(console.top.state(as: AccountScreen.self)?.call != nil, "back on the account, the call still going")
    }

    @Test func aThousandCharacterSummaryIsRefusedNotCut() {
        let console = onAccountFromLookup()
        press(console, .escape)  // the summary is filled in with what was done
        press(console, .right, .tab, .right, .tab, .ctrl("u"))
        for _ in 0..<1000 { console.handle(.character("a"), env: env) }
        press(console, .function(2))
        #expect(console.top.state(as: WrapUpScreen.self)?.form[.summary].count == 1000, "nothing was cut")
        #expect(text(console).contains("✖ a summary can be at most 500 characters; this one has 1,000"))
        #expect(calls.recorded.isEmpty)
    }

    @Test func aStoreThatRefusesTheCallOffersF4ToLeaveWithoutIt() {
        calls.refusing = "the database cannot be reached just now"
        let console = onAccountFromLookup()
        press(console, .escape, .right, .tab, .right, .function(2))
        let screen = text(console)
        #expect(screen.contains("Not recorded: the database cannot be reached just now"))
        #expect(screen.contains("F4"))
        press(console, .function(4))
        #expect(console.top.state(as: LookupScreen.self) != nil)
        #expect(text(console).contains("The call was not recorded"))
    }

    @Test func f6OnTheLookupRecordsACallWithNoAccount() throws {
        let console = console(LookupScreen())
        press(console, .function(6))
        #expect(text(console).contains("Call with a caller not identified"))
        #expect(!text(console).contains("Done on the call"))
        press(console, .right, .right, .right, .tab, .right, .right, .right, .right, .right, .tab)
        for c in "Asked about fire hydrant flushing; would not give a name." { console.handle(.character(c), env: env) }
        press(console, .function(2))
        let recorded = try #require(calls.recorded.first)
        #expect(recorded.account == nil)
        #expect(recorded.call.reason == "hardship" && recorded.call.outcome == "caller-hung-up")
        #expect(recorded.call.summary == "Asked about fire hydrant flushing; would not give a name.")
        #expect(console.top.state(as: LookupScreen.self) != nil)
    }

    @Test func f6OnHomeRecordsACallWithNoAccount() {
        let console = console(HomeScreen(areas: []))
        press(console, .function(6))
        #expect(console.top.state(as: WrapUpScreen.self)?.call.account == nil)
    }

    @Test func aTrainingScenariosAccountIsNotACallToWrapUp() {
        let console = console(LookupScreen(query: "smith"))
        console.open(AnyScreen(AccountScreen(accountNumber: "1000000001", recordsCall: false)), env: env)
        settle(console)
        press(console, .escape)
        #expect(console.top.state(as: LookupScreen.self) != nil)
    }

    @Test func theInteractionsTabShowsEachCallsReasonAndOutcome() {
        let detail = AccountScreenTestsSupport.detail(interactions: [
            Interaction(channel: .phone, at: start, agent: "amy", summary: "Explained the bill", reason: "billing-enquiry",
                        outcome: "resolved-on-the-call", endedAt: LocalDateTime(iso: "2026-12-01T10:41")!, done: ["note added"]),
        ])
        var screen = AccountScreen(accountNumber: "1000000001")
        _ = screen.reduce(.loaded(detail, AccountExtras(), problem: nil), env: env)
        _ = screen.reduce(.showTab(AccountScreen.Tab.interactions.rawValue), env: env)
        var canvas = Canvas(width: 80, height: 24)
        screen.render(into: &canvas, area: Rect(x: 0, y: 1, width: 80, height: 21), env: env)
        #expect(canvas.text.contains("Billing enquiry"))
        #expect(canvas.text.contains("Resolved on the call"))
        #expect(canvas.text.contains("Phone · Billing enquiry — Resolved on the call · 2026-12-01 10:30–10:41."), "read whole below the list")
        #expect(canvas.text.contains("Explained the bill Done: note added."))
    }
}

enum AccountScreenTestsSupport {
    static func detail(interactions: [Interaction]) -> AccountDetail {
        let address = Address(lines: ["27 Gisborne Road"], suburb: "Bacchus Marsh", postcode: "3340")
        let account = Account(accountNumber: "1000000001", billingAddress: address,
                              customers: [Customer(name: "Jane Smith", isPrimary: true)],
                              property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: .owner))
        return AccountDetail(account: account, flags: [], bills: [], payments: [], interactions: interactions, notes: [])
    }
}
