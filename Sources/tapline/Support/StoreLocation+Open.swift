import TaplinePostgres
import TaplineStore

extension StoreLocation {
    /// What to call the store in messages: the file's path, or the URI.
    var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let uri): uri
        }
    }

    /// Opens the store for account work: the SQLite file (migrated on open) or the PostgreSQL
    /// database (refused when its schema is missing or newer than this build).
    func openAccounts() throws -> any AccountsStore {
        switch self {
        case .sqlite(let path): try AppDatabase.open(path: path)
        case .postgres(let uri): try PostgresStore(uri: uri)
        }
    }
}
