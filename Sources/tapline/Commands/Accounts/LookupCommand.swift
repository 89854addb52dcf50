import ArgumentParser

/// `tapline lookup [QUERY]`: screen pop onto the lookup with the caller's number already typed.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Start the console on account lookup, with QUERY already typed.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "What to search for: a phone number, account number, name…") var query: [String] = []

    func run() throws {
        throw try ConsoleLauncher(options: global).run(start: .lookup(query: query.joined(separator: " ")))
    }
}

/// `tapline account NUMBER`: screen pop straight onto an account; `tapline account history`
/// writes its billing history (Charter 14.8).
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "account", abstract: "Start the console on an account.",
                                                    subcommands: [AccountHistoryCommand.self])

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The account number.") var number: String

    func run() throws {
        throw try ConsoleLauncher(options: global).run(start: .account(number: number))
    }
}
