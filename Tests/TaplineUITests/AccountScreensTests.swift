import TaplineDomain
import Testing
@testable import TaplineUI

/// An accounts store in memory: two accounts a lookup can find, with long notes and a second holder.
final class MemoryAccounts: AccountsPort, @unchecked Sendable {
    static let longNote = "Customer called about the bill for the quarter to October; " + String(repeating: "she explained that the tenant had moved out and the meter may have been read on the wrong day. ", count: 14) + "Asked for a call back on Friday."
    var searches = 0
    /// The store is away: every read fails, as when the server restarts under the console.
    var unreachable = false

    func search(_ query: String, limit: Int) throws -> AccountMatches {
        searches += 1
        let rows = (1...5).map { n in
            AccountSummary(accountNumber: "100000000\(n)", primaryName: "Jane Smith \(n)",
                           addressLine: "\(n)27 Gisborne Road, Bacchus Marsh VIC 3340", phone: "0491 570 15\(n)",
                           balance: Money(cents: 1_000 * n), flags: [])
        }
        return AccountMatches(total: "5", rows: rows)
    }

    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func addNote(_ note: Note, to accountNumber: String) throws {}

    func detail(_ accountNumber: String) throws -> AccountDetail? {
        if unreachable { throw PortUnavailable(port: "the database cannot be reached just now") }
        let address = Address(lines: ["27 Gisborne Road"], suburb: "Bacchus Marsh", postcode: "3340")
        let account = Account(accountNumber: accountNumber, billingAddress: address,
                              customers: [Customer(name: "Jane Smith", phone: "0491 570 156", email: "jane.smith@example.com", isPrimary: true),
                                          Customer(name: "Raj Patel", phone: "0491 570 157", isPrimary: false)],
                              property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: .owner))
        let at = LocalDateTime(iso: "2026-11-20T14:05")!
        return AccountDetail(account: account, flags: [], bills: [], payments: [],
                             interactions: [Interaction(channel: .phone, at: at, agent: "sam", summary: Self.longNote)],
                             notes: [Note(text: Self.longNote, agent: "sam", at: at)])
    }
}

@Suite("Account and lookup screens: text read back whole, the caller's details, the agent's place kept")
struct AccountScreensTests {
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy")
    let port = MemoryAccounts()

    func console(_ screen: some Screen) -> Console {
        let console = Console(root: AnyScreen(screen))
        console.start(env: env)
        settle(console)
        return console
    }

    func settle(_ console: Console) {
        var services = Services()
        services.register(port, as: (any AccountsPort).self)
        console.settle(services: services, env: env)
    }

    func text(_ console: Console, width: Int = 80, height: Int = 24) -> String {
        var canvas = Canvas(width: width, height: height)
        console.render(into: &canvas, env: env)
        return canvas.text
    }

    @Test func theHeaderShowsTheEmailAndTheSecondAccountHolder() {
        let console = console(AccountScreen(accountNumber: "1000000001"))
        let screen = text(console)
        #expect(screen.contains("0491 570 156 · jane.smith@example.com"))
        #expect(screen.contains("2nd holder: Raj Patel, 0491 570 157"))
    }

    /// Issue 12: a refresh when the store changed that fails (the server went away) keeps the
    /// account on screen and the note being typed in its field.
    @Test func aRefreshThatFailsKeepsTheAccountAndTheTypedNote() {
        let console = console(AccountScreen(accountNumber: "1000000001"))
        console.handle(.character("n"), env: env)
        for character in "Leak at the meter" { console.handle(.character(character), env: env) }
        port.unreachable = true
        console.storeChanged(env: env)
        settle(console)
        let screen = text(console)
        #expect(screen.contains("Jane Smith  ·  Account 1000000001"), "the account stays")
        #expect(screen.contains("Leak at the meter"), "and so does the note being typed")
        #expect(screen.contains("cannot be reached"), "the failure is said")
    }

