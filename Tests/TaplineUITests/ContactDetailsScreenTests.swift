import TaplineDomain
import Testing
@testable import TaplineUI

/// One account's contact details in memory, saved as the stores save them: against the
/// version read, refused with `ChangedSinceRead` naming who saved since.
final class MemoryContactDetails: ContactDetailsPort, AccountsPort, @unchecked Sendable {
    static let address = Address(lines: ["27 Gisborne Road"], suburb: "Bacchus Marsh", postcode: "3340")
    var stored = Account(accountNumber: "1000000001", billingAddress: address,
                         customers: [Customer(name: "Jane Smith", phone: "0491 570 156", email: "jane.smith@example.com", isPrimary: true),
                                     Customer(name: "Raj Patel", phone: "0491 570 157", isPrimary: false)],
                         property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: .owner))
    var lastChange: ChangedSinceRead?
    var saves = 0

    func account(_ accountNumber: String) throws -> Account? { stored }

    func save(_ details: ContactDetails, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        if readVersion != stored.version, let lastChange { throw lastChange }
        let words = details.changes(from: ContactDetails(of: stored)).joined(separator: "; ")
        stored = details.applied(to: stored)
        stored.version += 1
        saves += 1
        lastChange = ChangedSinceRead(record: "Account \(accountNumber)", by: user, at: time, change: words)
        return stored
    }

    /// A colleague's save, made while the agent has the form open.
    func colleagueSaves(_ change: (inout ContactDetails) -> Void, by user: String, at time: LocalDateTime) throws {
        var details = ContactDetails(of: stored)
        change(&details)
        _ = try save(details, of: stored.accountNumber, readVersion: stored.version, by: user, at: time)
    }

    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func detail(_ accountNumber: String) throws -> AccountDetail? {
        AccountDetail(account: stored, flags: [], bills: [], payments: [], interactions: [], notes: [])
    }
    func addNote(_ note: Note, to accountNumber: String) throws {}
}

