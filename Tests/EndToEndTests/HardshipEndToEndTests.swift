import Foundation
import TaplineTestSupport
import Testing

@Suite("End to end: assess hardship, agree a plan, and restriction is refused (Charter 5.4, 5.6, 7)", .serialized)
struct HardshipEndToEndTests {
    @Test func hardshipThenAFortnightlyPlanProtectsTheCustomerFromRestriction_5_6c() throws {
        // Given a seeded database and the console opened on account 1000000002 (owing money)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-hardship-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("t.sqlite").path
        let seeded = try Spawn.run([TmuxSession.binary.path, "seed", "--accounts", "200", "--seed", "7", "--database", database])
        #expect(seeded.status == 0)
        let tmux = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        try tmux.waitFor("Balance $")   // the title says "Account 1000000002" before the account has loaded

        // When the agent assesses hardship: $900.00 a fortnight in, $350.00 rent a week out
        try tmux.press("h")
        try tmux.waitFor("Objective criteria")
        try tmux.press("PageDown")
        try tmux.waitFor("Household: adults")
        try tmux.press("Tab", "Tab", "Tab")
        try tmux.type("900")
        try tmux.press("Tab", "Tab", "Tab")
        try tmux.type("350")
        try tmux.waitFor("$200.00 a fortnight")
        // And records "In hardship", offers a financial counsellor, and saves
        try tmux.press("PageDown")
        try tmux.waitFor("Proposed outcome")
        try tmux.press("Right")
        try tmux.waitFor("◂ In hardship ▸")
        try tmux.press("Tab")
        try tmux.type("Lost her job; renting with two children")
        try tmux.press("PageDown")
        try tmux.waitFor("Fin. counsellor")
        try tmux.press("Tab", "Right", "Right")
        try tmux.waitFor("offered, accepted")
        try tmux.press("F2")
        try tmux.waitFor("Saved as HA-")

        // And sets up a fortnightly plan from the capacity to pay
        try tmux.press("p")
        try tmux.waitFor("Payment plan — ")
        let plan = try tmux.waitFor("Total (")
        #expect(plan.contains("◂ fortnightly ▸"))
        #expect(plan.contains("200.00"))
        try tmux.press("F2")
        let agreed = try tmux.waitFor("agreed")
        #expect(agreed.contains("Confirmation letter PP-"))
        #expect(agreed.contains("Send the written confirmation by"))

        // Then back on the account, the badges and the 5.6(c) banner show
        try tmux.press("Escape")
        let account = try tmux.waitFor("PAYMENT PLAN")
        #expect(account.contains("HARDSHIP"))
        #expect(account.contains("HARDSHIP — no restriction or legal action while the plan is kept (5.6(c))"))

        // And the restriction check answers NOT PERMITTED with the hardship reason
        try tmux.press("r")
        let check = try tmux.waitFor("NOT PERMITTED")
        #expect(check.contains("5.6(c)    The customer is in hardship and is keeping an agreed payment plan."))

        try tmux.quitMidCall()
        try tmux.waitFor("EXIT=0")
    }
}
