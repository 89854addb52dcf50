import Foundation
import Testing
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

@Suite("The shared store on a real PostgreSQL server")
struct PostgresStoreTests {
    @Test func theUserIsWhoTheServerSaysConnectedAndTheSchemaIsVersioned() throws {
        let server = try PostgresTestServer.get()
        let name = try server.makeDatabase()
        // A database without Tapline's schema is refused until admin init has run
        let bare = try PostgresStore(uri: server.uri(database: name), requireSchema: false)
        let first = try bare.withConnection { try PostgresMigrations.migrate($0) }
        #expect(first == PostgresMigrations.all.map(\.identifier))
        let second = try bare.withConnection { try PostgresMigrations.migrate($0) }
        #expect(second.isEmpty, "a second run applies nothing")
        let store = try PostgresStore(uri: server.uri(database: name))
        #expect(try store.sessionUser() == SystemLogin.current)
        // A migration from a newer Tapline makes this build refuse the database
        try store.withConnection { try $0.execute("INSERT INTO tapline_migration(identifier) VALUES ('v9-from-the-future')") }
        #expect(throws: StoreError.schemaTooNew(unknownMigrations: ["v9-from-the-future"])) { try PostgresStore(uri: server.uri(database: name)) }
    }

    @Test func copyLoadsRowsWithTabsNewlinesAndNulls() throws {
        let server = try PostgresTestServer.get()
        let connection = try PGConnection(uri: server.uri(database: try server.makeDatabase()))
        try connection.execute("CREATE TABLE t (a text, b text)")
        try connection.copy(into: "t", columns: ["a", "b"], rows: [["tab\there", nil], ["line\nbreak \\ back", "水野"]])
        let rows = try connection.execute("SELECT a, b FROM t ORDER BY a DESC").rows
        #expect(rows.map { $0["a"] } == ["tab\there", "line\nbreak \\ back"])
        #expect(rows.map { $0["b"] } == [nil, "水野"])
    }

    @Test func aRefusalCarriesItsSQLState() throws {
        let server = try PostgresTestServer.get()
        let connection = try PGConnection(uri: server.uri(database: try server.makeDatabase()))
        try connection.execute("CREATE TABLE t (k int PRIMARY KEY)")
        try connection.execute("INSERT INTO t VALUES (1)")
        let error = #expect(throws: PGError.self) { try connection.execute("INSERT INTO t VALUES ($1)", [1]) }
        #expect(error?.isUniqueViolation == true)
    }
}

@Suite("The shared store when its server goes away", .serialized)
struct PostgresOutageTests {
    /// Runs on a server of its own: stopping the shared one would fail other tests meanwhile.
    @Test func aStoppedServerIsReportedAndTheStoreCarriesOnWhenItIsBack() throws {
        let server = try PostgresTestServer.dedicated()
        defer { server.discard() }
        let uri = server.uri(database: try server.makeDatabase())
        try PostgresStore(uri: uri, requireSchema: false).withConnection { try PostgresMigrations.migrate($0) }
        let store = try PostgresStore(uri: uri)
        #expect(store.ping() == nil)
        try store.withConnection { try $0.execute("CREATE TABLE saved (n int)") }
        server.stop()
        let down = store.ping()
        #expect(down != nil, "the probe says the server is gone")
        #expect(throws: StoreError.self) { try store.withConnection { try $0.execute("INSERT INTO saved VALUES (1)") } }
        try server.restart()
        #expect(store.ping() == nil, "a fresh connection once it is back")
        try store.withConnection { try $0.execute("INSERT INTO saved VALUES (2)") }
        let rows = try store.withConnection { try $0.execute("SELECT n FROM saved").rows.compactMap { $0.int("n") } }
        #expect(rows == [2], "the save refused during the outage is not half-done; the retry is there once")
    }
}
