import TaplinePostgres
import TaplineStore

/// Which store a `--database` value names: a PostgreSQL database (a libpq URI,
/// `postgresql://…` or `postgres://…`) or a SQLite file (anything else; the default file
/// when none is given).
enum StoreLocation: Equatable {
    case sqlite(path: String)
    case postgres(uri: String)

    init(_ database: String?) {
        guard let database else {
            self = .sqlite(path: Paths.defaultDatabase.path)
            return
        }
        let lowered = database.lowercased()
        self = lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") ? .postgres(uri: database) : .sqlite(path: database)
    }

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
