import TaplineDomain
import Testing
@testable import TaplineUI

/// One account's registration in memory, saved as the stores save it: against the version
/// read, refused with `ChangedSinceRead` naming who saved since, checked by the same rules.
final class MemorySpecialNeeds: SpecialNeedsPort, CustomerRegisterPort, AccountsPort, @unchecked Sendable {
    static let address = Address(lines: ["27 Gisborne Road"], suburb: "Bacchus Marsh", postcode: "3340")
    var stored = Account(accountNumber: "1000000001", billingAddress: address,
                         customers: [Customer(name: "Jane Smith", phone: "0491 570 156", isPrimary: true)],
                         property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: .owner))
    var lastChange: ChangedSinceRead?
    var saves = 0
    var registerReads = 0

    func account(_ accountNumber: String) throws -> Account? { stored }

    func save(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        if readVersion != stored.version, let lastChange { throw lastChange }
        let change = change.normalised
        if let problem = change.problem(today: time.date, over: stored.specialNeeds) { throw Refused(reason: problem) }
        guard let words = change.auditDetail(from: stored.specialNeeds) else { return stored }
        stored.specialNeeds = change.after
        stored.version += 1
        saves += 1
        lastChange = ChangedSinceRead(record: "Account \(accountNumber)", by: user, at: time, change: words)
        return stored
    }

    struct Refused: Error, CustomStringConvertible { let reason: String; var description: String { reason } }

    func registration(ofAccount accountNumber: String) throws -> SpecialNeedsRegistration? {
        registerReads += 1
        return stored.specialNeeds
    }

    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func detail(_ accountNumber: String) throws -> AccountDetail? {
        AccountDetail(account: stored, flags: stored.flags, bills: [], payments: [], interactions: [], notes: [])
    }
    func addNote(_ note: Note, to accountNumber: String) throws {}
}

/// A screen about the customer that does not show the badges itself (as the restriction
/// check, a complaint or a plan): the console's strip must show the registration over it.
struct AboutTheCustomerScreen: Screen {
    enum Action: Sendable { case none }
    let context: AccountContext
    var title: String { "About \(context.customerName)" }
    var bindings: [KeyBinding<Action>] { [] }
    var customerContext: CustomerContext? { CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName) }
    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> { .none }
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        canvas.write("About the customer", x: area.x, y: area.y, role: .text)
    }
}

