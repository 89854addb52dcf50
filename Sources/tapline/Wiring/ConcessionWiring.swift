import TaplineDomain
import TaplineStore
import TaplineUI

/// Concession cards and concession/URGS applications (Charter 5.3, 7.2(b), (c); issue 13
/// item 3): the form from the account screen.
enum ConcessionWiring {
    static func register(into services: inout Services, store: any AccountsStore) {
        services.register(StoreConcessions(store: store), as: (any ConcessionPort).self)
    }

    /// `k` on the account (the concession card): everyone who serves customers.
    static let accountAction = AccountAction(key: .character("k"), help: "concession card and applications (5.3, 7.2(b), (c))") { context in
        AnyScreen(ConcessionScreen(context: context))
    }
}

/// The store's accounts behind the UI's `ConcessionPort`, on either store.
struct StoreConcessions: ConcessionPort {
    let store: any AccountsStore

    func account(_ accountNumber: String) throws -> Account? {
        try store.account(accountNumber)
    }

    func save(_ change: ConcessionChange, of accountNumber: String, readVersion: Int,
              by user: String, at time: LocalDateTime) throws -> Account {
        try store.updateConcession(change, of: accountNumber, readVersion: readVersion, by: user, at: time)
    }
}
