import Foundation
import Testing
import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// The rules about roles and the audit trail hold at the database, for anyone who connects —
/// psql included — not only through Tapline: each test acts as a login by
/// `SET SESSION AUTHORIZATION` (session_user becomes that login; grants and RLS apply).
@Suite("PostgreSQL enforces roles and the audit trail itself")
struct PostgresRoleTests {
    /// A migrated database with an admin (the superuser running the tests) who has added `logins`.
    static func database(adding logins: [(String, Role)]) throws -> PostgresStore {
        let store = try TestStores.postgres()
        for (login, role) in logins { try store.add(login, as: role) }
        return store
    }

    /// Runs `sql` on a connection acting as `login`.
    static func run(_ store: PostgresStore, as login: String, _ sql: String, _ parameters: [(any PGBindable)?] = []) throws -> PGResult {
        try store.actingAs(login, requireSchema: false).withConnection { try $0.execute(sql, parameters) }
    }

    static func expectRefusedByTheServer(_ store: PostgresStore, as login: String, _ sql: String,
                                         sourceLocation: SourceLocation = #_sourceLocation) {
        let error = #expect(throws: PGError.self, "\(login): \(sql)", sourceLocation: sourceLocation) { try run(store, as: login, sql) }
        #expect(error?.isPermissionDenied == true, "\(sql): \(error?.message ?? "")", sourceLocation: sourceLocation)
    }

    @Test func theDatabasesRuleForRoleChangesIsTheDomainsWordForWord() throws {
        let store = try TestStores.postgres()
        let roles: [Role?] = [nil] + Role.allCases
        try store.withConnection { connection in
            for actorRole in roles {
                for targetRole in roles {
                    for newRole in Role.allCases {
                        for target in ["sam", "alice"] {
                            let swift = RoleChange.refusal(actor: "sam", actorRole: actorRole, target: target, currentRole: targetRole, newRole: newRole)
                            let sql = try connection.execute("SELECT tapline_role_change_refusal('sam', $1, $2, $3, $4) AS refusal",
                                                             [actorRole?.rawValue, target, targetRole?.rawValue, newRole.rawValue]).first?["refusal"]
                            #expect(sql == swift, "actor \(actorRole?.rawValue ?? "none"), \(target) \(targetRole?.rawValue ?? "none") → \(newRole)")
                        }
                    }
                }
            }
        }
    }

    @Test func anAgentCannotChangeARoleByAnyRoute() throws {
        let name = TestLogins()
        let store = try Self.database(adding: [(name("alice"), .agent)])
        let alice = name("alice")
        // Through the function: refused, and the refusal is recorded
        let refusal = try Self.run(store, as: alice, "SELECT tapline_set_role($1, 'supervisor') AS refusal", [alice]).first?["refusal"]
        #expect(refusal == "only an admin or a supervisor may change roles, and \(alice) is an agent")
        // Round it, with psql's own tools: PostgreSQL refuses each
        Self.expectRefusedByTheServer(store, as: alice, "GRANT tapline_supervisor TO \(alice)")
        Self.expectRefusedByTheServer(store, as: alice, "GRANT tapline_admin TO \(alice)")
        Self.expectRefusedByTheServer(store, as: alice, "REVOKE tapline_agent FROM \(alice)")
        Self.expectRefusedByTheServer(store, as: alice, "ALTER ROLE \(alice) CREATEROLE")
        Self.expectRefusedByTheServer(store, as: alice, "CREATE ROLE \(alice)_twin LOGIN IN ROLE tapline_admin")
        Self.expectRefusedByTheServer(store, as: alice, "INSERT INTO pg_auth_members(roleid, member, grantor, admin_option) "
            + "SELECT g.oid, m.oid, m.oid, false FROM pg_roles g, pg_roles m WHERE g.rolname = 'tapline_supervisor' AND m.rolname = '\(alice)'")
        Self.expectRefusedByTheServer(store, as: alice, "UPDATE pg_authid SET rolsuper = true WHERE rolname = '\(alice)'")
        // The shared helper the functions call runs only as their owner
        Self.expectRefusedByTheServer(store, as: alice, "SELECT tapline_give_role('\(alice)', 'supervisor', false)")
        #expect(try store.role(of: alice) == .agent)
        let trail = try store.withConnection { try $0.execute("SELECT action, detail FROM audit_log WHERE who = $1", [alice]).rows }
        #expect(trail.map { $0["action"] } == ["refused"])
    }

