import ArgumentParser

/// `tapline demo`: the console on its own demo database, with guided training scenarios.
///
/// `tapline demo` starts it (the `start` subcommand is the default); `tapline demo scenarios`
/// lists the scenarios and checks their files.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Demo mode for training: synthetic accounts in a separate database, guided scenarios, scores.",
        subcommands: [DemoStartCommand.self, DemoScenariosCommand.self],
        defaultSubcommand: DemoStartCommand.self
    )
}

/// Where the scenario files are: `--scenarios PATH`, else `scenarios/` beside `themes/`.
struct ScenarioFolderOption: ParsableArguments {
    @Option(name: .customLong("scenarios"), help: "The folder of scenario .toml files (default: the shipped scenarios/).")
    var folder: String?
}
