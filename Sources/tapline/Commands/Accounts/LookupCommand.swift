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

/// `tapline account NUMBER`: screen pop straight onto an account (`open`, the default);
/// `tapline account history` writes its billing history (Charter 14.8).
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "account", abstract: "Start the console on an account, or write its billing history.",
                                                    subcommands: [AccountOpenCommand.self, AccountHistoryCommand.self],
                                                    defaultSubcommand: AccountOpenCommand.self)
}

/// `tapline account [open] NUMBER`: screen pop straight onto an account.
struct AccountOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Start the console on an account.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The account number.") var number: String

    func run() throws {
        throw try ConsoleLauncher(options: global).run(start: .account(number: number))
    }
}
