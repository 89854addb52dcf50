import Foundation
import TaplinePostgres
import TaplineStore
import TaplineTestSupport
import Testing

/// The audit trail end to end (issue 12, item 5): `tapline audit verify` catches an entry
/// edited straight in the store, `tapline audit list` and the account screen's `a` show a
/// supervisor who viewed the account, and agents are refused both — on either store.
@Suite("End to end: the audit trail, verified and read by supervisors", .serialized)
struct AuditEndToEndTests {
    static let agent = "tl-aud-amy", supervisor = "tl-aud-sam"

    /// A seeded SQLite file in a folder of its own, removed by the caller.
    static func seededFile() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-audit-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("t.sqlite").path
        let seeded = try Spawn.run([TmuxSession.binary.path, "seed", "--accounts", "200", "--seed", "7", "--database", path], captureStderr: true)
        try #require(seeded.status == 0, "\(seeded.output)")
        return (folder, path)
    }

    static func tapline(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run([TmuxSession.binary.path] + arguments, captureStderr: true)
    }

    @Test func onSQLiteASupervisorReadsTheTrailOnScreenAndVerifyCatchesAnEditInTheFile() throws {
        // Given root (the file's admin) has the console open on an account: a view is recorded
        let (folder, database) = try Self.seededFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        // (wide enough for the key bar to reach the areas' keys after Enter's long hint)
        let console = try TmuxSession(width: 180, arguments: ["account", "1000000002", "--database", database])
        try console.waitFor("Balance $")
        #expect(try console.screen().contains("r restriction check  a audit trail"), "the key bar offers the trail to an admin")
        // When they press a, the trail lists their own view, newest first
        try console.press("a")
        let trail = try console.waitFor("Who viewed and changed this account")
        #expect(trail.contains("\(SystemLogin.current)") && trail.contains("viewed"))
        try console.press("Escape")
        try console.waitFor("Balance $")
        try console.quitMidCall()
        try console.waitFor("EXIT=0")

        // And the trail verifies, and lists the view as JSON
        let sound = try Self.tapline(["audit", "verify", "--database", database])
        #expect(sound.status == 0, "\(sound.output)")
        #expect(sound.output.contains("The audit trail is sound"))
        #expect(sound.output.contains("Head: entry "), "the head to write down elsewhere")
        let listed = try Self.tapline(["audit", "list", "--account", "1000000002", "--json", "--database", database])
        #expect(listed.status == 0, "\(listed.output)")
        #expect(listed.output.contains("\"action\" : \"viewed\"") && listed.output.contains("\"who\" : \"\(SystemLogin.current)\""))

        // When someone edits the view in the file itself, past the triggers
        let edit = try Spawn.run(["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET who = 'nobody' WHERE account_number = '1000000002';")
            db.commit()
            """, database], captureStderr: true)
        try #require(edit.status == 0, "\(edit.output)")
        // Then verify names the entry and exits 2
        let caught = try Self.tapline(["audit", "verify", "--database", database])
        #expect(caught.status == 2)
        #expect(caught.output.contains("the audit trail has been tampered with: entry") && caught.output.contains("was altered"), "\(caught.output)")
    }

    @Test(.enabled(if: OSUsers.available, "needs root to make logins"))
    func onPostgresASupervisorSeesTheAgentsViewAndVerifyCatchesAnEditInTheDatabase() throws {
        // Given a shared database where agent amy opened an account (her view is recorded in her name)
        try OSUsers.ensure(Self.agent, Self.supervisor)
        let server = try PostgresTestServer.get()
        let name = try server.makeDatabase(prefix: "audit")
        let uri = server.uri(database: name)
        for step in [["admin", "init"], ["seed", "--accounts", "50", "--seed", "7"]] {
            let done = try Self.tapline(step + ["--database", uri])
            try #require(done.status == 0, "\(step): \(done.output)")
        }
        let root = try PGConnection(uri: uri)
        for (login, role) in [(Self.agent, "agent"), (Self.supervisor, "supervisor")] {
            try root.ensureLogin(login, in: role)
        }
        try root.execute("GRANT CONNECT ON DATABASE \(name) TO PUBLIC")
        let amy = try TmuxSession(arguments: ["account", "1000000002", "--database", uri], user: Self.agent)
        try amy.waitFor("Balance $")
        // An agent is offered no trail, and the commands refuse her
        #expect(try !amy.screen().contains("audit trail"))
        try amy.quitMidCall()
        try amy.waitFor("EXIT=0")
        for command in [["audit", "verify"], ["audit", "list", "--account", "1000000002"]] {
            let refused = try OSUsers.tapline(as: Self.agent, command + ["--database", uri])
            #expect(refused.status == 1)
            #expect(refused.output.contains("only supervisors and admins may") && refused.output.contains("(\(Self.agent) is an agent)"), "\(refused.output)")
        }

        // When the supervisor opens the account and presses a, amy's view is in the trail
        let sam = try TmuxSession(arguments: ["account", "1000000002", "--database", uri], user: Self.supervisor)
        try sam.waitFor("Balance $")
        try sam.press("a")
        try sam.waitFor("Who viewed and changed this account")
        let trail = try sam.waitFor(Self.agent)
        #expect(trail.contains(Self.supervisor), "the supervisor's own view is there too")
        try sam.quitMidCall()
        try sam.waitFor("EXIT=0")
        let listed = try OSUsers.tapline(as: Self.supervisor, ["audit", "list", "--account", "1000000002", "--database", uri])
        #expect(listed.status == 0 && listed.output.contains("\(Self.agent)") && listed.output.contains("viewed"), "\(listed.output)")
        let sound = try OSUsers.tapline(as: Self.supervisor, ["audit", "verify", "--database", uri])
        #expect(sound.status == 0 && sound.output.contains("The audit trail is sound"), "\(sound.output)")

        // When the superuser edits amy's view in the database, triggers off for the session
        let seq = try #require(try root.execute("SELECT seq FROM audit_log WHERE who = $1", [Self.agent]).first?["seq"])
        try root.execute("SET session_replication_role = replica")
        try root.execute("UPDATE audit_log SET who = 'nobody' WHERE seq = $1", [seq])
        // Then the supervisor's verify names that entry and exits 2
        let caught = try OSUsers.tapline(as: Self.supervisor, ["audit", "verify", "--database", uri])
        #expect(caught.status == 2)
        #expect(caught.output.contains("entry \(seq) was altered"), "\(caught.output)")
    }
}
