import Foundation
import TaplineTestSupport
import Testing

@Suite("End to end: a conduct incident from F9 to a contact-restriction banner", .serialized)
struct ConductEndToEndTests {
    /// John Smith, one of the demo accounts every seeded database has.
    static let account = "1000000002"

    /// Presses a key until `text` shows (up to three times, a second apart): a key pressed in
    /// the first few milliseconds after the console's first frame can be lost while the
    /// terminal's modes are still being set. Pressing F9 again once the panel is open does nothing.
    static func press(_ key: String, on session: TmuxSession, until text: String) throws {
        for attempt in 1...3 {
            try session.press(key)
            do {
                try session.waitFor(text, timeout: attempt == 3 ? 10 : 1)
                return
            } catch where attempt < 3 {
                continue
            }
        }
    }

    /// Three logins on one shared file: what each may do is decided by who the system says they are.
    /// On the account's screen: F9, tick abusive language, ask the caller to stop (`s`) and
    /// record that it continued (`c`) — the start of every abusive call these tests make.
    static func abusiveLanguageContinuedAfterAskingToStop(on agent: TmuxSession) throws {
        try press("F9", on: agent, until: "Conduct incident — John Smith \(account)")
        for _ in 0..<14 { try agent.press("Down") }
        try agent.press("Space")
        try agent.waitFor("[x] hurtful, aggressive or abusive language")
        try agent.press("s")
        try agent.waitFor("Asked politely to stop: “I can hear you're frustrated")
        try agent.press("c")
        try agent.waitFor("Behaviour continued after the request")
    }

    @Test(.enabled(if: OSUsers.available, "needs root to make logins"))
    func anAgentReportsASupervisorRestrictsAndEveryAgentSeesTheBanner() throws {
        // Given a seeded database shared by agents tl-alice and tl-bob and supervisor tl-sam
        try OSUsers.ensure("tl-alice", "tl-bob", "tl-sam")
        let (folder, database) = try OSUsers.sharedDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }

        // When agent alice opens the account, presses F9, ticks abusive language, asks the caller
        // to stop, records that it continued, ends the contact and reports it
        do {
            let agent = try TmuxSession(arguments: ["account", Self.account, "--database", database], user: "tl-alice")
            try agent.waitFor("Account \(Self.account)")
            // The account's own content, not just the title: F9 before it loads has no customer yet
            try agent.waitFor("Balance $")
            try Self.abusiveLanguageContinuedAfterAskingToStop(on: agent)
            try agent.press("e")
            try agent.waitFor("Ended the contact")
            try agent.press("r")
            let reported = try agent.waitFor("reported for supervisor review")
            #expect(reported.contains("● awaiting supervisor review"))
            // Esc closes the panel back onto the account as it was
            try agent.press("Escape")
            let account = try agent.waitForAbsence("┌ Conduct incident")
            #expect(account.contains("Account \(Self.account)"))
            try agent.quitMidCall()
            try agent.waitFor("EXIT=0")
        }

        // Then the incident waits in the review queue, seen from the command line by a supervisor
        let role = try OSUsers.tapline(as: nil, ["users", "set-role", "tl-sam", "supervisor", "--database", database])
        #expect(role.status == 0, "set-role: \(role.output)")
        let pending = try OSUsers.tapline(as: "tl-sam", ["incidents", "list", "--pending", "--database", database])
        #expect(pending.status == 0)
        #expect(pending.output.contains("-000001"))
        #expect(pending.output.contains("awaiting supervisor review — John Smith"))
        // alice's environment says USER=root (OSUsers.tapline sets it): she is still an agent
        let refused = try OSUsers.tapline(as: "tl-alice", ["incidents", "list", "--pending", "--database", database])
        #expect(refused.status == 1)
        #expect(refused.output.contains("Only supervisors review conduct incidents and contact restrictions. (tl-alice is an agent)"))

        // When supervisor sam opens the queue and decides a written-contact-only restriction
        do {
            let supervisor = try TmuxSession(arguments: ["--database", database], user: "tl-sam")
            let area = try supervisor.homeAreaNumber("Conduct incidents")
            try Self.press(area, on: supervisor, until: "Review queue (1)")
            try supervisor.press("Enter")
            try supervisor.waitFor("Raised by tl-alice")
            try supervisor.press("d")
            try supervisor.waitFor("Written contact only")
            try supervisor.press("Right")
            try supervisor.waitFor("◂ contact restriction ▸")
            try supervisor.press("Tab")
            try supervisor.type("Abusive language continued after a polite request to stop")
            try supervisor.press("F2")
            let decided = try supervisor.waitFor("Letter written to")
            #expect(decided.contains("✔ Decided: contact restriction"))
            #expect(decided.contains("Restriction: written contact only"))
            let letters = supervisor.home.appendingPathComponent("data/tapline/letters")
            let files = try FileManager.default.contentsOfDirectory(atPath: letters.path)
            #expect(files.contains { $0.hasSuffix("-1-restriction-notice.md") })
            try supervisor.press("F10")
            try supervisor.waitFor("EXIT=0")
        }

        // And the command line's JSON shows the decision and the restriction
        let listed = try OSUsers.tapline(as: "tl-sam", ["incidents", "list", "--json", "--database", database], withErrors: false)
        #expect(listed.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["stage"] as? String == "decided")
        #expect(json.first?["raisedBy"] as? String == "tl-alice")
        let restriction = try #require(json.first?["restriction"] as? [String: Any])
        #expect(restriction["kinds"] as? [String] == ["written contact only"])

