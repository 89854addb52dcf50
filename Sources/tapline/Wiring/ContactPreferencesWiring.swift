import TaplineDomain
import TaplineStore
import TaplineUI

/// How the customers want to be reached (issue 13 item 2; Charter 14.10, 5.5(c)): the form from
/// the account screen.
enum ContactPreferencesWiring {
    static func register(into services: inout Services, store: any AccountsStore) {
        services.register(StoreContactPreferences(store: store), as: (any ContactPreferencesPort).self)
    }

    /// `i` on the account (interpreter, TTY, preferred contact, third parties): everyone who serves customers.
    static let accountAction = AccountAction(key: .character("i"), help: "interpreter, TTY, preferred contact, third parties (14.10, 5.5(c))") { context in
        AnyScreen(ContactPreferencesScreen(context: context))
    }
}

/// The store's accounts behind the UI's `ContactPreferencesPort`, on either store.
struct StoreContactPreferences: ContactPreferencesPort {
    let store: any AccountsStore

    func account(_ accountNumber: String) throws -> Account? { try store.account(accountNumber) }

    func save(_ preferences: ContactPreferences, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        try store.updateContactPreferences(preferences, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }
}
