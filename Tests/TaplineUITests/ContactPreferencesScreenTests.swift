import TaplineDomain
import Testing
@testable import TaplineUI

/// One account's contact preferences in memory, saved as the stores save them: against the
/// version read, checked by the same rules.
final class MemoryContactPreferences: ContactPreferencesPort, AccountsPort, @unchecked Sendable {
    var stored = MemorySpecialNeeds().stored
    var saves = 0

    func account(_ accountNumber: String) throws -> Account? { stored }

    func save(_ preferences: ContactPreferences, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        if let problem = ContactPreferencesRules.problem(preferences, names: stored.customers.map(\.name), today: time.date) {
            throw MemorySpecialNeeds.Refused(reason: problem)
        }
        guard !preferences.changes(from: ContactPreferences(of: stored), names: []).isEmpty else { return stored }
        stored = preferences.applied(to: stored)
        stored.version += 1
        saves += 1
        return stored
    }

    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func detail(_ accountNumber: String) throws -> AccountDetail? {
        AccountDetail(account: stored, flags: stored.flags, bills: [], payments: [], interactions: [], notes: [])
    }
    func addNote(_ note: Note, to accountNumber: String) throws {}
}

@Suite("Contact preferences (14.10, 5.5(c)): recorded from the account, shown on it at once")
struct ContactPreferencesScreenTests: AccountFormDriving {
    static let action = AccountAction(key: .character("i"), help: "interpreter, TTY, preferred contact, third parties (14.10, 5.5(c))") { context in
        AnyScreen(ContactPreferencesScreen(context: context))
    }
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy", accountActions: [ContactPreferencesScreenTests.action])
    let store = MemoryContactPreferences()
    let formKey = Key.character("i")

    func register(into services: inout Services) {
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any ContactPreferencesPort).self)
    }

    @Test func anInterpreterTTYAndAPreferenceShowOnTheAccountAtOnce_14_10() {
        let console = openForm()
        #expect(text(console).contains("◂ not stated ▸"))
        press(console, .right, .right, .right, .tab)   // email
        type(console, "Vietnamese")
        press(console, .tab, .right, .function(2))
        #expect(store.stored.preferredContact == .email)
        #expect(store.stored.communicationNeeds == CommunicationNeeds(interpreterLanguage: "Vietnamese", tty: true))
        #expect(text(console).contains("▲ Interpreter: Vietnamese · TTY (14.10) · prefers email"))
    }

    @Test func aThirdPartyWithoutWrittenConsentIsNotToBeToldOfTheAccount_5_5c() {
        let console = openForm()
        press(console, .tab, .tab, .tab)
        type(console, "Mary Smith")
        press(console, .tab)
        type(console, "daughter")
        press(console, .function(2))
        #expect(text(console).contains("▲ Mary Smith (daughter) has no written consent (5.5(c)): do not discuss"))
        // With the consent's day it no longer warns
        press(console, .character("i"), .tab, .tab, .tab, .tab, .tab)
        type(console, "2026-11-30")
        press(console, .function(2))
        #expect(store.stored.customers[0].authorisedThirdParty?.consentReceived == CivilDate(iso: "2026-11-30"))
        #expect(!text(console).contains("no written consent"))
    }

    @Test func eachProblemShowsUnderItsFieldAndNothingIsSaved() {
        let console = openForm()
        press(console, .tab)
        type(console, String(repeating: "a", count: 1_000))
        press(console, .tab, .tab)
        type(console, "Mary Smith")
        press(console, .tab, .tab)
        type(console, "2026-12-02")
        press(console, .function(2))
        let shown = text(console)
        #expect(shown.contains("✖ a language can be at most 60 characters; this has"))
        #expect(shown.contains("✖ say how they relate to the customer"))
        #expect(shown.contains("✖ written consent cannot arrive after today"))
        #expect(store.saves == 0)
    }
}
