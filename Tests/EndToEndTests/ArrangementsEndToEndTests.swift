import Foundation
import TaplineDomain
import TaplineTestSupport
import Testing

/// Issue 13 item 5 through the real binary at 80x24 on SQLite: an agent opens an account,
/// extends a bill's due date (Charter 5.5(d)), sees the confirmation letter with the date
/// written confirmation is due (5.5(b)), and back on the account sees the extension.
@Suite("End to end: extending a due date in tmux", .serialized)
struct ArrangementsEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-arr-\(UUID().uuidString.prefix(8))")

    /// Today as the console reads it (the local date).
    static var today: CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    @Test func anAgentExtendsADueDateAndGetsTheLetterWithTheDateDue() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        // A business day well after any seeded bill's due date (seeded as of 23 Nov 2026) and after today
        let calendar = BusinessCalendar.victoria
        let newDate = calendar.nextBusinessDay(onOrAfter: Self.today.adding(days: 60))
        let confirmBy = WrittenConfirmation.due(agreedOn: Self.today, calendar: calendar)
        // Given an agent on John Smith's account
        let tmux = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        try tmux.waitFor("Balance")
        // When they press d, go to the new due date, type it and press F2
        try tmux.press("d")
        try tmux.waitFor("F2 records it and shows its letter")
        for _ in 0..<3 { try tmux.press("Tab") }
        try tmux.type(newDate.iso)
        try tmux.waitFor(newDate.iso)
        try tmux.press("F2")
        // Then the confirmation letter shows, with the new due date and the day to confirm it in writing by
        let letter = try tmux.waitFor("Dear John Smith")
        #expect(letter.contains("✔ Due date extended to \(newDate.display) (5.5(d))"))
        #expect(letter.contains("Confirm in writing by \(confirmBy.display) (10 business days, Charter 5.5(b)):"))
        try tmux.press("PageDown")
        try tmux.waitFor("10 above")  // the letter scrolled a page: what was agreed, in full
        // And back on the arrangements screen it is listed, and on the account it shows under the header
        try tmux.press("Escape")
        try tmux.waitFor("Due date extended to \(newDate.display) (5.5(d)) · bill")
        try tmux.press("Escape")
        try tmux.waitFor("Balance")
        try tmux.waitFor("Due date extended to \(newDate.display) (5.5(d))")
        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
    }
}
