import Foundation
import TaplineTestSupport
import Testing

/// Issue 11's "done when": an agent and a supervisor, two operating-system logins, at work on
/// one PostgreSQL database at once in tmux. Each is who the server says they are (peer
/// authentication over the socket), whatever their environment claims.
@Suite("End to end: an agent and a supervisor on one PostgreSQL database", .serialized,
       .enabled(if: OSUsers.available, "needs root to make logins"))
struct PostgresSharedWorkEndToEndTests {
    static let account = "1000000002"

    @Test func theAgentLogsAndReportsTheSupervisorDecidesAndNeitherCanActAsTheOther() throws {
        // Given a database set up by root (its admin), seeded, with agent tl-alice and supervisor tl-sam
        try OSUsers.ensure("tl-alice", "tl-sam")
        let server = try PostgresTestServer.get()
        let uri = server.uri(database: try server.makeDatabase(prefix: "shared"))
        let db = ["--database", uri]
        for step in [["admin", "init"], ["seed", "--accounts", "200", "--seed", "7"],
                     ["users", "add", "tl-alice", "--role", "agent"], ["users", "add", "tl-sam", "--role", "supervisor"]] {
            let done = try OSUsers.tapline(as: nil, step + db)
            try #require(done.status == 0, "\(step): \(done.output)")
        }

        // When agent alice (her environment says USER=root) logs a complaint and reports an incident
        let number: String
        do {
            let alice = try TmuxSession(arguments: ["account", Self.account] + db, environment: ["USER": "root"], user: "tl-alice")
            try alice.waitFor("Balance $")
            #expect(try alice.screen().contains("tl-alice ·"), "the title bar names the login the server authenticated")
            number = try alice.logComplaint("Water pressure drops every morning.",
                                            heading: "Log a complaint for John Smith, account \(Self.account)")
            try alice.press("Escape")
            try alice.waitFor("Balance $")
            try ConductEndToEndTests.abusiveLanguageContinuedAfterAskingToStop(on: alice)
            try alice.press("r")
            try alice.waitFor("reported for supervisor review")
            try alice.press("Escape")
            try alice.waitForAbsence("┌ Conduct incident")
            try alice.quitMidCall()
            try alice.waitFor("EXIT=0")
        }

        // Then alice cannot act as a supervisor, below the screens: the database refuses her
        let queue = try OSUsers.tapline(as: "tl-alice", ["incidents", "list", "--pending"] + db)
        #expect(queue.status == 1)
        #expect(queue.output.contains("tl-alice is an agent"))
        let promotion = try OSUsers.tapline(as: "tl-alice", ["users", "set-role", "tl-alice", "supervisor"] + db)
        #expect(promotion.status == 1)

        // When supervisor sam (his environment says USER=tl-alice) sees the complaint, then decides the incident
        do {
            let sam = try TmuxSession(arguments: db, environment: ["USER": "tl-alice"], user: "tl-sam")
            let home = try sam.waitFor("Where to?")
            #expect(home.contains("tl-sam ·"))
            try sam.press("3")
            try sam.waitFor(number)  // the complaint alice logged is in the supervisor's queue
            try sam.press("Escape")
            try sam.waitFor("Where to?")
            let area = try sam.homeAreaNumber("Conduct incidents")
            try ConductEndToEndTests.press(area, on: sam, until: "Review queue (1)")
            try sam.press("Enter")
            try sam.waitFor("Raised by tl-alice")
            try sam.press("d")
            try sam.waitFor("Written contact only")
            try sam.press("Tab")
            try sam.type("Abusive language continued after a polite request to stop")
            try sam.press("F2")
            try sam.waitFor("✔ Decided:")
            try sam.press("F10")  // the decision is saved: nothing typed is lost, so it quits at once
            try sam.waitFor("EXIT=0")
        }

        // And the decision is in the database in sam's name, the incident still alice's
        let listed = try OSUsers.tapline(as: "tl-sam", ["incidents", "list", "--json"] + db, withErrors: false)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]], "\(listed.output)")
        #expect(json.first?["raisedBy"] as? String == "tl-alice")
        #expect(json.first?["stage"] as? String == "decided")
    }
}
