import Foundation
import Testing
import TaplineDomain
@testable import TaplineStore

/// A small valid scenario; the line numbers in the tests below refer to it.
private let sample = """
id = "sample"
title = "Sample"
summary = "A sample scenario."
start_screen = "account"
now = 2025-04-17T10:30:00

[fixture]
account = "9000009001"
name = "Sam Sample"
address = "1 Sample Street, Sunbury VIC 3429"
balance = "100.00"

[[lines]]
text = "Hello."

[[expectations]]
id = "logged"
description = "Log it"
clause = "Charter 3.1(a)"
points = 2
check = "complaintLogged"
due = 2025-05-06

[[expectations]]
id = "disputed"
description = "Record the disputed amount"
clause = "Charter 3.1(e)"
points = 1
check = "disputedAmountRecorded"
amount = "684.90"
"""

/// The sample with one exact piece of text replaced.
private func sampleWith(_ old: String, _ new: String) -> String {
    precondition(sample.contains(old), "sample has no “\(old)”")
    return sample.replacingOccurrences(of: old, with: new)
}

/// A broken file, the line its error must name, and words the message must contain.
struct ScenarioBrokenCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let line: Int
    let message: String
    var testDescription: String { name }
}

@Suite("Loading scenario files: a broken file names its file and line, the others still load")
struct ScenarioLoaderTests {
    @Test func theSampleLoads() throws {
        let scenario = try ScenarioLoader.load(text: sample, file: "sample.toml").get()
        #expect(scenario.id == "sample")
        #expect(scenario.now == LocalDateTime(iso: "2025-04-17T10:30"))
        #expect(scenario.fixture.balance == Money(cents: 100_00))
        #expect(scenario.fixture.lifeSupport == false)
        #expect(scenario.callerLines == [CallerLine(text: "Hello.")])
        #expect(scenario.expectations.map(\.check) == [
            .complaintLogged(dueDate: CivilDate(iso: "2025-05-06")!), .disputedAmountRecorded(Money(cents: 684_90)),
        ])
        #expect(scenario.maxPoints == 3)
    }

    @Test func datesAndTimesMayAlsoBeWrittenAsText() throws {
        let text = sampleWith("now = 2025-04-17T10:30:00", "now = \"2025-04-17T10:30\"")
            .replacingOccurrences(of: "due = 2025-05-06", with: "due = \"2025-05-06\"")
        let scenario = try ScenarioLoader.load(text: text, file: "sample.toml").get()
        #expect(scenario.now == LocalDateTime(iso: "2025-04-17T10:30"))
        #expect(scenario.expectations[0].check == .complaintLogged(dueDate: CivilDate(iso: "2025-05-06")!))
    }

    static let brokenCases: [ScenarioBrokenCase] = [
        ScenarioBrokenCase(name: "unclosed string (TOML syntax)", text: sampleWith("title = \"Sample\"", "title = \"Sample"),
                   line: 2, message: "not valid TOML"),
        ScenarioBrokenCase(name: "unclosed table header (TOML syntax)", text: sampleWith("[[lines]]", "[[lines]"),
                   line: 13, message: "not valid TOML"),
        ScenarioBrokenCase(name: "unknown check kind", text: sampleWith("check = \"disputedAmountRecorded\"", "check = \"disputedAmount\""),
                   line: 29, message: "unknown check kind “disputedAmount” in [[expectations]] #2"),
        ScenarioBrokenCase(name: "missing check: the table's header line", text: sampleWith("check = \"disputedAmountRecorded\"\n", ""),
                   line: 24, message: "missing key “check” in [[expectations]] #2"),
        ScenarioBrokenCase(name: "impossible date", text: sampleWith("due = 2025-05-06", "due = \"2025-02-30\""),
                   line: 22, message: "“due” in [[expectations]] #1 must be a date"),
        ScenarioBrokenCase(name: "amount as a float", text: sampleWith("amount = \"684.90\"", "amount = 684.90"),
                   line: 30, message: "an amount in quotes"),
        ScenarioBrokenCase(name: "amount that does not parse", text: sampleWith("balance = \"100.00\"", "balance = \"1,00.00\""),
                   line: 11, message: "“balance” in [fixture]: “1,00.00” is not an amount"),
        ScenarioBrokenCase(name: "misspelt key", text: sampleWith("due = 2025-05-06", "due_dat = 2025-05-06"),
                   line: 22, message: "unknown key “due_dat” in [[expectations]] #1"),
        ScenarioBrokenCase(name: "unknown trainee action for a line", text: sampleWith("text = \"Hello.\"", "text = \"Hello.\"\nafter = \"hungUp\""),
                   line: 15, message: "unknown trainee action “hungUp” in [[lines]] #1"),
        ScenarioBrokenCase(name: "expectation id used twice", text: sampleWith("id = \"disputed\"", "id = \"logged\""),
                   line: 25, message: "expectation id “logged” is used twice"),
        ScenarioBrokenCase(name: "misnamed fixture table", text: sampleWith("[fixture]", "[customer]"),
                   line: 7, message: "unknown key “customer” in the top level"),
        ScenarioBrokenCase(name: "no points", text: sampleWith("points = 2", "points = 0"),
                   line: 20, message: "must be at least 1"),
        ScenarioBrokenCase(name: "time with an offset", text: sampleWith("now = 2025-04-17T10:30:00", "now = 2025-04-17T10:30:00+10:00"),
                   line: 5, message: "with no time zone"),
        ScenarioBrokenCase(name: "id with capitals and spaces", text: sampleWith("id = \"sample\"", "id = \"Sample One\""),
                   line: 1, message: "only lower-case letters, digits and hyphens"),
        ScenarioBrokenCase(name: "no caller lines", text: sampleWith("[[lines]]\ntext = \"Hello.\"\n", ""),
                   line: 1, message: "at least one [[lines]]"),
        ScenarioBrokenCase(name: "account number with letters", text: sampleWith("account = \"9000009001\"", "account = \"TRN-9001\""),
                   line: 8, message: "must be digits only"),
        ScenarioBrokenCase(name: "account number too long for a retry's copy", text: sampleWith("account = \"9000009001\"", "account = \"90000090011\""),
                   line: 8, message: "at most 10 digits"),
        ScenarioBrokenCase(name: "a start screen the console cannot open", text: sampleWith("start_screen = \"account\"", "start_screen = \"complaints\""),
                   line: 4, message: "unknown start screen “complaints” (the console can start on: account, complaint)"),
        ScenarioBrokenCase(name: "starting on a complaint the fixture does not have", text: sampleWith("start_screen = \"account\"", "start_screen = \"complaint\""),
                   line: 4, message: "start_screen “complaint” opens the fixture's latest complaint, but it has none"),
        ScenarioBrokenCase(name: "usage charge above the bill", text: sampleWith("balance = \"100.00\"\n", """
                   balance = "100.00"

                   [[fixture.bills]]
                   issued = 2025-03-27
                   due = 2025-04-24
                   amount = "100.00"
                   usage = "120.00"

                   """), line: 17, message: "the usage charge $120.00 must be between"),
        ScenarioBrokenCase(name: "bill due sooner than 28 days after issue", text: sampleWith("balance = \"100.00\"\n", """
                   balance = "100.00"

                   [[fixture.bills]]
                   issued = 2025-03-27
                   due = 2025-04-10
                   amount = "100.00"

                   """), line: 15, message: "at least 28 days are given to pay (Charter 5.1)"),
        ScenarioBrokenCase(name: "unknown complaint category", text: sampleWith("balance = \"100.00\"\n", """
                   balance = "100.00"

                   [[fixture.complaints]]
                   received = 2025-03-27T09:00:00
                   category = "supply"
                   summary = "Low pressure"

                   """), line: 15, message: "unknown complaint category “supply”"),
        ScenarioBrokenCase(name: "escalation level written as stored, not as training names it", text: sampleWith("balance = \"100.00\"\n", """
                   balance = "100.00"

                   [[fixture.complaints]]
                   received = 2025-03-27T09:00:00
                   category = "supply-interruption"
                   summary = "Low pressure"
                   escalated_to = "team-leader"

                   """), line: 17, message: "unknown escalation level “team-leader” (expected one of: teamLeader, manager, generalManager)"),
        // Issue 10 item 7: an exact-level check contradicted the escalation dialog, which allows any higher level
        ScenarioBrokenCase(name: "the retired exact-level escalation check says what to use", text: sampleWith(
                   "check = \"disputedAmountRecorded\"\namount = \"684.90\"", "check = \"complaintEscalatedTo\"\nlevel = \"manager\""),
                   line: 29, message: "any higher level may be chosen (Charter 3.1(d)(1)); use “complaintEscalatedAbove”"),
        ScenarioBrokenCase(name: "an unknown level to escalate above", text: sampleWith(
                   "check = \"disputedAmountRecorded\"\namount = \"684.90\"", "check = \"complaintEscalatedAbove\"\nlevel = \"boss\""),
                   line: 30, message: "unknown escalation level “boss”"),
    ]

    @Test("a broken file gives its file, line and a clear message", arguments: brokenCases)
    func brokenFileNamesFileAndLine(row: ScenarioBrokenCase) {
        // When a broken file is loaded
        let result = ScenarioLoader.load(text: row.text, file: "scenarios/broken.toml")
        // Then it fails naming the file and the line to fix
        guard case .failure(let error) = result else {
            Issue.record("\(row.name) loaded without error")
            return
        }
        #expect(error.file == "scenarios/broken.toml")
        #expect(error.line == row.line, "\(error)")
        #expect(error.message.contains(row.message), "\(error)")
        #expect(error.description == "scenarios/broken.toml:\(row.line): \(error.message)")
    }

    @Test func aFolderWithBrokenFilesStillLoadsTheOthers() throws {
        // Given a folder with two good scenarios, a syntax error, a semantic error and a non-TOML file
        let folder = try ScenarioTemporaryFolder()
        try folder.write("a-good.toml", sample)
        try folder.write("b-syntax.toml", sampleWith("title = \"Sample\"", "title = \"Sample"))
        try folder.write("c-good.toml", sampleWith("id = \"sample\"", "id = \"second\""))
        try folder.write("d-semantic.toml", sampleWith("check = \"disputedAmountRecorded\"", "check = \"disputedAmount\""))
        try folder.write("notes.txt", "not a scenario")
        // When the folder is loaded
        let (scenarios, errors) = ScenarioLoader.loadAll(from: folder.url)
        // Then the good ones load, in file order, and each broken one is reported with its line
        #expect(scenarios.map(\.id) == ["sample", "second"])
        #expect(errors.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["b-syntax.toml", "d-semantic.toml"])
        #expect(errors.map(\.line) == [2, 29])
    }

    @Test func aSecondFileWithTheSameIdIsReportedAtItsIdLine() throws {
        let folder = try ScenarioTemporaryFolder()
        try folder.write("one.toml", sample)
        try folder.write("two.toml", sample)
        let (scenarios, errors) = ScenarioLoader.loadAll(from: folder.url)
        #expect(scenarios.count == 1)
        let error = try #require(errors.first)
        #expect(error.file.hasSuffix("two.toml"))
        #expect(error.line == 1)
        #expect(error.message.contains("already used by"))
        #expect(error.message.contains("one.toml"))
    }

    @Test func aFolderReachedThroughASymlinkLoads() throws {
        // Given a scenario folder and a symlink to it (as an installed copy might be)
        let folder = try ScenarioTemporaryFolder()
        try folder.write("sample.toml", sample)
        let link = try ScenarioTemporaryFolder()
        let linked = link.url.appendingPathComponent("scenarios")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: folder.url)
        // When loading through the link, then the scenario is found
        #expect(ScenarioLoader.loadAll(from: linked).scenarios.map(\.id) == ["sample"])
    }

    @Test func aMissingFolderIsOneErrorWithoutALine() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-scenarios-\(UUID().uuidString)")
        let (scenarios, errors) = ScenarioLoader.loadAll(from: missing)
        #expect(scenarios.isEmpty)
        #expect(errors.count == 1)
        #expect(errors.first?.line == nil)
        #expect(errors.first?.description.hasSuffix(": cannot read the scenario folder") == true)
    }

    @Test func aFileThatIsNotUTF8IsReportedAndOthersLoad() throws {
        let folder = try ScenarioTemporaryFolder()
        try folder.write("good.toml", sample)
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: folder.url.appendingPathComponent("binary.toml"))
        let (scenarios, errors) = ScenarioLoader.loadAll(from: folder.url)
        #expect(scenarios.map(\.id) == ["sample"])
        #expect(errors.map(\.message) == ["cannot read the file as UTF-8 text"])
    }
}

/// A fresh folder under the system's temporary directory, removed when the test ends.
final class ScenarioTemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
