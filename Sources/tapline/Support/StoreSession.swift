import TaplineDomain
import TaplinePostgres
import TaplineStore

/// A store opened for work, with who the user is on it and their role.
///
/// The user is never taken from the environment (issue 11, item 3): on SQLite it is the real
/// uid's login and the role the user directory gives it; on PostgreSQL it is the login the
/// server authenticated and the group role the database gives that login.
struct StoreSession {
    let store: any ConsoleStore
    let user: String
    let role: Role
}

extension StoreLocation {
    /// Opens the store and works out who is using it.
    func openSession() throws -> StoreSession {
        switch self {
        case .sqlite(let path):
            let database = try AppDatabase.open(path: path)
            let user = Paths.userName
            return StoreSession(store: database, user: user, role: try database.users.role(of: user) ?? .agent)
        case .postgres(let uri):
            let store = try PostgresStore(uri: uri)
            let login = try store.sessionUser()
            return StoreSession(store: store, user: login, role: try store.role(of: login) ?? .agent)
        }
    }
}
