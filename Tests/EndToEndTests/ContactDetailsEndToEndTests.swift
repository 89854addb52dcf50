import Foundation
import TaplineTestSupport
import Testing

/// Issue 13 item 2 through the real binary at 80x24: an agent corrects a phone number and the
/// lookup follows at once.
@Suite("End to end: correcting a customer's phone in tmux", .serialized)
struct ContactDetailsEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-contact-\(UUID().uuidString.prefix(8))")

    @Test func aNewPhoneFindsTheAccountAndTheOldOneNoLonger() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        // Given the agent found John Smith by the number he rang from, and opened his account
        let tmux = try TmuxSession(arguments: ["lookup", "0491 570 157", "--database", database])
        try tmux.waitFor("John Smith")
        try tmux.press("Enter")
        try tmux.waitFor("Balance")
        try tmux.press("F1")
        try tmux.waitFor("edit contact details")
        try tmux.press("Escape")
        try tmux.waitForAbsence("edit contact details")
        // When they press e, replace the phone and save
        try tmux.press("e")
        try tmux.waitFor("Contact details for John Smith, account 1000000002")
        try tmux.waitFor("Postcode")
        try tmux.press("Tab")
        try tmux.press("C-a")
        try tmux.press("C-k")
        try tmux.type("0499 111 222")
        try tmux.waitFor("0499 111 222")
        try tmux.press("F2")
        // Then the account shows the new number
        try tmux.waitFor("Contact details saved for account 1000000002")
        let reloaded = try tmux.waitFor("0499 111 222 · john.smith@example.net")
        #expect(!reloaded.contains("0491 570 157"))
        // And leaving the account, the call's wrap-up says what was done (issue 13 item 1)
        try tmux.press("Escape")
        try tmux.waitFor("Done on the call: contact details: phone 0491 570 157 → 0499 111 222")
        try tmux.wrapUp(reasonSteps: 7, outcomeSteps: 1, recorded: "Contact details — Resolved on the call")
        // And back on the lookup, the old number no longer finds the account and the new one does
        try tmux.waitFor("No account matches “0491 570 157”")
        try tmux.press("C-u")
        try tmux.type("0499 111 222")
        let found = try tmux.waitFor("John Smith")
        #expect(found.contains("1000000002"))
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }
}
