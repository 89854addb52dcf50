import TaplinePostgres
import TaplineStore

/// The store `tapline incidents` works on, and who the user is on it.
///
/// `--database postgresql://…` (libpq's URI form) is the shared store, where the user is the
/// login the server authenticated and the database enforces who may read what; anything else
/// is a SQLite file, where the user is the real uid's login.
enum IncidentsStore {
    static func open(_ global: GlobalOptions) throws -> (store: any ConductStore, user: String) {
        let location = global.database ?? Paths.defaultDatabase.path
        if location.hasPrefix("postgresql://") || location.hasPrefix("postgres://") {
            let store = try PostgresStore(uri: location)
            return (store, try store.sessionUser())
        }
        return (try AppDatabase.open(path: location), Paths.userName)
    }
}
