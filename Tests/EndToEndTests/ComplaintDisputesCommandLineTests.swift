import Foundation
import TaplineTestSupport
import Testing
import TaplineDomain
import TaplineStore

/// `tapline complaints list --disputes` and `tapline complaints deciders` (Charter 3.1(d)(1), 3.1(e), 3.2).
@Suite("Command line: open disputes and complaint deciders", .serialized)
struct ComplaintDisputesCommandLineTests {
    let binary = TmuxSession.binary.path
    static let account = "1000000002"

    /// A seeded database holding one complaint answered at Team Leader level, with an EWOV claim open.
    func databaseWithAnOpenDispute() throws -> (folder: URL, path: String, number: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-disputes-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let seeded = try Spawn.run([binary, "seed", "--accounts", "50", "--seed", "7", "--database", path], captureStderr: true)
        try #require(seeded.status == 0, "seed: \(seeded.output)")
        let store = try AppDatabase.open(path: path)
        let register = store.complaints(calendar: .victoria)
        let held = Money(dollars: 100)
        try #require(try register.amountOwed(onAccount: Self.account) >= held)
        func at(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
        var complaint = try register.log(try Complaint.log(
            accountNumber: Self.account, receivedAt: at("2025-04-03T09:00"), channel: .phone, category: .disputedAmount,
            description: "The April bill is wrong.", disputedAmount: held, amountOwed: try register.amountOwed(onAccount: Self.account),
            loggedBy: "amy", calendar: .victoria))
        complaint = try complaint.escalated(to: .teamLeader, at: at("2025-04-04T09:00"), by: "amy")
            .responding(at: at("2025-04-07T10:00"), by: try register.responder(user: "sue", role: .supervisor),
                        text: "The charge stands.", reasons: "The meter tested accurate.")
            .claimLodged(with: .ewov, on: CivilDate(iso: "2025-04-14")!, at: at("2025-04-14T10:00"), by: "amy")
        try register.save(complaint, role: .supervisor)
        return (folder, path, complaint.id)
    }

    @Test func disputesListsAnAnsweredComplaintWithWhatItWaitsOn_3_2() throws {
        let (folder, path, number) = try databaseWithAnOpenDispute()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The reply queue has nothing: the complaint was answered
        let awaiting = try Spawn.run([binary, "complaints", "list", "--today", "2025-06-02", "--json", "--database", path])
        let replies = try #require(try JSONSerialization.jsonObject(with: Data(awaiting.output.utf8)) as? [[String: Any]])
        #expect(replies.allSatisfy { $0["replyDue"] == nil || $0["replyDue"] is NSNull })
        // --disputes lists it, with the amount held and the claim it waits on
        let json = try Spawn.run([binary, "complaints", "list", "--disputes", "--today", "2025-06-02", "--json", "--database", path])
        #expect(json.status == 0)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(listed.count == 1)
        #expect(listed.first?["number"] as? String == number)
        #expect(listed.first?["heldAmount"] as? String == "100.00")
        #expect(listed.first?["level"] as? String == "Team Leader")
        #expect(listed.first?["waitingOn"] as? [String] == ["an EWOV claim lodged Mon 14 Apr 2025 is not finalised (Charter 3.2(c)(2))"])
        let text = try Spawn.run([binary, "complaints", "list", "--disputes", "--today", "2025-06-02", "--database", path])
        #expect(text.status == 0)
        #expect(text.output.contains("\(number)  \(Self.account)  Team Leader  held $100.00  waits on: EWOV claim lodged Mon 14 Apr 2025 (3.2(c)(2))"))
    }

    @Test func disputesCannotBeCombinedWithReplyFilters() throws {
        let result = try Spawn.run([binary, "complaints", "list", "--disputes", "--overdue"], captureStderr: true)
        #expect(result.status != 0)
        #expect(result.output.contains("--disputes lists open disputes"))
    }

    @Test func decidersAreSetAndListed_3_1d1() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-deciders-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let set = try Spawn.run([binary, "complaints", "deciders", "set", "slee", "--name", "Sam Lee", "--level", "manager",
                                 "--database", path], captureStderr: true)
        #expect(set.status == 0, "\(set.output)")
        #expect(set.output == "slee: Sam Lee, holds Manager\n")
        let list = try Spawn.run([binary, "complaints", "deciders", "list", "--database", path])
        #expect(list.output == "slee\tSam Lee\tmanager\n")
        let bad = try Spawn.run([binary, "complaints", "deciders", "set", "slee", "--name", "Sam Lee", "--level", "boss",
                                 "--database", path], captureStderr: true)
        #expect(bad.status != 0)
        #expect(bad.output.contains("--level must be team-leader, manager, general-manager or none"))
    }

    @Test(.enabled(if: OSUsers.available, "needs root to make the agent's login"))
    func inTheConsoleAnAgentIsRefusedAtTeamLeaderLevelAndTabShowsTheOpenDispute_3_1d1_3_2() throws {
        let (folder, path, number) = try databaseWithAnOpenDispute()
        defer { try? FileManager.default.removeItem(at: folder) }
        try OSUsers.ensure("tl-amy")
        _ = try Spawn.run(["chmod", "755", folder.path])
        let shared = try OSUsers.tapline(as: nil, ["admin", "share", "--group", OSUsers.group, "--database", path])
        #expect(shared.status == 0, "\(shared.output)")
        // Given a second complaint, raised to a Team Leader and not yet answered
        let store = try AppDatabase.open(path: path)
        let register = store.complaints(calendar: .victoria)
        let raised = try register.log(try Complaint.log(
            accountNumber: Self.account, receivedAt: LocalDateTime(iso: "2026-11-30T09:00")!, channel: .phone, category: .billing,
            description: "Pressure drops every morning.", loggedBy: "amy", calendar: .victoria))
        try register.save(try raised.escalated(to: .teamLeader, at: LocalDateTime(iso: "2026-11-30T10:00")!, by: "amy"))
        // When agent amy opens it from the queue and presses r
        let tmux = try TmuxSession(arguments: ["--database", path], user: "tl-amy")
        try tmux.waitFor("Where to?")
        try tmux.press("3")
        try tmux.waitFor(raised.id)
        try tmux.press("Enter")
        try tmux.waitFor("Timeline (")  // the complaint is read when opened: its keys work once it is shown
        try tmux.press("r")
        // Then she is told who may decide, and no panel opens
        let refused = try tmux.waitFor("you are an agent")
        #expect(refused.contains("✖ Not recorded: a decision at Team Leader level is recorded by the Team"))
        #expect(!refused.contains("Decision told"))
        // And Tab on the queue shows the answered complaint with its open EWOV claim
        try tmux.press("Escape")
        try tmux.waitFor("Awaiting a reply")
        try tmux.press("Tab")
        let disputes = try tmux.waitFor("Open disputes: 1")
        #expect(disputes.contains("▸ \(number) waits on: EWOV claim lodged Mon 14 Apr 2025 (3.2(c)(2))"))
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }
}
