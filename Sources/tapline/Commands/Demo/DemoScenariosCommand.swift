import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline demo scenarios [--json]`: the training scenarios, and any file that does not load.
///
/// Every file that loads is listed on stdout; each broken one is reported on stderr as
/// `file:line: what is wrong`. The exit code is 0 when every file loaded and 1 when any did not
/// (the rest are still listed and still playable), so a trainer's edit can be checked in CI.
struct DemoScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios", abstract: "List the training scenarios; report broken scenario files with their line.")

    @OptionGroup var folder: ScenarioFolderOption
    @Flag(help: "Print the scenarios as JSON (sorted keys).") var json = false

    func run() throws {
        let url = folder.folder.map(URL.init(fileURLWithPath:)) ?? Paths.resources.appendingPathComponent("scenarios")
        let (scenarios, errors) = ScenarioLoader.loadAll(from: url)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(scenarios.map(ScenarioListing.init)), as: UTF8.self))
        } else {
            for scenario in scenarios { print(Self.line(scenario)) }
        }
        for error in errors { FileHandle.standardError.write(Data("tapline: \(error)\n".utf8)) }
        if !errors.isEmpty { throw ExitCode(1) }
    }

    /// "disputed-bill-easter  Disputed bill before Easter · Thu 17 Apr 2025 10:30 · 6 points · account 9000001002"
    static func line(_ scenario: Scenario) -> String {
        "\(scenario.id.padding(toLength: 26, withPad: " ", startingAt: 0)) \(scenario.title) · "
            + "\(scenario.now.display) · \(scenario.maxPoints) points · "
            + "account \(scenario.fixture.accountNumber)"
    }
}

/// A scenario as `--json` lists it: the scenario itself and the most points it is worth.
struct ScenarioListing: Encodable {
    let scenario: Scenario
    let maxPoints: Int

    init(_ scenario: Scenario) {
        self.scenario = scenario
        self.maxPoints = scenario.maxPoints
    }
}