@Suite("Special needs register (9.5): registered from the account, shown on every screen about the customer")
struct SpecialNeedsScreenTests: AccountFormDriving {
    static let registerAction = AccountAction(key: .character("s"), help: "special needs (9.5)") { context in
        AnyScreen(SpecialNeedsScreen(context: context))
    }
    static let aboutAction = AccountAction(key: .character("r"), help: "about the customer") { context in
        AnyScreen(AboutTheCustomerScreen(context: context))
    }
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy",
                                accountActions: [SpecialNeedsScreenTests.registerAction, SpecialNeedsScreenTests.aboutAction])
    let store = MemorySpecialNeeds()
    let formKey = Key.character("s")

    func register(into services: inout Services) {
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any SpecialNeedsPort).self)
        services.register(store, as: (any CustomerRegisterPort).self)
    }

    static let certificate = "medical certificate from Dr Lee, received 1 Dec 2026"

    func screen(_ console: Console) -> SpecialNeedsScreen? { console.top.state(as: SpecialNeedsScreen.self) }

    /// Registers life support with evidence: Tab to the evidence, type it, F2.
    func registerLifeSupport(_ console: Console) {
        press(console, .tab, .tab)
        type(console, Self.certificate)
        press(console, .function(2))
    }

    @Test func sOnTheAccountIsInHelp() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        press(console, .function(1))
        #expect(text(console).contains("special needs (9.5)"))
    }

    @Test func theFormOpensOnANewRegistrationDatedToday() {
        let console = openForm()
        let shown = text(console)
        #expect(shown.contains("Special needs register (9.5) for Jane Smith, account 1000000001"))
        #expect(shown.contains("Not on the special-needs register."))
        #expect(shown.contains("◂ life support (9.5(a)) ▸"))
        #expect(screen(console)?.form?[.registeredOn] == "2026-12-01")
        #expect(!shown.contains("F8"), "nothing to remove yet")
    }

    @Test func lifeSupportWithoutEvidenceIsRefusedUnderTheField_9_5a() {
        let console = openForm()
        press(console, .function(2))
        #expect(store.saves == 0)
        #expect(screen(console)?.form?.focus == .evidence)
        #expect(text(console).contains("✖ life support (9.5(a)) needs its evidence"))
    }

    @Test func aMalformedOrFutureDateIsRefusedWithAMessage() {
        let console = openForm()
        press(console, .tab, .ctrl("a"), .ctrl("k"))
        type(console, "1/12/2026")
        press(console, .function(2))
        #expect(store.saves == 0)
        #expect(screen(console)?.form?.errors[.registeredOn] == "enter the date registered as YYYY-MM-DD, like 2026-12-01; “1/12/2026” is not a date")
        press(console, .ctrl("a"), .ctrl("k"))
        type(console, "2026-12-02")
        press(console, .function(2))
        #expect(screen(console)?.form?.errors[.registeredOn]?.hasPrefix("the date registered cannot be in the future") == true)
    }

    @Test func notesOfAThousandCharactersAreRefusedWithAMessage() {
        let console = openForm()
        press(console, .tab, .tab)
        type(console, Self.certificate)
        press(console, .tab)
        type(console, String(repeating: "x", count: 1_000))
        press(console, .function(2))
        #expect(store.saves == 0)
        #expect(screen(console)?.form?.errors[.notes] == "the notes can be at most 500 characters; this has 1,000")
    }

    @Test func registeringLifeSupportShowsTheBadgeAndBannerOnTheAccountAtOnce_9_5a() {
        let console = openForm()
        registerLifeSupport(console)
        #expect(store.saves == 1)
        #expect(store.stored.specialNeeds == SpecialNeedsRegistration(need: .lifeSupport, registeredOn: LocalDateTime(iso: "2026-12-01T10:30")!.date,
                                                                      evidence: Self.certificate, notes: ""))
        #expect(console.top.state(as: AccountScreen.self) != nil, "back on the account")
        let shown = text(console)
        #expect(shown.contains("▲ LIFE SUPPORT"))
        #expect(shown.contains("▲ Life support (9.5(a)), registered Tue 1 Dec 2026"))
        #expect(shown.contains("Registered: life support (9.5(a)) for account 1000000001"))
    }

    @Test func anotherNeedIsChosenWithTheArrowKeys_9_5b() {
        let console = openForm()
        press(console, .right)
        #expect(screen(console)?.form?[.need] == "other special need (9.5(b))")
        press(console, .tab, .tab, .tab)
        type(console, "deaf: SMS only")
        press(console, .function(2))
        #expect(store.stored.specialNeeds?.need == .other)
        #expect(text(console).contains("SPECIAL NEEDS"))
    }

    /// Charter 9.5: the register entry shows on every screen about the customer, not only the account.
    @Test func theRegistrationShowsOnEveryScreenAboutTheCustomer() {
        let console = openForm()
        registerLifeSupport(console)
        press(console, .character("r"))
        let shown = text(console)
        #expect(shown.contains("About the customer"))
        #expect(shown.contains("▲ LIFE SUPPORT (9.5(a)) registered Tue 1 Dec 2026"))
        #expect(shown.split(separator: "\n")[2].contains("About the customer"), "the screen starts under the strip")
    }

    @Test func noStripForACustomerNotOnTheRegister() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        press(console, .character("r"))
        #expect(store.registerReads >= 1, "it was asked")
        #expect(!text(console).contains("LIFE SUPPORT"))
        #expect(text(console).split(separator: "\n")[1].contains("About the customer"), "the screen keeps its first row")
    }

    @Test func removingAsksWhyAndTheBadgeGoes() {
        let console = openForm()
        registerLifeSupport(console)
        press(console, .character("s"))
        #expect(text(console).contains("F8 removes it."))
        press(console, .function(8))
        #expect(text(console).contains("Remove from the register — why? (F2 removes, Esc keeps it)"))
        press(console, .function(2))
        #expect(store.saves == 1, "no reason, not removed")
        #expect(text(console).contains("say why the registration is removed"))
        type(console, "moved out")
        press(console, .function(2))
        #expect(store.stored.specialNeeds == nil)
        #expect(console.top.state(as: AccountScreen.self) != nil)
        let shown = text(console)
        #expect(!shown.contains("LIFE SUPPORT"))
        #expect(shown.contains("Removed from the special-needs register: account 1000000001"))
    }

    @Test func escAsksBeforeThrowingTypingAway() {
        let console = openForm()
        press(console, .tab, .tab)
        type(console, "GP letter")
        press(console, .escape)
        #expect(text(console).contains("What you typed here is not saved and will be lost."))
        press(console, .character("n"))
        #expect(screen(console)?.form?[.evidence] == "GP letter", "kept")
    }

    @Test func aStaleSaveKeepsTheTypingNamesTheColleagueAndCtrlRReapplies() throws {
        let console = openForm()
        press(console, .tab, .tab)
        type(console, Self.certificate)
        // Meanwhile sam registers another need at 10:20
        let sams = SpecialNeedsRegistration(need: .other, registeredOn: LocalDateTime(iso: "2026-12-01T10:20")!.date, notes: "SMS only")
        _ = try store.save(.register(sams), of: "1000000001", readVersion: store.stored.version, by: "sam",
                           at: LocalDateTime(iso: "2026-12-01T10:20")!)
        press(console, .function(2))
        #expect(store.saves == 1, "only sam's")
        let shown = text(console)
        #expect(shown.contains("✖ Account 1000000001 was changed by sam at 10:20 on Tue 1 Dec 2026"))
        #expect(shown.contains("Ctrl-R reapply your change on the fresh copy"))
        #expect(screen(console)?.form?[.evidence] == Self.certificate, "the typing stays")
        press(console, .ctrl("r"))
        #expect(store.stored.specialNeeds?.need == .lifeSupport && store.stored.specialNeeds?.evidence == Self.certificate)
        #expect(console.top.state(as: AccountScreen.self) != nil)
    }
}

