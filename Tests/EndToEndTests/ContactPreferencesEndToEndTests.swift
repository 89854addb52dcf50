import Foundation
import TaplineTestSupport
import Testing

/// Issue 13 item 2 through the real binary at 80x24 on SQLite: an agent records that John
/// Smith prefers email and needs a Vietnamese interpreter (Charter 14.10), and the account
/// shows it at once; the audit trail has it old → new.
@Suite("End to end: contact preferences in tmux", .serialized)
struct ContactPreferencesEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-pref-\(UUID().uuidString.prefix(8))")

    @Test func anInterpreterAndAPreferredContactShowOnTheAccountAtOnce_14_10() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        let tmux = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        try tmux.waitFor("Balance")
        try tmux.press("i")
        try tmux.waitFor("F2 saves. Every change is in the audit trail")
        try tmux.press("Right", "Right", "Right")
        try tmux.waitFor("◂ email ▸")
        try tmux.press("Tab")
        try tmux.type("Vietnamese")
        try tmux.press("F2")
        try tmux.waitFor("Contact preferences saved for account 1000000002")
        try tmux.waitFor("▲ Interpreter: Vietnamese (14.10) · prefers email")
        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
        let audit = try Spawn.run([TmuxSession.binary.path, "audit", "list", "--account", "1000000002", "--database", database], captureStderr: true)
        #expect(audit.output.contains("contact preferences: preferred contact (not stated) → email; interpreter (none) → Vietnamese"))
    }
}
