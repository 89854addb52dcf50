import Foundation
import TaplineTestSupport
import Testing

@Suite("tapline plan quote and restriction check, run as the built binary (Charter 5.4, 7.1-7.3)", .serialized)
struct PlanCommandLineTests {
    static func tapline(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run([TmuxSession.binary.path] + arguments, environment: ["HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"],
                      captureStderr: true)
    }

    static let quote = ["plan", "quote", "--debt", "1234.56", "--frequency", "fortnightly", "--instalment", "45", "--start", "2026-01-05"]

    @Test func aQuotePrintsEveryInstalmentAndATotalExactToTheCent_5_4() throws {
        let result = try Self.tapline(Self.quote)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Fortnightly plan: 28 instalments (27 × $45.00 + 1 × $19.56), $1,234.56 in all")
        #expect(lines.contains("  1  Mon 5 Jan 2026        $45.00"))
        #expect(lines.contains(" 28  Mon 18 Jan 2027       $19.56"))
        #expect(lines.contains("     Total              $1,234.56"))
        // King's Birthday (Mon 8 Jun 2026) moves an instalment to the Tuesday, marked and explained
        #expect(lines.contains(" 12  Tue 9 Jun 2026*       $45.00"))
        #expect(lines.contains("Instalments falling on a weekend or public holiday are due the next business day: Mon 8 Jun 2026 → Tue 9 Jun 2026."))
    }

