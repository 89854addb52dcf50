import TaplinePostgres
import TaplineStore
import TaplineUI

/// Everything the console asks of a store: every area's contract. The SQLite file and the
/// PostgreSQL database are both one, so the console's screens and adapters are the same on both.
typealias ConsoleStore = AccountsStore & ComplaintsStore & CollectionsStore & ConductStore & HardshipStore
    & PaymentPlansStore & AuditStore & AccountStandingReading & StoreReachability & StoreChangeSource & PresenceStore
    & CallRecordsStore & MovesStore & MeterRequestsStore & PaymentArrangementsStore

/// Whether a store answers: the console's "reconnecting" comes from this.
protocol StoreReachability: Sendable {
    /// Nil when the store answers; otherwise why not.
    func ping() -> String?
}

/// A SQLite file is on this machine: it answers whenever the console can run at all.
extension AppDatabase: StoreReachability {
    func ping() -> String? { nil }
}

extension PostgresStore: StoreReachability {}

/// The store's reachability behind the UI's `StoreHealthPort`.
struct StoreHealth: StoreHealthPort {
    let store: any StoreReachability
    func probe() -> String? { store.ping() }
}

/// The store's change signal behind the UI's `StoreChangesPort`.
struct StoreChanges: StoreChangesPort {
    let signal: any StoreChangeSignal
    func waitForChange(seconds: Double) -> Bool { signal.waitForChange(seconds: seconds) }
}
