import TaplineDomain
import TaplineStore
import TaplineUI

/// The restriction check on the store (issue #5): the account's facts behind `RestrictionPort`
/// and the account screen's `r` key.
enum RestrictionWiring {
    static func register(into services: inout Services, store: any CollectionsStore & ComplaintsStore, calendar: BusinessCalendar = .victoria) {
        services.register(StoreRestriction(store: store, calendar: calendar), as: (any RestrictionPort).self)
    }

    /// `r` on the account screen: may the supply be restricted now? (Charter 7.1-7.3)
    static let accountAction = AccountAction(key: .character("r"), help: "restriction check") { context in
        AnyScreen(RestrictionCheckScreen(context: context))
    }
}

/// The store's collection record behind the UI's `RestrictionPort`, with the amount held under
/// unresolved complaints taken from the complaints register (Charter 3.1(e), 7.2(e)).
struct StoreRestriction: RestrictionPort {
    let store: any CollectionsStore & ComplaintsStore
    let calendar: BusinessCalendar

    func facts(for accountNumber: String, today: CivilDate) throws -> RestrictionFacts {
        try reportedAsPlansError {
            try store.restrictionFacts(for: accountNumber, today: today,
                                       disputedAmount: try store.heldAmount(onAccount: accountNumber, today: today, calendar: calendar))
        }
    }
}
