import ArgumentParser

/// `tapline incidents …`: conduct incidents for supervisors and integrations.
struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Conduct incidents: list them, or the supervisors' review queue.",
        subcommands: [IncidentsListCommand.self],
        defaultSubcommand: IncidentsListCommand.self
    )
}
