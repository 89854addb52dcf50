import TaplineDomain
import Testing
@testable import TaplineUI

/// One account's moves in memory, recorded as the stores record them: against the version
/// read (refused with `ChangedSinceRead` naming who saved since), the move out once, the move
/// in only after it.
final class MemoryMoving: MovingPort, AccountsPort, @unchecked Sendable {
    var stored = MemorySpecialNeeds().stored
    var moves = AccountMoves.none
    var incoming: Account?
    var staleBy: ChangedSinceRead?
    var charterSent: CivilDate?

    func read(_ accountNumber: String) throws -> MovingRecord? {
        var moves = moves
        moves.charterSummary?.sentOn = charterSent
        return MovingRecord(account: stored, moves: moves, lastBill: nil)
    }

    func record(_ move: PropertyMove, from accountNumber: String, readVersion: Int,
                by user: String, at time: LocalDateTime) throws -> MoveReceipt {
        if let staleBy { self.staleBy = nil; stored.version += 1; throw staleBy }
        guard readVersion == stored.version else { throw MemorySpecialNeeds.Refused(reason: "stale") }
        if let problem = MovingRules.accountProblem(move, recordedMoveOut: moves.moveOut?.move) { throw MemorySpecialNeeds.Refused(reason: problem) }
        if let out = move.moveOut {
            moves.moveOut = .init(move: out, by: user, at: time)
            stored.billingAddress = out.forwardingAddress
        }
        if let into = move.moveIn {
            var made = stored
            made.accountNumber = "1000000002"
            made.customers = into.customers
            incoming = made
            moves.nextAccount = made.accountNumber
        }
        stored.version += 1
        return MoveReceipt(outgoing: stored, incoming: incoming, move: move)
    }

    func recordCharterSummarySent(_ accountNumber: String, on day: CivilDate, by user: String, at time: LocalDateTime) throws {
        charterSent = day
    }

    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func detail(_ accountNumber: String) throws -> AccountDetail? {
        AccountDetail(account: stored, flags: stored.flags, bills: [], payments: [], interactions: [], notes: [])
    }
    func addNote(_ note: Note, to accountNumber: String) throws {}
}

@Suite("Moving (14.11(a), 14.17(b)): out, in and change of owner from the account")
struct MovingScreenTests: AccountFormDriving {
    static let action = AccountAction(key: .character("o"), help: "moving out or in, change of owner (14.11(a), 14.17(b))") { context in
        AnyScreen(MovingScreen(context: context))
    }
    /// Tuesday 1 December 2026, 10:30.
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy", accountActions: [MovingScreenTests.action])
    let store = MemoryMoving()
    let formKey = Key.character("o")