/// A panel over the account (as the conduct incident's F9) covers its badges: the strip shows
/// the registration above both.
struct CoveringPanel: Screen {
    enum Action: Sendable { case none }
    var title: String { "Panel" }
    var bindings: [KeyBinding<Action>] { [] }
    var isOverlay: Bool { true }
    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> { .none }
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        canvas.fill(area, role: .dialog)
        canvas.write("Panel over the account", x: area.x, y: area.y, role: .dialog)
    }
}

@Suite("Special needs strip over a panel")
struct SpecialNeedsPanelStripTests {
    @Test func aPanelOverTheAccountShowsTheRegistrationAboveIt() {
        let store = MemorySpecialNeeds()
        store.stored.specialNeeds = SpecialNeedsRegistration(need: .lifeSupport, registeredOn: CivilDate(iso: "2026-11-30")!,
                                                             evidence: "GP letter", notes: "home dialysis machine")
        let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy")
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")), panels: [
            PanelBinding(key: .function(9), help: "panel") { _ in AnyScreen(CoveringPanel()) },
        ])
        var services = Services()
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any CustomerRegisterPort).self)
        console.start(env: env)
        console.settle(services: services, env: env)
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        #expect(!canvas.text.contains("▲ LIFE SUPPORT (9.5(a))"), "the account shows its own badges")
        console.handle(.function(9), env: env)
        console.settle(services: services, env: env)
        canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        let rows = canvas.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].contains("▲ LIFE SUPPORT (9.5(a)) registered Mon 30 Nov 2026 · home dialysis machine"))
        #expect(rows[2].contains("Panel over the account"))
    }
}
