import ArgumentParser

/// `tapline` / `tapline console`: the agent's console on the real database.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Start the console (the default).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let launcher = try ConsoleLauncher(options: global)
        throw launcher.run(start: .home)
    }
}
