import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline incidents list [--pending] [--json]`: conduct incidents the user may see.
///
/// On a SQLite file the user is the operating-system user and their role comes from the user
/// directory (`tapline users set-role`; someone not in it is an agent); on PostgreSQL
/// (`--database postgresql://…`) the user is the database login and the role its group role,
/// and row-level security holds the rule: supervisors list every incident, agents the ones
/// they raised, trainers none. `--pending` is the supervisors' review queue,
/// longest waiting first. The listing is recorded in the audit log, like a view on screen.
struct IncidentsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List conduct incidents: supervisors all, agents their own; --pending for the review queue."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Only reported incidents waiting for a supervisor's decision, longest waiting first (supervisors only).")
    var pending = false

    @Flag(help: "Print JSON (sorted keys) instead of text.")
    var json = false

    @Option(help: "At most this many incidents, newest first (without --pending).")
    var limit = 200

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        let (store, user) = try IncidentsStore.open(global)
        let role = try store.conductRole(of: user)
        let incidents: [ConductIncident]
        do {
            incidents = pending ? try store.incidentReviewQueue(role: role) : try store.incidents(for: user, role: role, limit: limit)
        } catch let refusal as ConductRefusal {
            throw Self.refused(refusal.message, user: user, role: role)
        } catch let error as ConductStoreError {
            throw Self.refused(error.message, user: user, role: role)
        }
        let listings = zip(incidents, try store.earlierIncidents(forEach: incidents)).map { IncidentListing($0, earlier: $1) }
        try store.recordIncidentListing(count: listings.count, awaitingReview: pending, by: user, at: Self.now(global))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(listings), as: UTF8.self))
        } else {
            print(IncidentListing.text(listings, pending: pending))
        }
    }

    /// A refusal on stderr with the user's role, and exit code 1.
    static func refused(_ message: String, user: String, role: Role) -> ExitCode {
        FileHandle.standardError.write(Data("tapline: \(message) (\(user) is \(role == .agent ? "an" : "a") \(role.rawValue))\n".utf8))
        return ExitCode(1)
    }

    /// Now in the utility's zone (config.toml's time_zone, else Melbourne).
    static func now(_ global: GlobalOptions) -> LocalDateTime {
        let (configuration, _) = Configuration.load(from: global.config.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        let zone = configuration.timeZone.flatMap(TimeZone.init(identifier:)).map(UtilityZone.init) ?? .melbourne
        return zone.local(Date())
    }
}