@Suite("Contact details: corrected from the account, checked field by field, never lost to a colleague's save")
struct ContactDetailsScreenTests: AccountFormDriving {
    static let editAction = AccountAction(key: .character("e"), help: "edit contact details") { context in
        AnyScreen(ContactDetailsScreen(context: context))
    }
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy",
                                accountActions: [ContactDetailsScreenTests.editAction])
    let store = MemoryContactDetails()
    let formKey = Key.character("e")

    func register(into services: inout Services) {
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any ContactDetailsPort).self)
    }

    /// Tab to the field `steps` below the first, clear it, type `text`.
    func replace(_ console: Console, field steps: Int, with text: String) {
        for _ in 0..<steps { press(console, .tab) }
        press(console, .ctrl("a"), .ctrl("k"))
        type(console, text)
    }

    func form(_ console: Console) -> ContactDetailsScreen? { console.top.state(as: ContactDetailsScreen.self) }

    /// Help lists every key; the bar lists the account's keys as far as they fit (at 80
    /// columns with every area's keys, `e` is in help only).
    @Test func eOnTheAccountIsInHelpAndInTheKeyBarWhenThereIsRoom() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        #expect(text(console).split(separator: "\n").last?.contains("e edit contact details") == true)
        press(console, .function(1))
        #expect(text(console).contains("edit contact details"))
    }

    @Test func theFormShowsEveryCustomerAndTheBillingAddressWithTheCursorOnTheFirstField() throws {
        let console = openForm()
        let screen = text(console)
        #expect(screen.contains("Contact details for Jane Smith, account 1000000001"))
        #expect(screen.contains("Jane Smith") && screen.contains("0491 570 156") && screen.contains("jane.smith@example.com"))
        #expect(screen.contains("Raj Patel") && screen.contains("0491 570 157"))
        #expect(screen.contains("27 Gisborne Road") && screen.contains("Bacchus Marsh") && screen.contains("◂ VIC ▸"))
        #expect(form(console)?.form?.focus == .name(0))
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        let cursor = try #require(canvas.cursor)
        let row = canvas.text.split(separator: "\n", omittingEmptySubsequences: false)[cursor.y]
        #expect(row.contains("Name 1") && row.contains("Jane Smith"), "the hardware cursor is on the focused field")
    }

    @Test func aPhoneWithALetterIsRefusedUnderTheFieldAndNothingIsSaved() {
        let console = openForm()
        replace(console, field: 1, with: "04l2 345 678")
        press(console, .function(2))
        #expect(store.saves == 0)
        #expect(form(console)?.form?.errors[.phone(0)] == "a phone number has digits only, not letters (“l”)")
        #expect(text(console).contains("✖ a phone number has digits only, not letters (“l”)"))
        #expect(form(console)?.form?.focus == .phone(0), "the cursor goes to the field to correct")
    }

    @Test func aBadEmailAndPostcodeSayWhatWouldBeRight() {
        let console = openForm()
        replace(console, field: 2, with: "jane at example.com")
        replace(console, field: 8, with: "334")
        press(console, .function(2))
        #expect(store.saves == 0)
        #expect(form(console)?.form?.errors[.email(0)] == "an email address has no spaces")
        #expect(form(console)?.form?.errors[.postcode] == "a postcode is 4 digits (3429)")
    }

    @Test func aNameLongerThan120CharactersIsRefusedWithAMessageNotCutSilently() {
        let console = openForm()
        type(console, String(repeating: "x", count: 1_000))
        #expect(form(console)?.form?.errors[.name(0)] == "at most 120 characters")
        #expect(form(console)?.form?[.name(0)].count == 120)
    }

    @Test func savingANewPhoneGoesBackToTheAccountShowingIt() {
        let console = openForm()
        replace(console, field: 1, with: "0499 111 222")
        press(console, .function(2))
        #expect(store.saves == 1)
        #expect(store.stored.customers[0].phone == "0499 111 222")
        #expect(console.top.state(as: AccountScreen.self) != nil, "back on the account")
        let screen = text(console)
        #expect(screen.contains("0499 111 222 · jane.smith@example.com"))
        #expect(screen.contains("Contact details saved for account 1000000001"))
    }

    @Test func aNewBillingAddressShowsInTheAccountHeader() {
        let console = openForm()
        replace(console, field: 6, with: "PO Box 12")
        press(console, .function(2))
        #expect(text(console).contains("· bills to PO Box 12, Bacchu"), "cut at 80 columns")
    }

    /// Keys typed before the account has been read go into the form once it is, in order.
    @Test func keysPressedBeforeTheAccountIsReadAreNotLost() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        for key: Key in [.character("e"), .tab, .ctrl("a"), .ctrl("k")] { console.handle(key, env: env) }
        for character in "0499 111 222" { console.handle(.character(character), env: env) }
        settle(console)
        #expect(form(console)?.form?[.phone(0)] == "0499 111 222")
        #expect(form(console)?.form?[.name(0)] == "Jane Smith")
        #expect(form(console)?.hasUnsavedInput == true)
    }

    @Test func escAsksBeforeThrowingTypingAway() {
        let console = openForm()
        replace(console, field: 1, with: "0499 111 222")
        press(console, .escape)
        #expect(text(console).contains("What you typed here is not saved and will be lost."))
        press(console, .character("n"))
        #expect(form(console)?.form?[.phone(0)] == "0499 111 222", "kept")
    }

    /// Issue 12 item 3: a save refused because a colleague saved the account first keeps
    /// what was typed, names them, when and what; Ctrl-R makes the same change on the fresh
    /// copy, keeping the colleague's.
    @Test func aStaleSaveKeepsTheTypingNamesTheColleagueAndCtrlRReappliesOnTheFreshCopy() throws {
        // Given the agent typing a new phone, and meanwhile sam changed the email at 10:20
        let console = openForm()
        replace(console, field: 1, with: "0499 111 222")
        try store.colleagueSaves({ $0.people[0].email = "jane@example.net" }, by: "sam",
                                 at: LocalDateTime(iso: "2026-12-01T10:20")!)
        // When F2 saves
        press(console, .function(2))
        // Then it is refused naming sam, when and what; the phone typed stays
        #expect(store.saves == 1, "only sam's")
        let screen = text(console)
        #expect(screen.contains("✖ Account 1000000001 was changed by sam at 10:20 on Tue 1 Dec 2026"))
        #expect(screen.contains("jane.smith@example.com → jane@example.net"))
        #expect(screen.contains("Ctrl-R reapply your change on the fresh copy"), "offered in the key-hint bar")
        #expect(form(console)?.form?[.phone(0)] == "0499 111 222")
        // When Ctrl-R is pressed, Then the phone is saved on the fresh copy and sam's email kept
        press(console, .ctrl("r"))
        #expect(store.stored.customers[0].phone == "0499 111 222")
        #expect(store.stored.customers[0].email == "jane@example.net")
        #expect(console.top.state(as: AccountScreen.self) != nil)
    }
}