    @Test func aJSONQuoteSumsToItsTotal_5_4() throws {
        let result = try Self.tapline(["plan", "quote", "--debt", "1234.56", "--frequency", "fortnightly", "--instalments", "3",
                                       "--start", "2026-01-31", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let instalments = try #require(object["instalments"] as? [[String: Any]])
        let cents = instalments.compactMap { ($0["amount"] as? String).flatMap { Int($0.replacingOccurrences(of: ".", with: "")) } }
        #expect(object["total"] as? String == "1234.56")
        #expect(cents == [41152, 41152, 41152])
        #expect(cents.reduce(0, +) == 123456)
        #expect(instalments.first?["dueDate"] as? String == "2026-02-02", "Sat 31 Jan moves to Mon 2 Feb")
    }

    @Test("malformed input is refused on stderr with a non-zero exit", arguments: [
        (["--debt", "12.345"], "“12.345” has more than two decimal places"),
        (["--debt", "lots"], "“lots” is not an amount"),
        (["--start", "2026-02-30"], "“2026-02-30” is not a date"),
        (["--frequency", "yearly"], "“yearly” is not a frequency: use weekly, fortnightly or monthly"),
        (["--instalments", "4"], "give --instalment or --instalments, not both"),
    ])
    func malformedInputIsRefused(change: [String], message: String) throws {
        var arguments = Self.quote
        if let index = arguments.firstIndex(of: change[0]) { arguments[index + 1] = change[1] } else { arguments += change }
        let result = try Self.tapline(arguments)
        #expect(result.status == 64)
        #expect(result.output.contains(message))
    }

    @Test func planSizedByCapacityIsNeverRefusedForLength_5_4() throws {
        // Given $5,000.01 at $77.77 a fortnight (issue 10 item 8: refused for running past two years)
        let result = try Self.tapline(["plan", "quote", "--debt", "5000.01", "--frequency", "fortnightly", "--instalment", "77.77",
                                       "--start", "2026-01-05"])
        // Then the quote prints its whole schedule, with a warning and a review date
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Fortnightly plan: 65 instalments (64 × $77.77 + 1 × $22.73), $5,000.01 in all")
        #expect(lines.contains { $0.hasPrefix("▲ Long plan (65 fortnightly instalments") && $0.contains("review it by Tue 5 Jan 2027") })
        #expect(lines.contains(" 65  Mon 19 Jun 2028       $22.73"))
        #expect(lines.contains("     Total              $5,000.01"))
        // And as JSON, with its review date
        let json = try Self.tapline(["plan", "quote", "--debt", "5000.01", "--frequency", "fortnightly", "--instalment", "77.77",
                                     "--start", "2026-01-05", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["instalments"] as? [Any])?.count == 65)
        #expect(object["reviewBy"] as? String == "2027-01-05")
    }

    @Test func onlyAnInstalmentThatCanNeverClearTheDebtIsRefused_5_4() throws {
        let result = try Self.tapline(["plan", "quote", "--debt", "100000", "--frequency", "weekly", "--instalment", "1",
                                       "--start", "2026-02-03"])
        #expect(result.status == 1)
        #expect(result.output.contains("an instalment this small cannot pay it off"))
        #expect(!result.output.contains("longest allowed"))
    }

    @Test func aRestrictionCheckGivesEveryReasonWithItsClause_7_3a() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-plans-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("t.sqlite").path
        let seeded = try Self.tapline(["seed", "--accounts", "200", "--seed", "7", "--today", "2026-03-01", "--database", database])
        #expect(seeded.status == 0)
        // When account 1000000002 (owing) is checked on Friday 6 March 2026 at 14:59
        let text = try Self.tapline(["restriction", "check", "1000000002", "--at", "2026-03-06T14:59", "--database", database])
        #expect(text.status == 0)
        #expect(text.output.contains("Account 1000000002, checked Fri 6 Mar 2026 14:59"))
        #expect(text.output.contains("NOT PERMITTED"))
        #expect(text.output.contains("  7.3(a)    It is a Friday."))
        // Seeding gives it a Final Notice and one contact attempt (Charter 6.1, 6.2), not yet enough
        #expect(text.output.contains("  7.1(c)    1 attempt to contact the customer about the non-payment; at least 2 are needed."))
        #expect(text.output.contains("  7.1(b)    No Notice Before Restriction has been sent."))
        // And as JSON, every reason has its clause
        let json = try Self.tapline(["restriction", "check", "1000000002", "--at", "2026-03-06T14:59", "--json", "--database", database])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["permitted"] as? Bool == false)
        let clauses = (object["reasons"] as? [[String: Any]])?.compactMap { $0["clause"] as? String } ?? []
        #expect(clauses.contains("7.3(a)"))
        #expect(object["at"] as? String == "2026-03-06T14:59")
        // And bad input is refused clearly
        let badTime = try Self.tapline(["restriction", "check", "1000000002", "--at", "2026-03-06", "--database", database])
        #expect(badTime.status == 64)
        #expect(badTime.output.contains("“2026-03-06” is not a date and time: write it as YYYY-MM-DDTHH:MM"))
        let unknown = try Self.tapline(["restriction", "check", "1999999999", "--database", database])
        #expect(unknown.status == 1)
        #expect(unknown.output.contains("no account 1999999999"))
        let noFile = try Self.tapline(["restriction", "check", "1000000002", "--database", folder.appendingPathComponent("none.sqlite").path])
        #expect(noFile.status == 64)
        #expect(noFile.output.contains("there is no database at"))
        // And a Total Fire Ban recorded for the account's district blocks restriction that day (Bacchus Marsh, 3340)
        let ban = try Self.tapline(["restriction", "fire-ban", "Central", "2026-03-05", "--postcodes", "3340,3429", "--database", database])
        #expect(ban.status == 0)
        #expect(ban.output.contains("Total Fire Ban recorded for Central on Thu 5 Mar 2026"))
        let onBanDay = try Self.tapline(["restriction", "check", "1000000002", "--at", "2026-03-05T10:00", "--database", database])
        #expect(onBanDay.output.contains("  7.3(d)    A Total Fire Ban is declared today for the property's area."))
        let dayAfter = try Self.tapline(["restriction", "check", "1000000002", "--at", "2026-03-06T10:00", "--database", database])
        #expect(!dayAfter.output.contains("7.3(d)"))
        let badPostcode = try Self.tapline(["restriction", "fire-ban", "Central", "2026-03-05", "--postcodes", "33", "--database", database])
        #expect(badPostcode.status == 64)
        #expect(badPostcode.output.contains("“33” is not a postcode"))
    }
}
