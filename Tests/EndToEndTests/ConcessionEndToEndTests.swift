import Foundation
import TaplineTestSupport
import Testing

/// Issue 13 item 3 through the real binary at 80x24 on SQLite: an agent records a pensioner
/// concession application lodged today, and the restriction check refuses citing 7.2(b); then
/// records it approved with the Pensioner Concession Card (5.3): the CONCESSION badge shows and
/// the check no longer cites 7.2(b).
@Suite("End to end: a concession application and card in tmux", .serialized)
struct ConcessionEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-conc-\(UUID().uuidString.prefix(8))")

    @Test func aPendingConcessionApplicationStopsRestrictionAndItsApprovalWithTheCardShowsTheBadge() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        // Given an agent on John Smith's account, which has no concession
        let tmux = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        let opened = try tmux.waitFor("Balance")
        #expect(!opened.contains("CONCESSION"))
        try tmux.press("r")
        let before = try tmux.waitFor("PERMITTED")
        #expect(!before.contains("7.2(b)"), "no application yet")
        try tmux.press("Escape")
        try tmux.waitFor("Balance")
        // When they press k and record a concession application (7.2(b)) lodged today, pending
        try tmux.press("k")
        try tmux.waitFor("No concession card on record.")
        for _ in 0..<4 { try tmux.press("Tab") }
        try tmux.press("Right")
        try tmux.waitFor("◂ concession application (7.2(b)) ▸")
        try tmux.press("F2")
        // Then the account shows it outstanding at once, and the restriction check refuses citing 7.2(b)
        try tmux.waitFor("Concession saved for account 1000000002")
        try tmux.waitFor("Concession application (7.2(b)) pending since")
        try tmux.press("r")
        let refused = try tmux.waitFor("NOT PERMITTED")
        #expect(refused.contains("7.2(b)"))
        #expect(refused.contains("application for a Government concession"))
        try tmux.press("Escape")
        try tmux.waitFor("Balance")
        // When they record it approved, with the Pensioner Concession Card
        try tmux.press("k")
        try tmux.waitFor("▲ Outstanding: concession application (7.2(b))")
        try tmux.press("Right")
        try tmux.waitFor("◂ Pensioner Concession Card ▸")
        try tmux.press("Tab")
        try tmux.type("412 345 678K")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.type("2030-06-30")
        for _ in 0..<3 { try tmux.press("Tab") }
        try tmux.press("Right")
        try tmux.waitFor("◂ approved ▸")
        try tmux.press("F2")
        // Then the CONCESSION badge shows with the card, the application is no longer outstanding,
        // and the restriction check no longer cites 7.2(b)
        try tmux.waitFor("Concession saved for account 1000000002")
        let account = try tmux.waitFor("CONCESSION")
        #expect(account.contains("Pensioner Concession Card 412 345 678K to 30 Jun 2030"))
        #expect(!account.contains("Concession application (7.2(b)) pending"))
        try tmux.press("r")
        let after = try tmux.waitFor("PERMITTED")
        #expect(!after.contains("7.2(b)"))
        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
    }
}
