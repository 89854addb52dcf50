import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI
import Testing
@testable import tapline

/// The lookup and account screens driven through a console on a real (in-memory) store,
/// wired exactly as the executable wires it.
@Suite("Lookup and account screens on the store")
struct AccountScreensTests {
    let store: AppDatabase
    let services: Services
    let env: ScreenEnvironment

    init() throws {
        store = try AppDatabase.inMemory()
        try SyntheticData.generate(into: store, accounts: 300, seed: 7, today: CivilDate(iso: "2026-11-23")!)
        services = Wiring.services(store: store, calendar: .victoria)
        env = ScreenEnvironment(now: LocalDateTime(iso: "2026-11-23T10:15")!, agent: "amy")
    }

    func console(_ root: AnyScreen) -> Console {
        let console = Console(root: root)
        console.start(env: env)
        console.settle(services: services, env: env)
        return console
    }

    func type(_ text: String, into console: Console) {
        for c in text {
            console.handle(.character(c), env: env)
            console.settle(services: services, env: env)
        }
    }

    func screen(_ console: Console) -> String {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        return canvas.text
    }

    @Test func resultsFollowEveryKeystrokeAndTwoWordsNarrow() throws {
        let console = console(AnyScreen(LookupScreen()))
        type("smi", into: console)
        let broad = try #require(console.top.state(as: LookupScreen.self)?.matches)
        type(" bacch", into: console)
        let narrow = try #require(console.top.state(as: LookupScreen.self)?.matches)
        #expect(!narrow.rows.isEmpty)
        #expect(narrow.rows.count <= broad.rows.count)
        #expect(narrow.rows.allSatisfy { $0.primaryName.contains("Smith") || $0.addressLine.contains("Smith") })
        #expect(narrow.rows.allSatisfy { $0.addressLine.contains("Bacchus Marsh") })
        #expect(screen(console).contains("Smith"))
        #expect(screen(console).contains("matches") || screen(console).contains("match"))
    }

    @Test func accentsAndCaseDoNotMatter() throws {
        let console = console(AnyScreen(LookupScreen(query: "zoe ng")))
        console.settle(services: services, env: env)
        let rows = try #require(console.top.state(as: LookupScreen.self)?.matches?.rows)
        #expect(rows.contains { $0.primaryName.hasPrefix("Zoë Ng") })
    }

    @Test func anExactAccountNumberComesFirst() throws {
        let number = try #require(try store.search.search("smith", limit: 1).rows.first?.accountNumber)
        let console = console(AnyScreen(LookupScreen(query: number)))
        console.settle(services: services, env: env)
        #expect(console.top.state(as: LookupScreen.self)?.matches?.rows.first?.accountNumber == number)
    }

    @Test func aStaleResultNeverReplacesNewerOnes() throws {
        var lookup = LookupScreen()
        _ = lookup.reduce(.edit(.insert("s")), env: env)
        _ = lookup.reduce(.edit(.insert("m")), env: env)
        let old = AccountMatches(total: "9", rows: [])
        _ = lookup.reduce(.found(query: "s", old), env: env)
        #expect(lookup.matches == nil, "results for “s” arrived after “sm” was typed: dropped")
    }

    @Test func enterOpensTheAccountAndRecordsTheView() throws {
        let console = console(AnyScreen(LookupScreen(query: "smi bacch")))
        console.settle(services: services, env: env)
        console.handle(.enter, env: env)
        console.settle(services: services, env: env)
        let account = try #require(console.top.state(as: AccountScreen.self))
        #expect(account.detail != nil)
        let views = try store.audit.entries(forAccount: account.accountNumber).filter { $0.action == .viewed && $0.who == "amy" }
        #expect(views.count == 1)
        let text = screen(console)
        #expect(text.contains("Account \(account.accountNumber)"))
        #expect(text.contains("Charges"))
        console.handle(.character("3"), env: env)
        #expect(screen(console).contains("a year earlier"), "the Usage tab shows the 4.7 comparison")
    }

    @Test func aNoteIsSavedWithAgentAndTime() throws {
        let number = try #require(try store.search.search("smith", limit: 1).rows.first?.accountNumber)
        let console = console(AnyScreen(AccountScreen(accountNumber: number)))
        console.handle(.character("n"), env: env)
        type("Asked about a leak — 水野 will call back", into: console)
        #expect(console.top.hasUnsavedInput)
        console.handle(.enter, env: env)
        console.settle(services: services, env: env)
        let notes = try store.notes.notes(for: number)
        #expect(notes.first?.text == "Asked about a leak — 水野 will call back")
        #expect(notes.first?.agent == "amy")
        #expect(notes.first?.at == env.now)
        #expect(screen(console).contains("✔ Note saved"))
        #expect(!console.top.hasUnsavedInput)
    }

    @Test func anEarlierComplaintOpensFromTheHistoryTab_3_1() throws {
        let number = try #require(try store.search.search("john smith", limit: 1).rows.first?.accountNumber)
        let earlier = try Complaint.log(accountNumber: number, receivedAt: LocalDateTime(iso: "2026-11-02T09:00")!, channel: .phone,
                                        category: .billing, description: "Bill higher than usual", loggedBy: "amy", calendar: .victoria)
        let logged = try store.complaints(calendar: .victoria).log(earlier)
        let console = console(AnyScreen(AccountScreen(accountNumber: number)))
        console.handle(.character("6"), env: env)
        #expect(screen(console).contains(logged.id))
        #expect(screen(console).contains("Enter open the selected row"))
        console.handle(.enter, env: env)
        console.settle(services: services, env: env)
        #expect(console.top.title.contains(logged.id))
    }

    @Test func anUnknownAccountSaysSo() {
        let console = console(AnyScreen(AccountScreen(accountNumber: "9999999999")))
        #expect(screen(console).contains("There is no account 9999999999."))
    }

    @Test func lifeSupportShowsAsABadgeWithWords() throws {
        // Margaret O'Brien is the demo data's life-support customer (Charter 9.5).
        let number = try #require(try store.search.search("margaret o'brien", limit: 5).rows.first { $0.flags.contains(.lifeSupport) }?.accountNumber)
        let console = console(AnyScreen(AccountScreen(accountNumber: number)))
        #expect(screen(console).contains("LIFE SUPPORT"))
    }
}
