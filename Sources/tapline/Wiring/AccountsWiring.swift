import TaplineDomain
import TaplineStore
import TaplineUI

/// Account lookup and the account screen on the store (issue #3).
enum AccountsWiring {
    static func register(into services: inout Services, store: any AccountsStore) {
        services.register(StoreAccounts(store: store), as: (any AccountsPort).self)
    }

    static var homeArea: HomeScreen.Area {
        HomeScreen.Area(title: "Account lookup", summary: "find a customer as you type; bills, payments, usage") {
            AnyScreen(LookupScreen())
        }
    }
}

/// The store's accounts behind the UI's `AccountsPort`, on either store.
struct StoreAccounts: AccountsPort {
    let store: any AccountsStore

    func search(_ query: String, limit: Int) throws -> AccountMatches {
        let result = try store.search(query, limit: limit)
        return AccountMatches(total: result.totalMatches.formatted() + (result.totalIsCapped ? "+" : ""), rows: result.rows)
    }

    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? {
        try store.open(accountNumber, by: user, at: time)
    }

    func detail(_ accountNumber: String) throws -> AccountDetail? {
        try store.detail(accountNumber)
    }

    func addNote(_ note: Note, to accountNumber: String) throws {
        try store.addNote(note, to: accountNumber)
    }
}
