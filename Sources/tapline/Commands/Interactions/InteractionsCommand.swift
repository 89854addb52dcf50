import ArgumentParser

/// `tapline interactions …`: contacts with customers, for reporting (issue 13 item 1).
struct InteractionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interactions",
        abstract: "Contacts with customers (calls and their wrap-ups), for reporting.",
        subcommands: [InteractionsListCommand.self]
    )
}