    @Test func aLoginWithoutARoleCannotEvenAsk() throws {
        let name = TestLogins()
        let store = try TestStores.postgres()
        try store.withConnection { try $0.execute("CREATE ROLE \(name("stranger")) LOGIN") }
        Self.expectRefusedByTheServer(store, as: name("stranger"), "SELECT tapline_add_user('\(name("stranger"))', 'admin')")
        // and a console they start says why it cannot
        #expect(throws: PostgresSchemaError.noRole(user: name("stranger"))) { try store.actingAs(name("stranger")) }
        #expect(try store.role(of: name("stranger")) == nil)
    }

    @Test func anAgentCannotRewriteTheAuditTrailNorWriteInSomeoneElsesName() throws {
        let name = TestLogins()
        let store = try Self.database(adding: [(name("alice"), .agent), (name("sam"), .supervisor)])
        let alice = name("alice")
        _ = try Self.run(store, as: alice, "INSERT INTO audit_log(at, action, detail) VALUES (localtimestamp, 'viewed', 'own entry')")
        Self.expectRefusedByTheServer(store, as: alice, "UPDATE audit_log SET detail = 'nothing happened'")
        Self.expectRefusedByTheServer(store, as: alice, "DELETE FROM audit_log")
        Self.expectRefusedByTheServer(store, as: alice, "TRUNCATE audit_log")
        Self.expectRefusedByTheServer(store, as: alice,
            "INSERT INTO audit_log(at, who, action, detail) VALUES (localtimestamp, '\(name("sam"))', 'changed', 'role of \(alice) set to supervisor')")
        let entries = try store.withConnection { try $0.execute("SELECT who, detail FROM audit_log WHERE detail LIKE '%own entry%' OR who = $1", [name("sam")]).rows }
        #expect(entries.map { $0["who"] } == [alice], "only her own entry, in her own name")
        // Even the table's owner cannot rewrite it: the trigger refuses
        let error = #expect(throws: PGError.self) { try store.withConnection { try $0.execute("DELETE FROM audit_log") } }
        #expect(error?.isPermissionDenied == true)
    }

