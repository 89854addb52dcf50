import Foundation
import TaplineDomain
import TaplinePostgres
import TaplineTestSupport
import Testing

/// `tapline complaints list`, `complaints deciders`, `restriction check` and `restriction fire-ban`
/// on PostgreSQL, run by an agent's and a supervisor's operating-system logins: the same output
/// as on SQLite, each act recorded in the login's own name, and naming deciders or declaring a
/// fire ban refused to the agent by the database itself (its grants), whatever USER says.
@Suite("End to end: complaints and restriction commands on PostgreSQL, as two logins", .serialized)
struct ComplaintsAndRestrictionOnPostgresCommandLineTests {
    static let agent = "tl-pgr-amy", supervisor = "tl-pgr-sam"

    @Test(.enabled(if: OSUsers.available, "needs root to make logins"))
    func theCommandsWorkOnPostgresAndOnlyASupervisorNamesDecidersOrDeclaresABan_3_1d1_7_3d() throws {
        // Given a shared database set up by root, with 200 synthetic accounts, an agent and a supervisor
        try OSUsers.ensure(Self.agent, Self.supervisor)
        let server = try PostgresTestServer.get()
        let uri = server.uri(database: try server.makeDatabase())
        let db = ["--database", uri]
        for setUp in [["admin", "init"], ["users", "add", Self.agent, "--role", "agent"], ["users", "add", Self.supervisor, "--role", "supervisor"],
                      ["seed", "--accounts", "200", "--seed", "7", "--today", "2026-03-01"]] {
            let result = try OSUsers.tapline(as: nil, setUp + db)
            #expect(result.status == 0, "\(setUp): \(result.output)")
        }

        // When the agent tries to name a decider, the database refuses; the supervisor may
        let byAgent = try OSUsers.tapline(as: Self.agent, ["complaints", "deciders", "set", Self.supervisor, "--name", "Sam Lee",
                                                           "--level", "manager"] + db)
        #expect(byAgent.status == 1)
        #expect(byAgent.output.contains("tapline: refused: the database does not let your role do this"), "\(byAgent.output)")
        let bySupervisor = try OSUsers.tapline(as: Self.supervisor, ["complaints", "deciders", "set", Self.supervisor, "--name", "Sam Lee",
                                                                     "--level", "manager"] + db)
        #expect(bySupervisor.status == 0, "\(bySupervisor.output)")
        #expect(bySupervisor.output == "\(Self.supervisor): Sam Lee, holds Manager\n")
        // And anyone serving customers lists them
        let deciders = try OSUsers.tapline(as: Self.agent, ["complaints", "deciders", "list"] + db)
        #expect(deciders.output == "\(Self.supervisor)\tSam Lee\tmanager\n")

        // When the agent tries to record a Total Fire Ban, the database refuses; the supervisor records it
        let banByAgent = try OSUsers.tapline(as: Self.agent, ["restriction", "fire-ban", "Central", "2026-03-05", "--postcodes", "3340"] + db)
        #expect(banByAgent.status == 1)
        #expect(banByAgent.output.contains("tapline: refused: the database does not let your role do this"), "\(banByAgent.output)")
        let ban = try OSUsers.tapline(as: Self.supervisor, ["restriction", "fire-ban", "Central", "2026-03-05", "--postcodes", "3340,3429"] + db)
        #expect(ban.status == 0, "\(ban.output)")
        #expect(ban.output.contains("Total Fire Ban recorded for Central on Thu 5 Mar 2026"))

        // Then the agent's restriction check gives the ban that day (Bacchus Marsh, 3340), and not the next
        let onBanDay = try OSUsers.tapline(as: Self.agent, ["restriction", "check", "1000000002", "--at", "2026-03-05T10:00"] + db)
        #expect(onBanDay.status == 0, "\(onBanDay.output)")
        #expect(onBanDay.output.contains("Account 1000000002, checked Thu 5 Mar 2026 10:00"))
        #expect(onBanDay.output.contains("  7.3(d)    A Total Fire Ban is declared today for the property's area."))
        let dayAfter = try OSUsers.tapline(as: Self.agent, ["restriction", "check", "1000000002", "--at", "2026-03-06T10:00", "--json"] + db)
        let decision = try #require(try JSONSerialization.jsonObject(with: Data(dayAfter.output.utf8)) as? [String: Any], "\(dayAfter.output)")
        let clauses = (decision["reasons"] as? [[String: Any]])?.compactMap { $0["clause"] as? String } ?? []
        #expect(clauses.contains("7.3(a)") && !clauses.contains("7.3(d)"))
        let unknown = try OSUsers.tapline(as: Self.agent, ["restriction", "check", "1999999999"] + db)
        #expect(unknown.status == 1)
        #expect(unknown.output.contains("no account 1999999999"))

        // And a complaint the agent logged is listed for the supervisor, awaiting its reply
        let amy = try PostgresStore(uri: uri)
        try amy.withConnection { try $0.execute("SET SESSION AUTHORIZATION \"\(Self.agent)\"") }
        let logged = try amy.logComplaint(
            try Complaint.log(accountNumber: "1000000002", receivedAt: LocalDateTime(iso: "2026-03-02T10:30")!, channel: .phone,
                              category: .billing, description: "The bill is double the usual.", loggedBy: Self.agent, calendar: .victoria),
            calendar: .victoria)
        let listed = try OSUsers.tapline(as: Self.supervisor, ["complaints", "list", "--today", "2026-03-03", "--json"] + db)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]], "\(listed.output)")
        #expect(entries.compactMap { $0["number"] as? String } == [logged.id])
        #expect(entries.first?["loggedBy"] as? String == Self.agent)

        // And the decider and the ban are audited in the supervisor's name, whatever USER said
        let root = try PGConnection(uri: uri)
        let audited = try root.execute("""
            SELECT who FROM audit_log WHERE detail LIKE 'complaint decider %' OR detail LIKE 'Total Fire Ban %' ORDER BY id
            """).rows.compactMap { $0["who"] }
        #expect(audited == [Self.supervisor, Self.supervisor])
    }
}
