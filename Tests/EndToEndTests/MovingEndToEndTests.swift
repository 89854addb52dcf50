import Foundation
import TaplineTestSupport
import Testing

/// Issue 13 item 6 through the real binary at 80x24 on SQLite: an agent moves John Smith out
/// to a forwarding address and the next occupant in; the account shows the move, the new
/// customer is found by name with an account of their own, and the back office's list shows
/// the charter summary owed (14.17(b)).
@Suite("End to end: moving out and in, in tmux", .serialized)
struct MovingEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-move-\(UUID().uuidString.prefix(8))")

    @Test func aCustomerMovesOutTheNextMovesInAndIsFoundWithTheCharterSummaryOwed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        // Given an agent on account 1000000002
        let tmux = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        try tmux.waitFor("Balance")
        // When they press o and record the move out today, with a forwarding address
        try tmux.press("o")
        try tmux.waitFor("F2 records the move")
        try tmux.press("Tab", "Tab")
        try tmux.type("4 New Road")
        try tmux.press("Tab")
        try tmux.type("Gisborne")
        try tmux.press("Tab", "Tab")
        try tmux.type("3437")
        try tmux.press("F2")
        // Then the read-back says the final reading and where the final bill goes
        let out = try tmux.waitFor("✔ Final bill to 4 New Road, Gisborne VIC 3437.")
        #expect(out.contains("final meter reading"))
        try tmux.waitFor("◂ move in: the next customer ▸")
        // When they move the next occupant in
        try tmux.press("Tab", "Tab")
        try tmux.type("Ana Lee-Moving")
        try tmux.press("Tab")
        try tmux.type("0412 000 111")
        try tmux.press("F2")
        let into = try tmux.waitFor("✔ Charter summary (14.17(b)) to be sent by")
        #expect(into.contains("✔ Ana Lee-Moving (tenant) from"))
        #expect(into.contains("account 1000000301"))
        // Then the account shows the move out and the next customer
        try tmux.press("Escape")
        let account = try tmux.waitFor("next customer 1000000301")
        #expect(account.contains("Moved out"))
        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
        // and the new customer is found by name, and is owed the charter summary
        let lookup = try TmuxSession(arguments: ["lookup", "lee-moving", "--database", database])
        try lookup.waitFor("1000000301")
        let due = try Spawn.run([TmuxSession.binary.path, "moves", "charter-due", "--database", database])
        #expect(due.status == 0)
        #expect(due.output.contains("1000000301  Ana Lee-Moving  Charter summary (14.17(b)) due by"))
    }
}
