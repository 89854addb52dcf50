import TaplineDomain
import TaplineStore
import TaplineUI

/// Correcting a customer's contact details from the account screen (issue 13 item 2).
enum ContactDetailsWiring {
    static func register(into services: inout Services, store: any AccountsStore) {
        services.register(StoreContactDetails(store: store), as: (any ContactDetailsPort).self)
    }

    /// `e` on the account: everyone who serves customers; a trainer's is demo mode's own data.
    static let accountAction = AccountAction(key: .character("e"), help: "edit contact details") { context in
        AnyScreen(ContactDetailsScreen(context: context))
    }
}

/// The store's accounts behind the UI's `ContactDetailsPort`, on either store.
struct StoreContactDetails: ContactDetailsPort {
    let store: any AccountsStore

    func account(_ accountNumber: String) throws -> Account? {
        try store.account(accountNumber)
    }

    func save(_ details: ContactDetails, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        try store.updateContactDetails(details, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }
}
