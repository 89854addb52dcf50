import Foundation
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Two agents working on one store at once, each as themselves: the givens of the stale-save
/// contracts (issue 12 item 3).
///
/// On SQLite both share the database and are told apart by name. On PostgreSQL each is a login
/// of their own in tapline_agent, on a store whose every connection is that login's session
/// (`actingAs`), so what the server records as who changed a record is the login itself.
struct TwoAgents {
    /// The first agent's name on the store, and the store as they work on it.
    let first: (name: String, store: any AreaStore)
    let second: (name: String, store: any AreaStore)

    /// Two agents on `store` (of `kind`), "asmith" and "bnguyen" (with a suffix on PostgreSQL).
    init(on store: any AreaStore, kind: StoreKind) throws {
        switch (kind, store) {
        case (.postgres, let postgres as PostgresStore):
            let logins = TestLogins()
            let names = [logins("asmith"), logins("bnguyen")]
            try AreaStoreFixtures.retryingRoleRace {
                try postgres.withConnection { connection in for name in names { try connection.ensureLogin(name, in: "agent") } }
            }
            first = (names[0], try postgres.actingAs(names[0]))
            second = (names[1], try postgres.actingAs(names[1]))
        default:
            first = ("asmith", store)
            second = ("bnguyen", store)
        }
    }
}
