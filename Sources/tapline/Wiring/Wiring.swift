import TaplineDomain
import TaplineStore
import TaplineUI

/// Every area's part in the console, gathered in one place.
///
/// Each area keeps its wiring in its own `<Area>Wiring.swift` (ports registered on the
/// store, account-screen actions, home entry, F-key panels) and adds one line per list here.
enum Wiring {
    /// The store's implementations of every area's ports, all on the configured calendar, with
    /// every area's letters written to `letters` (demo mode's own folder, marked TRAINING).
    /// Either store: both implement every area's contract.
    static func services(store: any ConsoleStore, calendar: BusinessCalendar, letters: LetterDestination = .real,
                         tariff: Tariff = .victorianDefault) -> Services {
        var services = Services()
        services.register(StoreHealth(store: store), as: (any StoreHealthPort).self)
        if let signal = store.changeSignal() { services.register(StoreChanges(signal: signal), as: (any StoreChangesPort).self) }
        AccountsWiring.register(into: &services, store: store)
        ContactDetailsWiring.register(into: &services, store: store)
        SpecialNeedsWiring.register(into: &services, store: store)
        CallsWiring.register(into: &services, store: store)
        ConcessionWiring.register(into: &services, store: store)
        MovingWiring.register(into: &services, store: store)
        ContactPreferencesWiring.register(into: &services, store: store)
        MeterWiring.register(into: &services, store: store, tariff: tariff, letters: letters)
        ArrangementsWiring.register(into: &services, store: store, letters: letters)
        ConductWiring.register(into: &services, store: store, staff: store, letters: letters)
        ComplaintsWiring.register(into: &services, store: store, calendar: calendar, letters: letters)
        HardshipWiring.register(into: &services, store: store)
        PaymentPlansWiring.register(into: &services, store: store, calendar: calendar, letters: letters)
        RestrictionWiring.register(into: &services, store: store, calendar: calendar)
        AuditWiring.register(into: &services, store: store)
        PresenceWiring.register(into: &services, store: store)
        return services
    }

    /// What the account screen offers, in key order.
    static let accountActions: [AccountAction] = [
        ComplaintsWiring.accountAction,
        HardshipWiring.accountAction,
        PaymentPlansWiring.accountAction,
        RestrictionWiring.accountAction,
        AuditWiring.accountAction,
        ContactDetailsWiring.accountAction,
        SpecialNeedsWiring.accountAction,
        ConcessionWiring.accountAction,
        MovingWiring.accountAction,
        ContactPreferencesWiring.accountAction,
        MeterWiring.accountAction,
        ArrangementsWiring.accountAction,
    ]

    /// Console-wide keys that open a panel about the current customer.
    static let panels: [PanelBinding] = [
        ConductWiring.panel,
    ]

    /// The home screen's areas, in the order agents know them.
    static func homeAreas() -> [HomeScreen.Area] {
        [
            AccountsWiring.homeArea,
            ComplaintsWiring.myWorkArea,
            ComplaintsWiring.homeArea,
            HardshipWiring.homeArea,
            PaymentPlansWiring.homeArea,
            ConductWiring.homeArea,
            supervisorReview,
        ]
    }

    /// The supervisor's queues, each area adding its own: complaints by due date, incidents
    /// awaiting a decision, restrictions due for review.
    static let supervisorReviewItems: [HomeScreen.Area] = [
        ConductWiring.reviewQueueItem, ConductWiring.restrictionsDueItem,
        ComplaintsWiring.supervisorReviewItem,
    ]

    static var supervisorReview: HomeScreen.Area {
        HomeScreen.Area(title: "Supervisor review", summary: "escalations, deadlines and incidents to decide") {
            AnyScreen(MenuScreen(title: "Supervisor review", intro: "Queues to work through, most urgent first.",
                                 areas: supervisorReviewItems))
        }
    }
}
