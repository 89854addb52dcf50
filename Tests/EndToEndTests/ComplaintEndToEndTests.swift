import Foundation
import TaplineTestSupport
import Testing

@Suite("End to end: logging a complaint from the account screen to the supervisors' queue", .serialized)
struct ComplaintEndToEndTests {
    /// John Smith, one of the demo accounts every seeded database has.
    static let account = "1000000002"

    @Test func anAgentLogsAComplaintBeforeEasterAndTheQueueShowsItsReplyDate_3_1a() throws {
        // Given a seeded database
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-complaint-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("tapline.sqlite").path
        let seeded = try Spawn.run([TmuxSession.binary.path, "seed", "--accounts", "200", "--seed", "7", "--database", database],
                                   captureStderr: true)
        try #require(seeded.status == 0, "seed: \(seeded.output)")

        // When the agent opens the account, presses c, and logs a complaint received on the
        // Thursday before Easter 2025, disputing $684.90
        let number: String
        do {
            let agent = try TmuxSession(arguments: ["account", Self.account, "--database", database])
            try agent.waitFor("Account \(Self.account)")
            try agent.press("c")
            try agent.waitFor("Log a complaint for John Smith, account \(Self.account)")
            try agent.press("C-u")
            try agent.type("2025-04-17 10:3")
            try agent.waitFor("Reply due: shown once the time of receipt is a valid")
            try agent.type("0")
            // Then the reply date shows at once: Good Friday, Easter Monday and ANZAC Day skipped
            try agent.waitFor("Reply due: Tue 6 May 2025")
            for _ in 0..<3 { try agent.press("Tab") }
            try agent.type("Estimated reading; the usage charge is wrong.")
            try agent.press("Tab")
            try agent.type("684.90")
            try agent.press("F2")
            let saved = try agent.waitFor("✔ Logged as C-")
            number = try #require(saved.split(separator: "\n").first { $0.contains("✔ Logged as C-") }?
                .split(separator: " ").last.map(String.init))
            #expect(saved.contains("Press a to write the acknowledgement letter"))
            // And the acknowledgement letter is written to the letters folder
            try agent.press("a")
            try agent.waitFor("✔ Acknowledgement letter written:")
            let letters = agent.home.appendingPathComponent("data/tapline/letters")
            let files = try FileManager.default.contentsOfDirectory(atPath: letters.path)
            #expect(files.count == 1 && files[0].hasPrefix("\(number)-acknowledgement-"))
            let letter = try String(contentsOf: letters.appendingPathComponent(files[0]), encoding: .utf8)
            #expect(letter.contains("6 May 2025") && letter.contains("$684.90"))
            try agent.quitMidCall()
            try agent.waitFor("EXIT=0")
        }

        // Then a supervisor opening Complaints from home sees it, overdue, due Tue 6 May 2025
        let supervisor = try TmuxSession(arguments: ["--database", database])
        try supervisor.waitFor("Where to?")
        try supervisor.press("3")
        let queue = try supervisor.waitFor(number)
        let row = try #require(queue.split(separator: "\n").first { $0.contains(number) })
        #expect(row.contains("6 May"))
        #expect(row.contains("OVERDUE"))
        #expect(row.contains("John Smith"), "the queue names the customer (issue 12 item 4)")
        try supervisor.press("Enter")
        let detail = try supervisor.waitFor("DISPUTED $684.90")
        #expect(detail.contains("DISPUTED $684.90 — collection held (3.1(e))"))
        #expect(detail.contains("Complaint \(number)"))
        try supervisor.quitMidCall()
        try supervisor.waitFor("EXIT=0")

        // And the register reports it on the command line
        let report = try Spawn.run([TmuxSession.binary.path, "complaints", "list", "--overdue", "--json",
                                    "--database", database], captureStderr: true)
        #expect(report.status == 0)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [[String: Any]])
        #expect(listed.count == 1)
        #expect(listed.first?["number"] as? String == number)
        #expect(listed.first?["dueDate"] as? String == "2025-05-06")
        #expect(listed.first?["disputedAmount"] as? String == "684.90")
        #expect(listed.first?["urgency"] as? String == "overdue")
    }
}

@Suite("Command line: the business calendar and the complaints register")
struct ComplaintCommandLineTests {
    let binary = TmuxSession.binary.path

    @Test func holidaysArePrintedOnePerLine() throws {
        let result = try Spawn.run([binary, "calendar", "holidays", "2025", "--jurisdiction", "AU-VIC"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("2025-04-18 Good Friday"))
        #expect(lines.contains("2025-04-25 ANZAC Day"))
        #expect(lines.allSatisfy { $0.range(of: #"^\d{4}-\d{2}-\d{2} \S"#, options: .regularExpression) != nil })
    }

    @Test func holidaysAsJSONAreAListOfDatesAndNames() throws {
        let result = try Spawn.run([binary, "calendar", "holidays", "2026", "--jurisdiction", "GB-EAW", "--json"])
        #expect(result.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(list.contains { $0["date"] as? String == "2026-12-25" && $0["name"] as? String == "Christmas Day" })
        #expect(list.allSatisfy { $0["date"] is String && $0["name"] is String })
    }

    @Test("add-business-days prints only the date", arguments: [
        (["2025-04-17", "10"], "2025-05-06"),                               // across Easter and ANZAC Day (Charter 3.1(a))
        (["2026-04-02", "10"], "2026-04-20"),
        (["2025-04-17", "5"], "2025-04-29"),                               // ANZAC Day is a Victorian holiday…
        (["2025-04-17", "5", "--jurisdiction", "GB-EAW"], "2025-04-28"),   // …but not an English bank holiday
        (["2025-05-06", "--", "-10"], "2025-04-17"),
    ])
    func addBusinessDaysPrintsOnlyTheDate(arguments: [String], expected: String) throws {
        let result = try Spawn.run([binary, "calendar", "add-business-days"] + arguments)
        #expect(result.status == 0)
        #expect(result.output == expected + "\n")
    }

    @Test("bad input is a clear message and a failing exit", arguments: [
        (["calendar", "add-business-days", "2025-02-30", "3"], "“2025-02-30” is not a date: write it as YYYY-MM-DD"),
        (["calendar", "add-business-days", "17/04/2025", "3"], "“17/04/2025” is not a date"),
        (["calendar", "holidays", "2025", "--jurisdiction", "AU-NSW"], "unknown jurisdiction “AU-NSW” (known: AU-VIC, GB-EAW)"),
        (["calendar", "holidays", "99"], "the year must be between 1583 and 9999"),
        (["complaints", "list", "--due-within", "x"], "--due-within"),
    ])
    func badInputIsAClearMessage(arguments: [String], message: String) throws {
        let result = try Spawn.run([binary] + arguments, captureStderr: true)
        #expect(result.status != 0)
        #expect(result.output.contains(message))
    }

    @Test func anEmptyRegisterListsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-complaints-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("empty.sqlite").path
        let text = try Spawn.run([binary, "complaints", "list", "--database", database])
        #expect(text.status == 0 && text.output == "No complaints match.\n")
        let json = try Spawn.run([binary, "complaints", "list", "--due-within", "2", "--json", "--database", database])
        #expect(json.status == 0 && json.output == "[]\n")
    }
}