    @Test func aLongNoteWrapsBelowTheListAndEnterOpensItWhole() {
        let console = console(AccountScreen(accountNumber: "1000000001"))
        console.handle(.character("5"), env: env)  // Notes
        #expect(text(console, width: 200, height: 60).contains("Asked for a call back on Friday."), "the whole note, wrapped under the list")
        #expect(text(console).contains("… Enter reads it whole"), "too long for 80x24: says how to read the rest")
        console.handle(.enter, env: env)
        #expect(console.top.title == "Note")
        let whole = text(console)
        #expect(whole.contains("Note by sam"))
        #expect(whole.contains("Customer called about the bill"))
        // At 80x24 the note is longer than the screen: the last line is one ↓ page away, and says so.
        #expect(whole.contains("▼"))
        console.handle(.pageDown, env: env)
        #expect(text(console).contains("Asked for a call back on Friday."))
        console.handle(.escape, env: env)
        #expect(console.top.state(as: AccountScreen.self)?.tab == .notes)
    }

    @Test func enterOnAnInteractionOpensItsSummaryWhole() {
        let console = console(AccountScreen(accountNumber: "1000000001"))
        console.handle(.character("4"), env: env)
        console.handle(.enter, env: env)
        #expect(console.top.title == "Interaction")
        #expect(text(console).contains("Phone · sam"))
    }

    @Test func helpListsTheTabKeysOnceAndEnter() {
        let console = console(AccountScreen(accountNumber: "1000000001"))
        console.handle(.function(1), env: env)
        let help = text(console)
        #expect(help.components(separatedBy: "1-6").count == 2, "one line for the six tab keys")
        #expect(help.contains("show Bills, Payments, Usage, Interactions, Notes, History"))
        #expect(help.contains("Enter"))
        // ↓ and ↑ each have their own line (help had "↑/↓ move in the list" and "↑ move up")
        #expect(help.contains("↓         move down the list"))
        #expect(help.contains("↑         move up the list"))
        #expect(!help.contains("↑/↓"))
    }

    @Test func escOnATypedNoteAsksBeforeDiscardingIt() {
        let console = console(AccountScreen(accountNumber: "1000000001"))
        console.handle(.character("n"), env: env)
        for c in "Wants a call back" { console.handle(.character(c), env: env) }
        console.handle(.escape, env: env)
        #expect(text(console).contains("Discard what you typed?"))
        console.handle(.character("n"), env: env)
        #expect(console.top.state(as: AccountScreen.self)?.note?.text == "Wants a call back")
    }

    @Test func whileANoteIsTypedEscIsListedOnlyAsDiscardingIt() {
        // Given a note being typed
        let console = console(AccountScreen(accountNumber: "1000000001"))
        console.handle(.character("n"), env: env)
        // When help is opened
        console.handle(.function(1), env: env)
        let help = text(console)
        // Then Esc has one meaning, the true one (help also said "Esc back")
        #expect(help.contains("discard the note"))
        #expect(!help.contains("Esc       back"))
        #expect(help.contains("quit"), "keys the note does not take stay listed")
    }

    @Test func theLookupKeepsTheSuburbAt80ColumnsAndItsPlaceWhenTheAgentComesBack() {
        let console = console(LookupScreen(query: "smith"))
        let rows = text(console)
        #expect(rows.contains(", Bacchus Marsh"), "the street is cut, not the suburb")
        console.handle(.down, env: env)
        console.handle(.down, env: env)
        console.handle(.enter, env: env)
        settle(console)
        #expect(console.top.title.contains("1000000003"))
        // Esc asks for the call's wrap-up (issue 13 item 1; WrapUpScreenTests records it)
        console.handle(.escape, env: env)
        #expect(console.top.state(as: WrapUpScreen.self) != nil)
        console.popBack(to: LookupScreen.self, env: env)
        settle(console)
        let lookup = console.top.state(as: LookupScreen.self)
        #expect(lookup?.field.text == "smith")
        #expect(lookup?.table.selected == 2, "the third result is still the one selected")
    }
}
