import Foundation
import Testing
import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// The chained trail's rules hold at the database, for anyone who connects with psql: the
/// server chains what they write whatever they supply, an agent reads no one else's entries
/// and not the chain's head, and only supervisors and admins can verify.
@Suite("PostgreSQL chains the audit trail itself and shows it only to those who may read it")
struct PostgresAuditTrailTests {
    typealias Roles = PostgresRoleTests

    /// Two agents and a supervisor who have each opened one account (one view entry each).
    static func world(_ name: TestLogins) throws -> PostgresStore {
        let store = try Roles.database(adding: [(name("amy"), .agent), (name("ben"), .agent), (name("sam"), .supervisor)])
        _ = try store.createAccount(StoreFixtures.account(AuditWorld.account, "Zoë Ng"), by: "setup", at: StoreFixtures.at(9))
        for (login, hour) in [(name("amy"), 10), (name("ben"), 11), (name("sam"), 12)] {
            _ = try store.actingAs(login).open(AuditWorld.account, by: login, at: StoreFixtures.at(hour))
        }
        return store
    }

    @Test func anAgentReadsOnlyTheirOwnEntriesAndNotTheHead() throws {
        let name = TestLogins()
        let store = try Self.world(name)
        let amy = name("amy")
        let seen = try Roles.run(store, as: amy, "SELECT DISTINCT who FROM audit_log").rows.compactMap { $0["who"] }
        #expect(seen == [amy])
        #expect(try store.actingAs(amy).auditEntries(forAccount: AuditWorld.account, limit: 50).map(\.who) == [amy])
        Roles.expectRefusedByTheServer(store, as: amy, "SELECT * FROM audit_chain_head")
        #expect(throws: PGError.self) { try store.actingAs(amy).verifyAuditTrail() }
    }

    @Test func aSupervisorReadsEveryonesEntriesAndVerifies() throws {
        let name = TestLogins()
        let store = try Self.world(name)
        let supervisor = try store.actingAs(name("sam"))
        #expect(Set(try supervisor.auditEntries(forAccount: AuditWorld.account, limit: 50).map(\.who))
                == [name("amy"), name("ben"), name("sam"), SystemLogin.current])
        let verification = try supervisor.verifyAuditTrail()
        #expect(verification.isSound)
        #expect(verification.checked == (try Self.count(store)))
    }

    /// An agent writing from psql gets the next link whatever seq, prev_hash and hash they
    /// type, and cannot touch the head, rewrite an entry or remove one.
    @Test func anEntryWrittenFromPsqlIsChainedWhateverItSupplies() throws {
        let name = TestLogins()
        let store = try Self.world(name)
        let amy = name("amy")
        _ = try Roles.run(store, as: amy, """
            INSERT INTO audit_log(at, action, account_number, seq, prev_hash, hash)
            VALUES ('2025-04-17 13:00', 'viewed', '\(AuditWorld.account)', 1, '\\x00'::bytea, '\\x00'::bytea)
            """)
        let newest = try #require(try Roles.run(store, as: amy, "SELECT seq, who FROM audit_log ORDER BY seq DESC LIMIT 1").first)
        #expect(newest.int("seq") == (try Self.count(store)))
        #expect(newest["who"] == amy)
        Roles.expectRefusedByTheServer(store, as: amy, "UPDATE audit_chain_head SET seq = 0")
        Roles.expectRefusedByTheServer(store, as: amy, "UPDATE audit_log SET detail = 'x'")
        Roles.expectRefusedByTheServer(store, as: amy, "DELETE FROM audit_log")
        #expect(try store.verifyAuditTrail().isSound)
    }

    /// Every entry, as the superuser sees them.
    static func count(_ store: PostgresStore) throws -> Int? {
        try store.withConnection { try $0.execute("SELECT count(*) AS n FROM audit_log").first?.int("n") }
    }

    /// Entries written before "v2-audit-chain" are chained by it, in id order, with a time
    /// that had a fraction of a second cut to whole seconds.
    @Test func theMigrationChainsTheEntriesAlreadyThere() throws {
        let server = try PostgresTestServer.get()
        let uri = server.uri(database: try server.makeDatabase())
        let bare = try PostgresStore(uri: uri, requireSchema: false)
        try bare.withConnection { connection in
            try connection.execute(PostgresMigrations.table)
            for migration in PostgresMigrations.all where migration.identifier != "v2-audit-chain" {
                try connection.executeScript(migration.sql)
                try connection.execute("INSERT INTO tapline_migration(identifier) VALUES ($1)", [migration.identifier])
            }
            try connection.executeScript("""
                INSERT INTO audit_log(at, action, account_number, detail) VALUES ('2025-04-17 09:00:00.5', 'viewed', '1000000001', '');
                INSERT INTO audit_log(at, action, account_number, detail) VALUES ('2025-04-17 09:01:00', 'changed', NULL, 'changed phone');
                """)
            #expect(try PostgresMigrations.migrate(connection) == ["v2-audit-chain"])
        }
        let verification = try PostgresStore(uri: uri).verifyAuditTrail()
        #expect(verification.isSound)
        #expect(verification.checked == 2)
        #expect(verification.head.sequence == 2)
    }
}
