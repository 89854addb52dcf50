import Foundation
import GRDB

/// The application's database: one SQLite file behind an injected GRDB writer, migrated on open.
///
/// Files use a `DatabasePool` (WAL: readers never wait for the writer, and two consoles can
/// share a file); tests use an in-memory `DatabaseQueue` with the same migrations. Every other
/// module reaches the data through the repositories this module vends, never through SQL.
///
/// ```swift
/// let database = try AppDatabase.open(path: "/home/ana/.local/share/tapline/tapline.sqlite")
/// let rows = try database.search.search("smi bacch", limit: 50).rows
/// ```
public final class AppDatabase: Sendable {
    /// The connection(s) all repositories share.
    let writer: any DatabaseWriter
    /// The store's admin: on a file, the login that owns it (whoever created it); in memory,
    /// whoever the caller names. The admin gives roles (`RoleChange`).
    public let admin: String?

    /// Wraps a writer and brings its schema up to date, refusing a schema newer than this build.
    public init(_ writer: any DatabaseWriter, admin: String? = nil) throws {
        self.writer = writer
        self.admin = admin
        try Self.checkSchemaIsKnown(writer)
        try Migrations.migrator.migrate(writer)
    }

    /// A fresh, empty, private database in memory: for tests and throwaway demos.
    public static func inMemory(admin: String? = nil) throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()), admin: admin)
    }

    /// The migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Migrations.migrator.appliedMigrations(db) }
    }

    /// Refuses a database that a newer Tapline has migrated: this build would misread it.
    static func checkSchemaIsKnown(_ writer: any DatabaseWriter) throws {
        let unknown = try writer.read { db in
            try Migrations.migrator.appliedIdentifiers(db).subtracting(Set(Migrations.migrator.migrations))
        }
        guard unknown.isEmpty else { throw StoreError.schemaTooNew(unknownMigrations: unknown.sorted()) }
    }

    /// The path of the database file, or ":memory:".
    public var path: String { writer.path }

    /// The settings every connection gets.
    ///
    /// Foreign keys are on (GRDB's default, stated here because rules rely on it). A busy
    /// timeout lets a second console wait for another's write instead of failing at once.
    /// Memory-mapped reads let lookups walk the search index without copying pages. Pages
    /// stay SQLite's 4 KiB: 16 KiB pages seeded a little faster but doubled two-word lookups'
    /// p99 at a million accounts (3.3 ms against 1.7 ms).
    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = \(mappedBytes)")
        }
        return config
    }

    /// How much of the file reads may map into memory (the OS shares these pages between
    /// connections and processes).
    static let mappedBytes = 4 << 30
}
