import ArgumentParser

/// `tapline`: the console by default, and scriptable subcommands for supervisors and integrations.
@main
struct Tapline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tapline",
        abstract: "A terminal contact-centre console for water utilities' customer-service agents.",
        subcommands: [
            ConsoleCommand.self,
            LookupCommand.self,
            AccountCommand.self,
            SeedCommand.self,
            ImportCommand.self,
            UsersCommand.self,
            AdminCommand.self,
            IncidentsCommand.self,
            AuditCommand.self,
            InteractionsCommand.self, MovesCommand.self,
            ComplaintsCommand.self, CalendarCommand.self,
            PlanCommand.self, RestrictionCommand.self,
            BenchCommand.self,
            DemoCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )
}
