import Foundation
import TaplineTestSupport
import Testing

/// `tapline demo` in tmux at 80x24, and its command line, as a trainee and a trainer meet them.
@Suite("End to end: demo mode", .serialized)
struct DemoEndToEndTests {
    /// A private folder for a command-line run, and the environment that points Tapline at it.
    private struct Home {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-demo-\(UUID().uuidString)")
        var environment: [String: String] {
            ["HOME": url.path, "XDG_DATA_HOME": url.appendingPathComponent("data").path,
             "XDG_CONFIG_HOME": url.appendingPathComponent("config").path, "TAPLINE_HOME": TmuxSession.packageRoot.path,
             "USER": "amy", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    /// A scenarios folder with the life-support scenario and a copy of it that starts on a
    /// screen the console does not have; returns the folder and the line of the broken key.
    private static func brokenFolder(in home: Home) throws -> (folder: URL, line: Int) {
        let folder = home.url.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = try String(contentsOf: TmuxSession.packageRoot.appendingPathComponent("scenarios/life-support-restriction.toml"),
                              encoding: .utf8)
        try good.write(to: folder.appendingPathComponent("life-support-restriction.toml"), atomically: true, encoding: .utf8)
        let broken = good.replacingOccurrences(of: "id = \"life-support-restriction\"", with: "id = \"broken\"")
            .replacingOccurrences(of: "start_screen = \"account\"", with: "start_screen = \"phone\"")
        try broken.write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("start_screen") })
        return (folder, line + 1)
    }

    @Test func aWholeLifeSupportCallScoresFullMarksOnTheDemoDatabaseNeverTheRealOne_7_3b() throws {
        // Given a first start of demo mode: it makes its own small database
        let tmux = try TmuxSession(arguments: ["demo", "--accounts", "200"])
        let home = try tmux.waitFor("Where to?", timeout: 60)
        #expect(home.contains("DEMO — TRAINING DATA"))
        // When the trainee opens Training scenarios and takes the life-support call
        try tmux.type(try tmux.homeAreaNumber("Training scenarios"))
        try tmux.waitFor("Choose a call to take")
        // Down until the life-support call is selected: where it stands depends on the scenarios shipped.
        var list = try tmux.screen()
        for _ in 0..<12 where !list.contains("▸ Can you restrict a life-support customer?") {
            try tmux.press("Down")
            Thread.sleep(forTimeInterval: 0.2)
            list = try tmux.screen()
        }
        try tmux.waitFor("▸ Can you restrict a life-support customer?")
        try tmux.press("Enter")
        // Then the account opens at the scenario's moment with the caller beside it
        let call = try tmux.waitFor("Priya Sharma  ·  Account 9000001004")
        #expect(call.contains("Tue 12 Aug 2025 10:15"))
        #expect(call.contains("▲ LIFE SUPPORT"))
        #expect(call.contains("Caller · Priya Sharma"))
        #expect(call.contains("“ Hello, it's Priya Sharma."))
        // When she checks restriction (r): refused for life support, and the caller is relieved
        try tmux.type("r")
        try tmux.waitFor("thank goodness")
        var reasons = try tmux.waitFor("✖ NOT PERMITTED")
        for _ in 0..<6 where !reasons.contains("7.3(b)") {
            try tmux.press("Down")
            reasons = try tmux.screen()
        }
        #expect(try tmux.waitFor("7.3(b)").contains("registered as a special-needs customer"))
        // And ends the call with F12 from the screen she is on
        try tmux.press("F12")
        // Then her score card shows full marks, and the console is back on real time
        let card = try tmux.waitFor("FULL MARKS")
        #expect(card.contains("5 of 5 points (100%)"))
        #expect(card.contains("Charter 7.3(b), 9.5(a)"))
        #expect(!card.contains("Caller ·"))
        #expect(!card.contains("12 Aug 2025"))
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        // And only the demo database was made
        let data = tmux.home.appendingPathComponent("data/tapline")
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("demo.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("tapline.sqlite").path))
    }

    @Test func aBrokenScenarioFileIsShownWithItsLineAndTheOthersStillPlay() throws {
        let home = Home()
        defer { home.remove() }
        let (folder, line) = try Self.brokenFolder(in: home)
        let tmux = try TmuxSession(arguments: ["demo", "--accounts", "50", "--scenarios", folder.path])
        try tmux.type(try tmux.homeAreaNumber("Training scenarios", timeout: 60))
        // The problem's own line is drawn last: waiting for it, not the heading, avoids reading a half-drawn frame.
        let screen = try tmux.waitFor(":\(line): unknown start screen “phone”")
        #expect(screen.contains("could not be loaded"))
        #expect(screen.contains("▸ Can you restrict a life-support customer?"))
        #expect(screen.contains("broken.toml"))
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func demoRefusesTheRealDatabase() throws {
        let home = Home()
        defer { home.remove() }
        let real = home.url.appendingPathComponent("real.sqlite").path
        let result = try Spawn.run([TmuxSession.binary.path, "demo", "--database", real], environment: home.environment,
                                   captureStderr: true)
        #expect(result.status != 0)
        #expect(result.output.contains("demo mode never opens a real database"))
        #expect(!FileManager.default.fileExists(atPath: real))
    }

    @Test func demoScenariosListsTheGoodOnesAndReportsTheBrokenOnStderrWithExit1() throws {
        let home = Home()
        defer { home.remove() }
        let (folder, line) = try Self.brokenFolder(in: home)
        let binary = TmuxSession.binary.path
        // stdout alone: the scenario that loaded
        let listed = try Spawn.run([binary, "demo", "scenarios", "--scenarios", folder.path], environment: home.environment)
        #expect(listed.status == 1)
        #expect(listed.output.contains("life-support-restriction"))
        #expect(listed.output.contains("Tue 12 Aug 2025 10:15 · 5 points · account 9000001004"))
        #expect(!listed.output.contains("broken.toml"))
        // with stderr: the broken file with its line
        let both = try Spawn.run([binary, "demo", "scenarios", "--scenarios", folder.path], environment: home.environment,
                                 captureStderr: true)
        #expect(both.output.contains("broken.toml:\(line): unknown start screen “phone”"))
        // The shipped scenarios all load: exit 0, and --json gives each with its most points
        let json = try Spawn.run([binary, "demo", "scenarios", "--json"], environment: home.environment)
        #expect(json.status == 0)
        let listing = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        let shipped = try FileManager.default.contentsOfDirectory(atPath: TmuxSession.packageRoot.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".toml") }
        #expect(listing?.count == shipped.count)
        #expect(listing?.contains { ($0["scenario"] as? [String: Any])?["id"] as? String == "disputed-bill-easter" && $0["maxPoints"] as? Int == 6 } == true)
    }
}
