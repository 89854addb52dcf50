import Foundation
import TaplineTestSupport
import Testing

extension TmuxSession {
    /// On the wrap-up: ← → the reason `reasonSteps` choices on, Tab, the outcome `outcomeSteps`
    /// on, F2; waits for the lookup (or Home) and the words saying the call was recorded.
    func wrapUp(reasonSteps: Int, outcomeSteps: Int, recorded: String) throws {
        try waitFor("F2 records the call")
        for _ in 0..<reasonSteps { try press("Right") }
        try press("Tab")
        for _ in 0..<outcomeSteps { try press("Right") }
        try press("F2")
        try waitFor("Call recorded: " + recorded)
    }
}

/// Issue 13 item 1 through the real binary at 80x24 on SQLite: the call is recorded with its
/// wrap-up, appears under Interactions, and the command line lists it.
@Suite("End to end: a call recorded with its wrap-up in tmux", .serialized)
struct CallRecordEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-calls-\(UUID().uuidString.prefix(8))")

    static func tapline(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run([TmuxSession.binary.path] + arguments, environment: ["HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"],
                      captureStderr: true)
    }

    @Test func theCallAppearsUnderInteractionsWithItsWrapUpAndTheCommandLineListsIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        // Given the agent found John Smith by the number he rang from, opened his account and added a note
        let tmux = try TmuxSession(arguments: ["lookup", "0491 570 157", "--database", database])
        try tmux.waitFor("John Smith")
        try tmux.press("Enter")
        try tmux.waitFor("Balance")
        try tmux.press("n")
        try tmux.type("Asked why the last bill was higher; explained the estimated read.")
        try tmux.press("Enter")
        try tmux.waitFor("Note saved at")
        // When they press Esc to leave the account
        try tmux.press("Escape")
        // Then the wrap-up asks, with what was done filled in
        try tmux.waitFor("Done on the call: note added")
        // The summary is filled in once the call's activity is read: wait for it, not the first frame
        let wrapUp = try tmux.waitFor("note added.")
        #expect(wrapUp.contains("Call with John Smith, account 1000000002"))
        #expect(wrapUp.contains("note added."), "the summary starts with it")
        #expect(wrapUp.contains("◂ — choose — ▸"))
        // And F2 without a reason is refused in words
        try tmux.press("F2")
        try tmux.waitFor("✖ choose why the customer called")
        // When they choose Billing enquiry, Resolved on the call, and press F2
        try tmux.wrapUp(reasonSteps: 1, outcomeSteps: 1, recorded: "Billing enquiry — Resolved on the call")
        try tmux.waitFor("Find:")
        // Then, the account opened again, the call is under Interactions with its reason and outcome
        try tmux.press("Enter")
        try tmux.waitFor("Balance")
        try tmux.press("4")
        let interactions = try tmux.waitFor("Resolved on the call")
        #expect(interactions.contains("Billing enquiry"))
        #expect(interactions.contains("note added."))
        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
        // And the command line lists it, in text and JSON, and by reason
        let listed = try Self.tapline(["interactions", "list", "--account", "1000000002", "--database", database])
        #expect(listed.status == 0, "\(listed.output)")
        let line = try #require(listed.output.split(separator: "\n").first.map(String.init))
        #expect(line.contains("1000000002") && line.contains("Billing enquiry — Resolved on the call") && line.contains("note added."), "\(line)")
        let json = try Self.tapline(["interactions", "list", "--account", "1000000002", "--json", "--database", database])
        let rows = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        #expect(rows?.first?["reason"] as? String == "billing-enquiry")
        #expect(rows?.first?["outcome"] as? String == "resolved-on-the-call")
        #expect(rows?.first?["done"] as? [String] == ["note added"])
        let byReason = try Self.tapline(["interactions", "list", "--reason", "Billing enquiry", "--database", database])
        #expect(byReason.output.contains("1000000002"))
        let otherReason = try Self.tapline(["interactions", "list", "--reason", "moving", "--database", database])
        #expect(otherReason.output.contains("No interactions match."))
        let unknown = try Self.tapline(["interactions", "list", "--reason", "weather", "--database", database])
        #expect(unknown.status != 0 && unknown.output.contains("“weather” is not a reason; the reasons are: billing-enquiry"))
    }

    @Test func aCallerNeverIdentifiedIsRecordedFromTheLookup() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(accounts: 50, in: folder)
        let tmux = try TmuxSession(arguments: ["lookup", "--database", database])
        try tmux.waitFor("Find:")
        try tmux.press("F6")
        try tmux.waitFor("Call with a caller not identified")
        try tmux.wrapUp(reasonSteps: 8, outcomeSteps: 5, recorded: "Fault or supply — Caller hung up")
        try tmux.waitFor("Find:")
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
        let listed = try Self.tapline(["interactions", "list", "--database", database])
        #expect(listed.output.contains("no account") && listed.output.contains("Fault or supply — Caller hung up"), "\(listed.output)")
    }

    @Test func aMalformedListOfWrapUpCodesIsReportedAndTheDefaultsServe() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(accounts: 20, in: folder)
        let config = folder.appendingPathComponent("config.toml")
        try "[wrap_up]\nreasons = \"Billing enquiry\"\n".write(to: config, atomically: true, encoding: .utf8)
        let listed = try Self.tapline(["interactions", "list", "--reason", "hardship", "--config", config.path, "--database", database])
        #expect(listed.status == 0, "\(listed.output)")
        #expect(listed.output.contains("wrap_up.reasons must be a list of words in quotes, like [\"Billing enquiry\", \"Other\"]; using the default wrap-up codes"))
        try "[wrap_up]\nreasons = [\"Moving\", \"moving!\"]\noutcomes = []\n".write(to: config, atomically: true, encoding: .utf8)
        let twice = try Self.tapline(["interactions", "list", "--config", config.path, "--database", database])
        #expect(twice.output.contains("“Moving” and “moving!” are the same code (moving); using the default wrap-up codes"), "\(twice.output)")
    }
}
