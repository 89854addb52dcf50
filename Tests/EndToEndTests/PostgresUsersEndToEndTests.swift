import Foundation
import Testing
import TaplineTestSupport

/// Two logins on one PostgreSQL database over the server's socket with peer authentication:
/// who they are is the role the server authenticated, whatever `USER` says, and who may give
/// roles is decided by the database. Its logins are its own: roles belong to the whole test
/// server, and this suite changes theirs while other suites run.
@Suite("End to end: one PostgreSQL database, several logins", .serialized, .enabled(if: OSUsers.available, "needs root to make logins"))
struct PostgresUsersEndToEndTests {
    @Test func rootSetsTheDatabaseUpAndRolesFollowTheLoginNotUSER() throws {
        try OSUsers.ensure("tl-uma", "tl-sol")
        let server = try PostgresTestServer.get()
        let db = ["--database", server.uri(database: try server.makeDatabase())]

        // Before admin init, a command says what to do
        let early = try OSUsers.tapline(as: nil, ["users", "list"] + db)
        #expect(early.status == 1)
        #expect(early.output.contains("has no Tapline schema") && early.output.contains("tapline admin init"), "\(early.output)")

        // root (a superuser) sets it up and adds sam as supervisor, alice as agent
        let initialised = try OSUsers.tapline(as: nil, ["admin", "init"] + db)
        #expect(initialised.status == 0, "\(initialised.output)")
        #expect(initialised.output.contains("v1-users") && initialised.output.contains("root is the admin"))
        #expect(try OSUsers.tapline(as: nil, ["users", "add", "tl-sol", "--role", "supervisor"] + db).status == 0)
        #expect(try OSUsers.tapline(as: nil, ["users", "add", "tl-uma", "--role", "agent"] + db).status == 0)

        // alice, whose environment says USER=root, cannot make herself a supervisor
        let selfPromotion = try OSUsers.tapline(as: "tl-uma", ["users", "set-role", "tl-uma", "supervisor"] + db)
        #expect(selfPromotion.status == 1)
        #expect(selfPromotion.output.contains("refused: only an admin or a supervisor may change roles, and tl-uma is an agent"),
                "\(selfPromotion.output)")

        // sam makes her a trainer, but not a supervisor
        let byTheSupervisor = try OSUsers.tapline(as: "tl-sol", ["users", "set-role", "tl-uma", "trainer"] + db)
        #expect(byTheSupervisor.status == 0, "\(byTheSupervisor.output)")
        let promotion = try OSUsers.tapline(as: "tl-sol", ["users", "set-role", "tl-uma", "supervisor"] + db)
        #expect(promotion.status == 1)
        #expect(promotion.output.contains("refused: only an admin may make someone a supervisor"))

        let list = try OSUsers.tapline(as: "tl-uma", ["users", "list"] + db).output
        #expect(list.contains("root\tadmin\n") && list.contains("tl-sol\tsupervisor\n") && list.contains("tl-uma\ttrainer\n"), "\(list)")

        // root, who saw alice as an agent before sam's change, is told who changed it (issue 12 item 3)
        let stale = try OSUsers.tapline(as: nil, ["users", "set-role", "tl-uma", "agent", "--from", "agent"] + db)
        #expect(stale.status == 1)
        #expect(stale.output.contains("the role of tl-uma was changed by tl-sol at ")
                && stale.output.contains("(role of tl-uma set to trainer) after you opened it; nothing was saved"), "\(stale.output)")
        let onTheFreshRole = try OSUsers.tapline(as: nil, ["users", "set-role", "tl-uma", "agent", "--from", "trainer"] + db)
        #expect(onTheFreshRole.status == 0, "\(onTheFreshRole.output)")

        // A second admin init is refused; admin migrate has nothing to do and lists the schema
        #expect(try OSUsers.tapline(as: nil, ["admin", "init"] + db).status == 1)
        let migrated = try OSUsers.tapline(as: nil, ["admin", "migrate"] + db)
        #expect(migrated.status == 0 && migrated.output.contains("v1-users"), "\(migrated.output)")
        // Sharing a file means nothing on a server
        let share = try OSUsers.tapline(as: nil, ["admin", "share", "--group", OSUsers.group] + db)
        #expect(share.status != 0 && share.output.contains("admin share is for a SQLite file"), "\(share.output)")
    }

    @Test func aServerAcrossTheNetworkIsRefusedWithoutTLSBeforeAnythingIsSent() throws {
        let refused = try OSUsers.tapline(as: nil, ["users", "list", "--database", "postgresql://ana:secret@db.example.net/tapline?sslmode=prefer"])
        #expect(refused.status == 1)
        #expect(refused.output.contains("refusing to reach PostgreSQL at db.example.net without TLS (the URI says sslmode=prefer)"), "\(refused.output)")
    }

    @Test func adminInitOnAFileMakesItAndNamesItsOwnerTheAdmin() throws {
        let folder = URL(fileURLWithPath: "/tmp/tapline-e2e-init-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialised = try OSUsers.tapline(as: nil, ["admin", "init", "--database", folder.appendingPathComponent("t.sqlite").path])
        #expect(initialised.status == 0, "\(initialised.output)")
        #expect(initialised.output.contains("v1-users") && initialised.output.contains("root is the admin"))
    }
}
