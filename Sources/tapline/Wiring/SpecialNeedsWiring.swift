import TaplineDomain
import TaplineStore
import TaplineUI

/// The special-needs register (Charter 9.5; issue 13 item 4): the form from the account screen,
/// and the registration the console shows on every screen about the customer.
enum SpecialNeedsWiring {
    static func register(into services: inout Services, store: any AccountsStore) {
        let port = StoreSpecialNeeds(store: store)
        services.register(port, as: (any SpecialNeedsPort).self)
        services.register(port, as: (any CustomerRegisterPort).self)
    }

    /// `s` on the account: everyone who serves customers; a trainer's is demo mode's own data.
    static let accountAction = AccountAction(key: .character("s"), help: "special needs (9.5)") { context in
        AnyScreen(SpecialNeedsScreen(context: context))
    }
}

/// The store's accounts behind the UI's `SpecialNeedsPort` and `CustomerRegisterPort`, on either store.
struct StoreSpecialNeeds: SpecialNeedsPort, CustomerRegisterPort {
    let store: any AccountsStore

    func account(_ accountNumber: String) throws -> Account? {
        try store.account(accountNumber)
    }

    func save(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        try store.updateSpecialNeeds(change, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    func registration(ofAccount accountNumber: String) throws -> SpecialNeedsRegistration? {
        try store.account(accountNumber)?.specialNeeds
    }
}
