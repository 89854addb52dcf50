import Foundation
import TaplineTestSupport
import Testing

/// Issue 13 item 4 through the real binary at 80x24 on SQLite: an agent registers life support
/// (Charter 9.5(a)) with its evidence, sees the badge, and the restriction check refuses citing
/// 7.3(b); removed again, the badge goes.
@Suite("End to end: registering life support in tmux", .serialized)
struct SpecialNeedsEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-needs-\(UUID().uuidString.prefix(8))")

    @Test func registeringLifeSupportShowsTheBadgeAndRefusesRestrictionThenRemovingItTakesTheBadgeAway() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        // Given an agent on John Smith's account, which is not on the register
        let tmux = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        let opened = try tmux.waitFor("Balance")
        #expect(!opened.contains("LIFE SUPPORT"))
        try tmux.press("r")
        let before = try tmux.waitFor("PERMITTED")
        #expect(!before.contains("7.3(b)"), "nothing registered yet")
        try tmux.press("Escape")
        try tmux.waitFor("Balance")
        try tmux.press("F1")
        try tmux.waitFor("special needs (9.5)")
        try tmux.press("Escape")
        try tmux.waitForAbsence("special needs (9.5)")
        // When they press s, keep life support (9.5(a)) and today, and type the evidence and notes
        try tmux.press("s")
        try tmux.waitFor("Special needs register (9.5) for John Smith, account 1000000002")
        try tmux.waitFor("◂ life support (9.5(a)) ▸")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.type("medical certificate from Dr Lee")
        try tmux.press("Tab")
        try tmux.type("home dialysis machine")
        try tmux.waitFor("home dialysis machine")
        try tmux.press("F2")
        // Then the account shows the life-support badge and the register entry at once
        try tmux.waitFor("Registered: life support (9.5(a)) for account 1000000002")
        let account = try tmux.waitFor("▲ LIFE SUPPORT")
        #expect(account.contains("Life support (9.5(a)), registered"))
        // And the restriction check is refused citing 7.3(b), with the entry in the strip above it
        try tmux.press("r")
        let check = try tmux.waitFor("7.3(b)")
        #expect(check.contains("NOT PERMITTED"))
        #expect(check.contains("registered as a special-needs customer"))
        #expect(check.contains("▲ LIFE SUPPORT (9.5(a)) registered"))
        // When they remove it, giving the reason
        try tmux.press("Escape")
        try tmux.waitFor("Balance")
        try tmux.press("s")
        try tmux.waitFor("F8 removes it.")
        try tmux.press("F8")
        try tmux.waitFor("Remove from the register — why?")
        try tmux.type("moved out")
        try tmux.press("F2")
        // Then the badge goes
        try tmux.waitFor("Removed from the special-needs register: account 1000000002")
        let after = try tmux.waitForAbsence("LIFE SUPPORT")
        #expect(after.contains("no flags"))
        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
    }
}