        // Then an agent reopening the account sees the banner and the badge
        let again = try TmuxSession(arguments: ["account", Self.account, "--database", database], user: "tl-bob")
        let screen = try again.waitFor("CONTACT RESTRICTED until")
        #expect(screen.contains("written contact only"))
        #expect(screen.components(separatedBy: "▲ CONTACT RESTRICTED").count - 1 == 2, "the badge beside the flags, and the banner")
    }

    // MARK: - Issue 10

    /// A seeded database in a private folder, removed by the caller.
    static func seeded() throws -> (folder: URL, database: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-conduct-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("tapline.sqlite").path
        let seeded = try Spawn.run([TmuxSession.binary.path, "seed", "--accounts", "200", "--seed", "7", "--database", database])
        #expect(seeded.status == 0, "seed: \(seeded.output)")
        return (folder, database)
    }

    @Test func f9OnHomeRecordsAnUnidentifiedCallerReportedWithoutEndingTheCallAndTheAccountLinkedLater() throws {
        // Given the console on Home, no account open
        let (folder, database) = try Self.seeded()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let agent = try TmuxSession(arguments: ["--database", database])
            try agent.waitFor("Where to?")
            // When the agent presses F9 (issue 10, item 22: it did nothing here)
            try Self.press("F9", on: agent, until: "Conduct incident — no account yet")
            // And describes the caller and what happened, Tab going down the fields in the order drawn
            for _ in 0..<5 { try agent.press("Tab") }
            try agent.type("Man, number withheld")
            try agent.press("Tab")
            try agent.type("Swore at me about his bill, then stopped when I asked")
            try agent.press("Enter")
            for _ in 0..<14 { try agent.press("Down") }
            try agent.press("Space")
            try agent.waitFor("[x] hurtful, aggressive or abusive language")
            // And asks him to stop, it stops, and reports it without ending the call (item 2)
            try agent.press("s")
            try agent.waitFor("Asked politely to stop")
            try agent.press("o")
            try agent.waitFor("Behaviour stopped after the request")
            try agent.press("r")
            let reported = try agent.waitFor("reported for supervisor review")
            #expect(reported.contains("● awaiting supervisor review"))
            #expect(!reported.contains("Ended the contact"))
            #expect(reported.contains("What happened: Swore at me about his bill"))
            // When he gives his account number, the agent links it (a)
            try agent.press("a")
            try agent.waitFor("Link the account")
            try agent.type(Self.account)
            try agent.press("Enter")
            try agent.waitFor("Linked account \(Self.account)")
            try agent.press("Escape")
            try agent.waitForAbsence("┌ Conduct incident")
            try agent.press("F10")
            try agent.waitFor("EXIT=0")
        }
        // Then the review queue's JSON (read by the file's admin, who may review) has the account,
        // what happened and who the person was, and no "Ended the contact"
        let listed = try Spawn.run([TmuxSession.binary.path, "incidents", "list", "--pending", "--json", "--database", database])
        #expect(listed.status == 0, "list: \(listed.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["accountNumber"] as? String == Self.account)
        #expect(json.first?["whatHappened"] as? String == "Swore at me about his bill, then stopped when I asked")
        #expect(json.first?["whoThePersonWas"] as? String == "Man, number withheld")
        #expect(json.first?["stage"] as? String == "awaitingSupervisorReview")
    }

    @Test("the F9 panel draws beside the training caller", arguments: [(80, 24), (100, 30)])
    func thePanelIsLegibleDuringATrainingCall(width: Int, height: Int) throws {
        // Given the abusive-caller training call on a demo database (the caller's panel takes a strip)
        let tmux = try TmuxSession(width: width, height: height, arguments: ["demo", "--accounts", "50"], environment: ["USER": "amy"])
        try tmux.type(try tmux.homeAreaNumber("Training scenarios", timeout: 60))
        try tmux.waitFor("▸ Abuse after a request to stop")
        try tmux.press("Enter")
        try tmux.waitFor("Caller · Gary Pascoe")
        try tmux.waitFor("Gary Pascoe  ·  Account 9000001003")
        // When the trainee presses F9 (issue 10, item 19: the panel was blank)
        try Self.press("F9", on: tmux, until: "Conduct incident — Gary Pascoe 9000001003")
        // Then the panel's checklist, words and timeline show beside the caller's lines
        let screen = try tmux.waitFor("Behaviour — ↑↓ move · Space ticks")
        #expect(screen.contains("[ ] physical violence or unwanted physical contact"))
        #expect(screen.contains("Words to ask them to stop"))
        #expect(screen.contains("Timeline — the first step raises the incident"))
        #expect(screen.contains("Caller · Gary Pascoe"))
        // And a step is recorded and shown there
        for _ in 0..<14 { try tmux.press("Down") }
        try tmux.press("Space", "s")
        let asked = try tmux.waitFor("Asked politely to stop")
        #expect(asked.contains("▸ asked to stop"))
        // And the caller's next line comes beside it
        try tmux.waitFor("I know where your depot")
        try tmux.press("F12")
        try tmux.waitFor("points")
    }
}

