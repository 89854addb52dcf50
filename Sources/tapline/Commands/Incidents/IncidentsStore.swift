import TaplineStore

/// The store `tapline incidents` works on, and who the user is on it.
///
/// The store the options name (`--database`, config.toml's `database`, `TAPLINE_DATABASE`):
/// on PostgreSQL the user is the login the server authenticated and the database enforces who
/// may read what; on a SQLite file the user is the real uid's login (`StoreSession`).
enum IncidentsStore {
    static func open(_ global: GlobalOptions) throws -> (store: any ConductStore, user: String) {
        let session = try StoreFailure.reported { try global.storeLocation().openSession() }
        return (session.store, session.user)
    }
}
