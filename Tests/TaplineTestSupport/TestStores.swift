import Foundation
import TaplinePostgres
import TaplineStore

/// The two stores every store contract test runs against: one behaviour, two engines.
public enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres
    public var description: String { rawValue }
}

/// Fresh, empty, migrated stores for one test each.
public enum TestStores {
    /// SQLite in memory, set up by "root" (its admin).
    public static func sqlite() throws -> AppDatabase { try AppDatabase.inMemory(admin: "root") }

    /// A database of its own on this process's throwaway server, with every migration applied,
    /// connected as the login running the tests (a superuser: role tests connect as others).
    public static func postgres() throws -> PostgresStore {
        let server = try PostgresTestServer.get()
        let uri = server.uri(database: try server.makeDatabase())
        try PostgresStore(uri: uri, requireSchema: false).withConnection { try PostgresMigrations.migrate($0) }
        return try PostgresStore(uri: uri)
    }
}
