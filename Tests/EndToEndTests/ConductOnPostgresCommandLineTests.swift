import Foundation
import TaplinePostgres
import TaplineTestSupport
import Testing

/// `tapline incidents list --database postgresql://…` run by different operating-system logins:
/// peer authentication makes each the database login of the same name, and what they see is
/// what the database's row-level security gives them, whatever their environment claims.
@Suite("End to end: conduct incidents on PostgreSQL from the command line, as three logins", .serialized)
struct ConductOnPostgresCommandLineTests {
    static let agent = "tl-pgc-alice", otherAgent = "tl-pgc-bob", supervisor = "tl-pgc-sam"

    @Test(.enabled(if: OSUsers.available, "needs root to make logins"))
    func eachLoginListsWhatTheDatabaseLetsThemSee() throws {
        // Given a shared database where agent alice raised and reported an incident
        try OSUsers.ensure(Self.agent, Self.otherAgent, Self.supervisor)
        let server = try PostgresTestServer.get()
        let name = try server.makeDatabase()
        let uri = server.uri(database: name)
        let root = try PGConnection(uri: uri)
        try PostgresMigrations.migrate(root)
        for (login, role) in [(Self.agent, "agent"), (Self.otherAgent, "agent"), (Self.supervisor, "supervisor")] {
            try root.ensureLogin(login, in: role)
        }
        try root.execute("GRANT CONNECT ON DATABASE \(name) TO PUBLIC")
        let alice = try PostgresStore(uri: uri)
        try alice.withConnection { try $0.execute("SET SESSION AUTHORIZATION \"\(Self.agent)\"") }
        let raised = try alice.raiseIncident(
            accountNumber: nil, person: .init(name: nil, description: "man in a red cap"), personKind: .memberOfPublic,
            customerIsEmployee: false, channel: .faceToFace, behaviours: [.hurtfulViolentOrAbusiveSpeech], whatHappened: nil,
            then: [.askedToStop(words: "Please stop shouting at me."), .behaviourContinued([]), .contactEnded, .reported],
            by: Self.agent, role: .agent, at: .init(iso: "2026-03-02T10:00")!)

        // Then alice lists her incident, and bob, another agent, lists none
        let mine = try OSUsers.tapline(as: Self.agent, ["incidents", "list", "--database", uri])
        #expect(mine.status == 0, "\(mine.output)")
        #expect(mine.output.contains(raised.id))
        let bobs = try OSUsers.tapline(as: Self.otherAgent, ["incidents", "list", "--database", uri])
        #expect(bobs.status == 0, "\(bobs.output)")
        #expect(bobs.output.contains("No conduct incidents."))
        // And the review queue is the supervisor's: alice is refused, whatever USER says (OSUsers sets USER=root)
        let refused = try OSUsers.tapline(as: Self.agent, ["incidents", "list", "--pending", "--database", uri])
        #expect(refused.status == 1)
        #expect(refused.output.contains("Only supervisors review conduct incidents and contact restrictions. (\(Self.agent) is an agent)"))
        let queue = try OSUsers.tapline(as: Self.supervisor, ["incidents", "list", "--pending", "--database", uri])
        #expect(queue.status == 0, "\(queue.output)")
        #expect(queue.output.contains(raised.id))
        // And each listing is in the audit log in the lister's own name
        let listed = try root.execute("SELECT who FROM audit_log WHERE detail LIKE 'Listed %' ORDER BY id").rows.compactMap { $0["who"] }
        #expect(listed == [Self.agent, Self.otherAgent, Self.supervisor])
    }
}
