import Foundation
import TaplineTestSupport
import Testing

/// Seeds a small database with the real binary, once per test.
func seededDatabase(accounts: Int = 300, in folder: URL) throws -> String {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("e2e.sqlite").path
    let seed = try Spawn.run([TmuxSession.binary.path, "seed", "--accounts", "\(accounts)", "--seed", "7",
                              "--today", "2026-11-23", "--database", path], captureStderr: true)
    guard seed.status == 0 else { throw Spawn.SpawnError(message: "seed failed: \(seed.output)") }
    return path
}

@Suite("End to end: account lookup in tmux at 80x24", .serialized)
struct LookupEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-lookup-\(UUID().uuidString.prefix(8))")

    @Test func typeASurnameOpenTheAccountAndSeeTheUsageChart() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        let tmux = try TmuxSession(arguments: ["--database", database])
        try tmux.waitFor("Where to?")
        try tmux.press("1")
        try tmux.waitFor("Find:")
        try tmux.type("smi")
        try tmux.waitFor("John Smith")
        try tmux.type(" bacch")
        let results = try tmux.waitFor("matches")
        #expect(results.contains("Smith"))
        try tmux.press("Enter")
        try tmux.waitFor("Charges")
        try tmux.press("3")
        let usage = try tmux.waitFor("a year earlier")
        #expect(usage.contains("██"), "bars are drawn")
        #expect(usage.contains("L/day"))
        try tmux.press("Escape")
        try tmux.wrapUp(reasonSteps: 5, outcomeSteps: 1, recorded: "Meter or usage — Resolved on the call")
        try tmux.waitFor("Find:")
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }

    @Test func wideNamesAreTypedEditedAndFound() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        let tmux = try TmuxSession(arguments: ["lookup", "--database", database])
        try tmux.waitFor("Find:")
        try tmux.type("Zoë Ngx")
        try tmux.press("BSpace")
        let screen = try tmux.waitFor("Zoë Ng")
        #expect(screen.contains("Find: Zoë Ng"))
        try tmux.press("C-u")
        try tmux.type("水野")
        try tmux.waitFor("1 match")
        try tmux.press("Enter")
        let account = try tmux.waitFor("Balance")
        #expect(account.contains("Zoë Ng"))
    }

    @Test func screenPopOpensTheCallersAccountOrLookup() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(in: folder)
        let byPhone = try TmuxSession(arguments: ["lookup", "0491 570 157", "--database", database])
        let screen = try byPhone.waitFor("John Smith")
        #expect(screen.contains("Find: 0491 570 157"))
        let byNumber = try TmuxSession(arguments: ["account", "1000000002", "--database", database])
        try byNumber.waitFor("Account 1000000002")
        let missing = try TmuxSession(arguments: ["account", "42", "--database", database])
        try missing.waitFor("There is no account 42.")
    }
}

@Suite("Command line: seed and import")
struct AccountCommandLineTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-cli-\(UUID().uuidString.prefix(8))")

    @Test func importReportsBadRowsByLineAndImportsNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(accounts: 50, in: folder)
        let csv = folder.appendingPathComponent("accounts.csv")
        let long = String(repeating: "x", count: 1000)
        try """
        account_number,name,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support
        2000000001,Ana Lee,0412 345 678,ana@example.com,1 High St,Sunbury,3429,owner,,12.50,no
        2000000002,\(long),0412 345 679,,2 High St,Sunbury,3429,tenant,,0.00,no
        2000000003,Bo Chen,0412 345 670,,3 High St,Sunbury,3429,owner,,12.5.0,no
        """.write(to: csv, atomically: true, encoding: .utf8)
        let result = try Spawn.run([TmuxSession.binary.path, "import", "accounts", csv.path, "--database", database], captureStderr: true)
        #expect(result.status != 0)
        #expect(result.output.contains("nothing was imported"))
        #expect(result.output.contains("line 3"))
        #expect(result.output.contains("line 4"))
        let lookup = try Spawn.run([TmuxSession.binary.path, "import", "accounts", folder.appendingPathComponent("none.csv").path,
                                    "--database", database], captureStderr: true)
        #expect(lookup.status != 0)
    }

    @Test func seedingTwiceRefusesToMixData() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try seededDatabase(accounts: 50, in: folder)
        let again = try Spawn.run([TmuxSession.binary.path, "seed", "--accounts", "50", "--database", database], captureStderr: true)
        #expect(again.status != 0)
        #expect(again.output.contains(database))
    }
}