    func register(into services: inout Services) {
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any MovingPort).self)
    }

    func screen(_ console: Console) -> MovingScreen? { console.top.state(as: MovingScreen.self) }

    /// Types into the focused field after clearing it.
    func replace(_ console: Console, with text: String) {
        press(console, .ctrl("u"))
        type(console, text)
    }

    /// From the kind field: the day, then the forwarding address.
    func fillMoveOut(_ console: Console, day: String) {
        press(console, .tab)
        replace(console, with: day)
        press(console, .tab)
        type(console, "4 New Road")
        press(console, .tab)
        type(console, "Gisborne")
        press(console, .tab, .tab)
        type(console, "3437")
    }

    @Test func oOnTheAccountIsInHelp() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        press(console, .function(1))
        #expect(text(console).contains("moving out or in, change of owner"))
    }

    @Test func aMoveOutToldUnder48HoursAheadSaysTheChargesRunOn_14_11a() throws {
        let console = openForm()
        #expect(text(console).contains("◂ move out ▸"))
        fillMoveOut(console, day: "2026-12-02")
        // Told Tuesday for Wednesday: charges to Thursday (48 hours), the reading on Thursday
        #expect(text(console).contains("Charges to Thu 3 Dec 2026 (told under 48 hours ahead: 14.11(a))"))
        press(console, .function(2))
        let shown = text(console)
        #expect(shown.contains("✔ Moving out Wed 2 Dec 2026; final meter reading Thu 3 Dec 2026."))
        #expect(shown.contains("✔ Told us under 48 hours before: charges continue to Thu 3 Dec 2026"))
        #expect(shown.contains("✔ Final bill to 4 New Road, Gisborne VIC 3437."))
        #expect(store.moves.moveOut?.move.forwardingAddress.postcode == "3437")
        // The form now offers only the next customer's move in
        #expect(shown.contains("◂ move in: the next customer ▸"))
        #expect(try #require(screen(console)).hasUnsavedInput == false)
    }

    @Test func thenTheNextCustomerMovesInAndIsToldOfTheCharterSummary_14_17b() {
        let console = openForm()
        fillMoveOut(console, day: "2026-12-04")
        press(console, .function(2))
        // The move in: the day, the name, the phone
        press(console, .tab)
        replace(console, with: "2026-12-04")
        press(console, .tab)
        type(console, "Ana Lee")
        press(console, .tab)
        type(console, "0412 000 111")
        press(console, .function(2))
        let shown = text(console)
        #expect(shown.contains("✔ Ana Lee (tenant) from Fri 4 Dec 2026: account 1000000002."))
        // A month from moving in: Monday 4 January, a business day
        #expect(shown.contains("✔ Charter summary (14.17(b)) to be sent by Mon 4 Jan 2027."))
        #expect(store.incoming?.customers.map(\.name) == ["Ana Lee"])
    }

    @Test func changingTheKindKeepsWhatWasTypedAndShowsTheNewCustomersFields() {
        let console = openForm()
        fillMoveOut(console, day: "2026-12-04")
        press(console, .backTab, .backTab, .backTab, .backTab, .backTab)
        press(console, .right)
        let shown = text(console)
        #expect(shown.contains("◂ change of owner ▸"))
        #expect(shown.contains("4 New Road") && shown.contains("3437"))
        #expect(shown.contains("New customer's name"))
        #expect(!shown.contains("Owner or tenant"))
    }

    @Test func eachFieldsProblemShowsUnderItAndNothingIsRecorded() {
        let console = openForm()
        press(console, .tab)
        replace(console, with: "2026-13-01")
        press(console, .function(2))
        let shown = text(console)
        #expect(shown.contains("✖ enter the day of the move as YYYY-MM-DD"))
        #expect(shown.contains("✖ the street line is required"))
        #expect(shown.contains("✖ a postcode is 4 digits"))
        #expect(store.moves.moveOut == nil)
        #expect(screen(console)?.form?.focus == .movingOn)
    }

    @Test func aNameOfAThousandCharactersIsRefusedWithItsCount() {
        let console = openForm()
        press(console, .right)
        fillMoveOut(console, day: "2026-12-04")
        press(console, .tab)
        type(console, String(repeating: "x", count: 1_000))
        press(console, .function(2))
        #expect(text(console).contains("a name can be at most 120 characters; this has 1,000"))
        #expect(store.incoming == nil)
    }

    @Test func aMoveRefusedAsStaleKeepsTheFormAndCtrlRRecordsItOnTheFreshCopy() {
        let console = openForm()
        fillMoveOut(console, day: "2026-12-04")
        store.staleBy = ChangedSinceRead(record: "Account 1000000001", by: "sam", at: LocalDateTime(iso: "2026-12-01T10:29")!,
                                         change: "contact details: phone")
        press(console, .function(2))
        #expect(text(console).contains("Ctrl-R"))
        #expect(screen(console)?.form?[.postcode] == "3437")
        press(console, .ctrl("r"))
        #expect(store.moves.moveOut != nil)
        #expect(text(console).contains("✔ Moving out Fri 4 Dec 2026"))
    }

    @Test func f4RecordsTheNewCustomersCharterSummarySent_14_17b() {
        store.moves.charterSummary = CharterSummaryNotice(accountNumber: "1000000001", customerName: "Jane Smith",
                                                          due: CivilDate(iso: "2026-12-31")!)
        let console = openForm()
        #expect(text(console).contains("Charter summary (14.17(b)) due by Thu 31 Dec 2026: not yet sent"))
        press(console, .function(4))
        #expect(store.charterSent == CivilDate(iso: "2026-12-01"))
        #expect(text(console).contains("Charter summary (14.17(b)) sent Tue 1 Dec 2026"))
    }

    @Test func theAccountSaysTheCustomerLeftAndWhoFollowedAndTheSummaryOwed_14_11a_14_17b() {
        let out = MoveOut(movingOutOn: CivilDate(iso: "2026-12-02")!, notifiedAt: LocalDateTime(iso: "2026-12-01T10:30")!,
                          forwardingAddress: MemorySpecialNeeds.address, calendar: BusinessCalendar())
        var moves = AccountMoves(moveOut: .init(move: out, by: "amy", at: LocalDateTime(iso: "2026-12-01T10:30")!))
        #expect(MovingAccountExtras.extras(for: moves, today: env.today).banners.map(\.text)
                == ["Moved out 2 Dec 2026 · final reading 3 Dec 2026 · nobody has moved in"])
        moves.nextAccount = "1000000002"
        moves.charterSummary = CharterSummaryNotice(accountNumber: "1000000001", customerName: "Jane Smith", due: CivilDate(iso: "2026-11-30")!)
        let extras = MovingAccountExtras.extras(for: moves, today: env.today)
        #expect(extras.banners.map(\.text) == ["Moved out 2 Dec 2026 · final reading 3 Dec 2026 · next customer 1000000002",
                                                "Charter summary (14.17(b)) OVERDUE since Mon 30 Nov 2026: not yet sent"])
        #expect(extras.banners.allSatisfy { $0.text.count <= 76 })
        #expect(extras.history.map(\.summary) == ["Moved out Wed 2 Dec 2026, recorded by amy"])
    }
}
