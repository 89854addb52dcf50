import TaplineDomain
import Testing
@testable import TaplineUI

/// One account's concession in memory, saved as the stores save it: against the version read,
/// refused with `ChangedSinceRead` naming who saved since, checked by the same rules.
final class MemoryConcessions: ConcessionPort, AccountsPort, @unchecked Sendable {
    var stored = MemorySpecialNeeds().stored
    var lastChange: ChangedSinceRead?
    var saves = 0

    func account(_ accountNumber: String) throws -> Account? { stored }

    func save(_ change: ConcessionChange, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        if readVersion != stored.version, let lastChange { throw lastChange }
        let change = change.resolved(over: stored, today: time.date, billIssueDates: [])
        if let problem = change.problem(today: time.date, over: stored) { throw MemorySpecialNeeds.Refused(reason: problem) }
        guard let words = change.auditDetail(from: stored) else { return stored }
        if let card = change.card {
            stored.concession = .card(card.type, number: card.number)
            stored.concessionTerms = ConcessionTerms(validFrom: card.validFrom, validTo: card.validTo, advisedOn: card.advisedOn,
                                                     creditFrom: card.creditFrom)
        } else {
            stored.concession = .none
            stored.concessionTerms = nil
        }
        if var application = change.application {
            if let index = stored.concessionApplications.firstIndex(where: { $0.id != nil && $0.id == application.id }) {
                stored.concessionApplications[index] = application
            } else {
                application.id = Int64(stored.concessionApplications.count + 1)
                stored.concessionApplications.append(application)
            }
        }
        stored.version += 1
        saves += 1
        lastChange = ChangedSinceRead(record: "Account \(accountNumber)", by: user, at: time, change: words)
        return stored
    }

    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func detail(_ accountNumber: String) throws -> AccountDetail? {
        AccountDetail(account: stored, flags: stored.flags, bills: [], payments: [], interactions: [], notes: [])
    }
    func addNote(_ note: Note, to accountNumber: String) throws {}
}

@Suite("Concessions (5.3, 7.2(b), (c)): recorded from the account, shown on it at once")
struct ConcessionScreenTests: AccountFormDriving {
    static let action = AccountAction(key: .character("k"), help: "concession card and applications (5.3, 7.2(b), (c))") { context in
        AnyScreen(ConcessionScreen(context: context))
    }
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy", accountActions: [ConcessionScreenTests.action])
    let store = MemoryConcessions()
    let formKey = Key.character("k")

    func register(into services: inout Services) {
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any ConcessionPort).self)
    }

    func screen(_ console: Console) -> ConcessionScreen? { console.top.state(as: ConcessionScreen.self) }

    /// From the card field: down to the application, → to a concession application (7.2(b)), F2.
    func lodgeConcessionApplication(_ console: Console) {
        press(console, .tab, .tab, .tab, .tab, .right, .function(2))
    }

    @Test func kOnTheAccountIsInHelp() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        press(console, .function(1))
        #expect(text(console).contains("concession card and applications"))
    }

    @Test func theFormOpensWithNoCardAndNoApplication() {
        let console = openForm()
        let shown = text(console)
        #expect(shown.contains("No concession card on record."))
        #expect(shown.contains("◂ none ▸"))
        #expect(screen(console)?.form?[.lodgedOn] == "2026-12-01")
    }

    @Test func lodgingAConcessionApplicationShowsItOnTheAccountAtOnce_7_2b() {
        let console = openForm()
        lodgeConcessionApplication(console)
        #expect(store.saves == 1)
        #expect(store.stored.concessionApplications.map(\.outcome) == [.pending])
        #expect(console.top.state(as: AccountScreen.self) != nil, "back on the account")
        #expect(text(console).contains("▲ Concession application (7.2(b)) pending since Tue 1 Dec 2026"))
    }

    @Test func recordingThePensionerCardShowsTheBadgeAndWhenTheCreditStarts_5_3() {
        let console = openForm()
        press(console, .right)
        press(console, .tab)
        type(console, "412 345 678K")
        press(console, .tab, .tab)
        type(console, "2028-06-01")
        press(console, .function(2))
        #expect(store.stored.concessionCard?.number == "412 345 678K")
        let shown = text(console)
        #expect(shown.contains("CONCESSION"))
        #expect(shown.contains("Pensioner Concession Card 412 345 678K to 1 Jun 2028"))
    }

    @Test func aWrongNumberIsRefusedUnderItsField() {
        let console = openForm()
        press(console, .right, .tab)
        type(console, "12345")
        press(console, .tab, .tab)
        type(console, "2028-06-01")
        press(console, .function(2))
        #expect(store.saves == 0)
        #expect(text(console).contains("✖ a Pensioner Concession Card number is 9 digits and a"))
        #expect(screen(console)?.form?.focus == .number)
    }

    @Test func theOutcomeOfThePendingApplicationIsRecordedOnTheSameForm_7_2b() {
        let console = openForm()
        lodgeConcessionApplication(console)
        press(console, .character("k"))
        #expect(screen(console)?.form?[.application] == "concession application (7.2(b))")
        press(console, .tab, .tab, .tab, .tab, .tab, .tab, .right, .function(2))
        #expect(store.stored.concessionApplications.map(\.outcome) == [.approved(on: env.today)])
        #expect(!text(console).contains("pending"))
    }

    @Test func escAsksBeforeThrowingTypingAway() {
        let console = openForm()
        press(console, .tab)
        type(console, "412")
        press(console, .escape)
        #expect(text(console).contains("What you typed here is not saved and will be lost."))
        press(console, .character("n"))
        #expect(screen(console)?.form?[.number] == "412", "kept")
    }

    @Test func aStaleSaveKeepsTheTypingNamesTheColleagueAndCtrlRReapplies() throws {
        let console = openForm()
        press(console, .tab, .tab, .tab, .tab, .right)
        // Meanwhile sam lodges a URGS application at 10:20
        _ = try store.save(ConcessionChange(card: nil, application: ConcessionApplication(kind: .urgs, lodgedOn: env.today)),
                           of: "1000000001", readVersion: store.stored.version, by: "sam", at: LocalDateTime(iso: "2026-12-01T10:20")!)
        press(console, .function(2))
        #expect(store.saves == 1, "only sam's")
        let shown = text(console)
        #expect(shown.contains("✖ Account 1000000001 was changed by sam at 10:20 on Tue 1 Dec 2026"))
        #expect(screen(console)?.form?[.application] == "concession application (7.2(b))", "the typing stays")
        press(console, .ctrl("r"))
        #expect(store.stored.concessionApplications.map(\.kind) == [.urgs, .concession])
        #expect(console.top.state(as: AccountScreen.self) != nil)
    }
}