    @Test func aSupervisorMakesAnAgentATrainerButNotASupervisor() throws {
        let name = TestLogins()
        let store = try Self.database(adding: [(name("sam"), .supervisor), (name("alice"), .agent)])
        let sam = name("sam"), alice = name("alice")
        #expect(try Self.run(store, as: sam, "SELECT tapline_set_role($1, 'trainer') AS refusal", [alice]).first?["refusal"] == nil)
        #expect(try Self.run(store, as: sam, "SELECT tapline_set_role($1, 'supervisor') AS refusal", [alice]).first?["refusal"]
                == "only an admin may make someone a supervisor")
        Self.expectRefusedByTheServer(store, as: sam, "GRANT tapline_supervisor TO \(alice)")
        #expect(try store.role(of: alice) == .trainer)
        let trail = try store.withConnection { try $0.execute("SELECT action, detail FROM audit_log WHERE who = $1 ORDER BY id", [sam]).rows }
        #expect(trail.map { "\($0["action"] ?? ""): \($0["detail"] ?? "")" } == [
            "changed: role of \(alice) set to trainer",
            "refused: role of \(alice) not set to supervisor: only an admin may make someone a supervisor",
        ])
    }

    @Test func aTrainerReadsOnlyTheirOwnAuditEntriesAndASupervisorReadsAll() throws {
        let name = TestLogins()
        let store = try Self.database(adding: [(name("tina"), .trainer), (name("sam"), .supervisor), (name("alice"), .agent)])
        _ = try Self.run(store, as: name("alice"), "SELECT tapline_set_role($1, 'supervisor')", [name("alice")])
        _ = try Self.run(store, as: name("tina"), "SELECT tapline_set_role($1, 'admin')", [name("tina")])
        let seenByTina = try Self.run(store, as: name("tina"), "SELECT DISTINCT who FROM audit_log").rows.compactMap { $0["who"] }
        #expect(seenByTina == [name("tina")])
        let seenBySam = Set(try Self.run(store, as: name("sam"), "SELECT DISTINCT who FROM audit_log").rows.compactMap { $0["who"] })
        #expect(seenBySam.isSuperset(of: [name("tina"), name("alice")]))
    }

    @Test func rolesGoOnlyToLoginsThatExistNeverToGroupRolesOrOddNames() throws {
        let name = TestLogins()
        let store = try TestStores.postgres()
        #expect(throws: StoreError.refused("there is no user \(name("ghost")) on this database server; add them with: tapline users add \(name("ghost")) --role agent")) {
            try store.setRole(of: name("ghost"), to: .agent, readRole: try store.role(of: name("ghost")))
        }
        #expect(throws: StoreError.refused("“pg_signal_backend” is not a login name (lower-case letters, digits, _ . -, not starting pg_ or tapline_)")) {
            try store.add("pg_signal_backend", as: .admin)
        }
        // Giving a group role a role would give every trainer an agent's access
        #expect(throws: StoreError.self) { try store.setRole(of: "tapline_trainer", to: .agent, readRole: try store.role(of: "tapline_trainer")) }
        try store.withConnection { try $0.execute("CREATE ROLE \(name("team")) NOLOGIN") }
        #expect(throws: StoreError.refused("\(name("team")) is a group role, not a login")) { try store.setRole(of: name("team"), to: .agent, readRole: try store.role(of: name("team"))) }
        #expect(throws: StoreError.self) { try store.add("x\"; DROP TABLE audit_log; --", as: .agent) }
        let refusals = try store.withConnection { try $0.execute("SELECT count(*) AS n FROM audit_log WHERE action = 'refused'").first?.int("n") }
        #expect(refusals == 5)
        let trainersGroups = try store.withConnection {
            try $0.execute("SELECT count(*) AS n FROM pg_auth_members WHERE member = 'tapline_trainer'::regrole").first?.int("n")
        }
        #expect(trainersGroups == 0)
    }

    @Test func adminInitNeedsAnEmptyDatabaseAndARoleThatMayCreateRolesAndMakesItTheAdmin() throws {
        let server = try PostgresTestServer.get()
        let name = TestLogins()
        let root = try PostgresStore(uri: server.uri(database: "postgres"), requireSchema: false)
        let database = try server.makeDatabase()
        try root.withConnection { connection in
            try connection.execute("CREATE ROLE \(name("boss")) LOGIN CREATEROLE")
            try connection.execute("CREATE ROLE \(name("clerk")) LOGIN")
            // The admin owns the database, as `createdb -O` makes it, so may create its tables
            try connection.execute("ALTER DATABASE \(database) OWNER TO \(name("boss"))")
        }
        let bare = try PostgresStore(uri: server.uri(database: database), requireSchema: false)
        // A console on it is told to run admin init
        #expect(throws: PostgresSchemaError.notInitialised) { try PostgresStore(uri: server.uri(database: database)) }
        // A login that may not create roles is refused, and nothing is made
        #expect(throws: PostgresAdminError.cannotCreateRoles(user: name("clerk"))) {
            try bare.actingAs(name("clerk"), requireSchema: false).withConnection { try PostgresAdmin.initialise($0) }
        }
        // The CREATEROLE owner sets it up and becomes its admin, owning the functions that give roles
        let boss = try bare.actingAs(name("boss"), requireSchema: false)
        let applied = try boss.withConnection { try PostgresAdmin.initialise($0) }
        #expect(applied == PostgresMigrations.all.map(\.identifier))
        #expect(try boss.role(of: name("boss")) == .admin)
        try boss.add(name("clerk"), as: .supervisor)
        #expect(try boss.role(of: name("clerk")) == .supervisor)
        let owner = try boss.withConnection { try $0.execute("SELECT proowner::regrole::text AS owner FROM pg_proc WHERE proname = 'tapline_set_role'").first?["owner"] }
        #expect(owner == name("boss"))
        // Twice is refused: that is admin migrate's work
        #expect(throws: PostgresAdminError.alreadyInitialised) { try boss.withConnection { try PostgresAdmin.initialise($0) } }
        _ = try boss.actingAs(name("clerk"))
    }

    @Test func adminInitRefusesADatabaseThatHoldsSomethingElse() throws {
        let server = try PostgresTestServer.get()
        let connection = try PGConnection(uri: server.uri(database: try server.makeDatabase()))
        try connection.execute("CREATE TABLE invoices (id int)")
        #expect(throws: PostgresAdminError.notEmpty(tables: ["invoices"])) { try PostgresAdmin.initialise(connection) }
    }
}
