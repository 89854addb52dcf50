import Foundation
import TaplineTestSupport
import Testing

/// Issue 12's live views: a supervisor's open complaint queue gains the complaint an agent at
/// another desk (another login) has just logged, with no key pressed, and each sees the other
/// on the account they both opened; the supervisor gives the complaint to a third agent, whose
/// open My work gains it (item 4) — on either store: PostgreSQL's notifications, or the
/// SQLite file's change counter.
@Suite("End to end: queues that update themselves", .serialized, .enabled(if: OSUsers.available, "needs root to make logins"))
struct LiveQueueEndToEndTests {
    static let account = "1000000002"

    @Test func onPostgreSQLTheOpenQueueGainsTheAgentsComplaintAndEachSeesTheOtherOnTheAccount() throws {
        try OSUsers.ensure("tl-ann", "tl-sid", "tl-bob")
        let server = try PostgresTestServer.get()
        let db = ["--database", server.uri(database: try server.makeDatabase(prefix: "live"))]
        for step in [["admin", "init"], ["seed", "--accounts", "200", "--seed", "7"],
                     ["users", "add", "tl-ann", "--role", "agent"], ["users", "add", "tl-sid", "--role", "supervisor"],
                     ["users", "add", "tl-bob", "--role", "agent"]] {
            let done = try OSUsers.tapline(as: nil, step + db)
            try #require(done.status == 0, "\(step): \(done.output)")
        }
        try theQueueGainsTheComplaint(db: db)
    }

    @Test func onASharedSQLiteFileTheOpenQueueGainsTheAgentsComplaintAndEachSeesTheOtherOnTheAccount() throws {
        try OSUsers.ensure("tl-ann", "tl-sid", "tl-bob")
        let (folder, database) = try OSUsers.sharedDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--database", database]
        for step in [["users", "add", "tl-ann", "--role", "agent"], ["users", "set-role", "tl-sid", "supervisor"],
                     ["users", "add", "tl-bob", "--role", "agent"]] {
            let done = try OSUsers.tapline(as: nil, step + db)
            try #require(done.status == 0, "\(step): \(done.output)")
        }
        try theQueueGainsTheComplaint(db: db)
    }

    /// Sam watches the complaint queue while alice logs a complaint at her desk; his screen
    /// shows it without his touching a key. Then he opens her customer's account too.
    private func theQueueGainsTheComplaint(db: [String]) throws {
        // Given supervisor sam with the complaint queue open, and nothing awaiting a reply
        let sam = try TmuxSession(arguments: db, user: "tl-sid")
        try sam.waitFor("Where to?")
        try sam.press("3")
        try sam.waitFor("Awaiting a reply: 0")

        // When agent alice logs a complaint on an account
        let alice = try TmuxSession(arguments: ["account", Self.account] + db, user: "tl-ann")
        try alice.waitFor("Balance $")
        let number = try alice.logComplaint("Water pressure drops every morning.")

        // Then sam's open queue shows it within moments, no key pressed (the watcher reads the
        // store's changes four times a second or as they are notified; 3 s leaves room for a
        // loaded test machine)
        let queue = try sam.waitFor(number, timeout: 3)
        #expect(queue.contains("Awaiting a reply: 1"))
        #expect(queue.contains("tl-ann"), "the queue names whose it is: who logged it")

        // When sam opens the same account at a second console, Then each sees the other there
        try alice.press("Escape")
        try alice.waitFor("Balance $")
        let samOnAccount = try TmuxSession(arguments: ["account", Self.account] + db, user: "tl-sid")
        try samOnAccount.waitFor("● tl-ann on this account since")
        try alice.waitFor("● tl-sid on this account since", timeout: 3)

        // And when sam's console closes, alice's header no longer shows him
        try samOnAccount.quitMidCall()
        try samOnAccount.waitFor("EXIT=0")
        try alice.waitForAbsence("● tl-sid on this account", timeout: 3)

        try theSupervisorGivesTheComplaintToBob(number, sam: sam, db: db)
    }

    /// Issue 12 item 4: bob has My work open, empty; sam gives him alice's complaint from the
    /// queue; bob's My work gains it with no key pressed, and sam's queue names bob as its owner.
    private func theSupervisorGivesTheComplaintToBob(_ number: String, sam: TmuxSession, db: [String]) throws {
        let bob = try TmuxSession(arguments: db, user: "tl-bob")
        try bob.waitFor("Where to?")
        try bob.press("2")
        try bob.waitFor("No complaints of yours are awaiting a reply.")

        try sam.press("Enter")
        try sam.waitFor("Owner: tl-ann")
        // g opens the chooser: typing part of the name finds him among the server's logins
        try sam.press("g")
        try sam.waitFor("Give it to")
        try sam.type("tl-bob")
        try sam.waitFor("▸ tl-bob")
        try sam.press("Enter")
        let panel = try sam.waitFor("Give to")
        #expect(panel.contains("◂ tl-bob ▸"))
        try sam.press("F2")
        let given = try sam.waitFor("Owner: tl-bob")
        #expect(given.contains("Given to tl-bob"))

        let mine = try bob.waitFor(number, timeout: 3)
        #expect(mine.contains("Awaiting a reply: 1"))
        try sam.press("Escape")
        var queue = try sam.waitFor("Awaiting a reply: 1")
        // The queue is read again when shown: its row names the new owner
        for _ in 0..<15 where queue.split(separator: "\n").first(where: { $0.contains(number) })?.contains("tl-bob") != true {
            Thread.sleep(forTimeInterval: 0.2)
            queue = try sam.screen()
        }
        #expect(queue.split(separator: "\n").first { $0.contains(number) }?.contains("tl-bob") == true)
    }
}
