import Foundation
import TaplineTestSupport
import Testing

/// Issue 13 item 7 through the real binary at 80x24 on SQLite: an agent opens an account whose
/// Bills tab shows the meter readings and the tariff behind each usage charge, requests a meter
/// test (Charter 11.1), records its outcome "reading high", and sees the adjustment on the
/// account (4.8): the balance lower by it and a banner with the day the customer must be told by.
/// And `tapline account history` writes the 14.8 billing history as a CSV file.
@Suite("End to end: a meter test reading high, and a billing history file", .serialized)
struct MeterEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-meter-\(UUID().uuidString.prefix(8))")

    /// "Balance $123.45 owed" → 12345; "Balance $12.00 in credit" → -1200; "nothing owed" → 0.
    static func balanceCents(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("Balance ") }) else { return nil }
        let text = line[line.range(of: "Balance ")!.upperBound...]
        if text.hasPrefix("nothing owed") { return 0 }
        let amount = text.dropFirst().prefix { $0.isNumber || $0 == "," || $0 == "." }.filter { $0 != "," && $0 != "." }
        guard let cents = Int(amount) else { return nil }
        return text.contains("in credit") ? -cents : cents
    }

    @Test func anAgentRequestsAMeterTestAndItsReadingHighOutcomeCreditsTheAccount_11_1_4_8() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        // Given an agent on an account, its latest bill showing its readings and usage tariff
        let tmux = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        let bills = try tmux.waitFor("New charges")
        #expect(bills.contains("Previous read") && bills.contains("Current read"))
        #expect(bills.contains("× $3.3000/kL"))
        let before = try #require(Self.balanceCents(bills))
        // When they press m and request a meter test, booked on the default day
        try tmux.press("m")
        try tmux.waitFor("No meter or billing-record requests on this account.")
        try tmux.press("t")
        try tmux.waitFor("F2 saves. Every request is in the audit trail.")
        try tmux.press("F2")
        // Then it is on record awaiting its outcome
        try tmux.waitFor("Meter test (11.1) recorded for account 1000000002")
        try tmux.waitFor("awaiting outcome")
        // When they record the outcome: the meter reads 4.5% high, the overcharge credited
        try tmux.press("o")
        try tmux.waitFor("F2 saves. Every request is in the audit trail.")
        try tmux.press("Tab")
        try tmux.type("4.5")
        let preview = try tmux.waitFor("(4.8(a)).")
        let adjustmentText = try #require(preview.range(of: #"Adjustment \$[0-9,]+\.[0-9]{2}"#, options: .regularExpression).map { preview[$0] })
        let adjustment = Int(adjustmentText.filter(\.isNumber))!
        #expect(adjustment > 0)
        try tmux.press("F2")
        try tmux.waitFor("Meter test: reading high by 4.50%")
        try tmux.waitFor("credited")
        // Then back on the account the balance is lower by the adjustment and a banner says so
        try tmux.press("Escape")
        // The reloaded account's frame: the banner is drawn after the header's balance.
        let banner = try tmux.waitFor("Meter read high:")
        #expect(banner.contains("\(adjustmentText.dropFirst("Adjustment ".count)) credited (4.8) · tell customer by"))
        #expect(Self.balanceCents(banner) == before - adjustment)
        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
    }

    @Test func theBillingHistoryCommandWritesThreeYearsAsCSVAndSaysWhenItIsDue_14_8() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        let out = folder.appendingPathComponent("history.csv").path
        let run = try Spawn.run([TmuxSession.binary.path, "account", "history", "--account", "1000000002", "--out", out,
                                 "--today", "2026-12-02", "--database", database], captureStderr: true)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("Due to the customer by Wed 16 Dec 2026 (10 business days, Charter 14.8)"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "date,record,period_start,period_end,previous_reading_kl,current_reading_kl,reading,kl_used,litres_per_day,description,tariff,amount")
        #expect(lines.filter { $0.contains(",bill,") }.count >= 8)
        #expect(lines.contains { $0.contains(",charge,") && $0.contains("$3.3000/kL") })
        #expect(lines.contains { $0.contains(",payment,") })
        let earliest = try #require(lines.dropFirst().first.map { String($0.prefix(10)) })
        #expect(earliest >= "2023-12-02")
        // More years than are held are refused before anything is written
        let refused = try Spawn.run([TmuxSession.binary.path, "account", "history", "--account", "1000000002", "--out", out,
                                     "--years", "9", "--database", database], captureStderr: true)
        #expect(refused.status != 0)
        #expect(refused.output.contains("--years"))
    }
}
