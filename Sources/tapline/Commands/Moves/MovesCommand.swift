import ArgumentParser

/// `tapline moves …`: customers moving out and in (issue 13 item 6).
struct MovesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moves",
        abstract: "Customers moving out and in: what is still owed to them.",
        subcommands: [MovesCharterDueCommand.self]
    )
}
