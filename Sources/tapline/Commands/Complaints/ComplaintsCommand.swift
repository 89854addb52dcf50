import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline complaints …`: the complaints register for supervisors' reports and integrations.
struct ComplaintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints", abstract: "Report on the complaints register (Charter 3.1).",
        subcommands: [ComplaintsListCommand.self, ComplaintDecidersCommand.self])

    /// The store the options name (a SQLite file or a PostgreSQL database) and who the user
    /// is on it; a store that cannot be used is reported on stderr with exit status 1.
    static func open(_ global: GlobalOptions) throws -> StoreSession {
        try StoreFailure.reported { try global.storeLocation().openSession() }
    }
}

/// `tapline complaints list [--overdue] [--due-within N] [--disputes] [--json]`.
///
/// Lists complaints not yet closed, those awaiting a reply first by the date it is due. With
/// `--overdue`, only replies due before today; with `--due-within N`, only replies due on or
/// before the Nth business day from today (overdue ones included). With `--disputes`, the open
/// disputes instead (Charter 3.1(e), 3.2): each with the amount held and what it waits on.
struct ComplaintsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List complaints, most urgent reply first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var calendarOptions: CalendarOptions
    @Flag(help: "Only complaints whose reply is overdue (Charter 3.1(a)).") var overdue = false
    @Option(name: .customLong("due-within"), help: "Only replies due within N business days from today (overdue included).")
    var dueWithin: Int?
    @Flag(name: .customLong("include-closed"), help: "List closed complaints too.") var includeClosed = false
    @Flag(help: "List the open disputes, with what each waits on (Charter 3.1(e), 3.2).") var disputes = false
    @Option(help: "Count from this date instead of today (YYYY-MM-DD).", transform: CalendarOptions.date) var today: CivilDate?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if let dueWithin, dueWithin < 0 { throw ValidationError("--due-within needs 0 or more business days (got \(dueWithin))") }
        if disputes, overdue || dueWithin != nil || includeClosed {
            throw ValidationError("--disputes lists open disputes; it cannot be combined with --overdue, --due-within or --include-closed")
        }
    }

    /// One complaint as JSON.
    struct Entry: Encodable {
        let number: String
        let account: String
        let receivedAt: String
        let dueDate: String
        let replyDue: String?
        let urgency: String?
        let status: String
        let level: String
        let category: String
        let disputedAmount: String?
        let loggedBy: String
    }

    /// One open dispute as JSON (Charter 3.2).
    struct DisputeEntry: Encodable {
        let number: String
        let account: String
        let receivedAt: String
        let status: String
        let level: String
        let disputedAmount: String?
        /// The amount held from collection today (3.1(e)); nil when none.
        let heldAmount: String?
        /// What the dispute waits on, one reason each; empty when it may be marked resolved.
        let waitingOn: [String]
        /// The first day 3.2 counted it resolved, when nobody has marked it so yet.
        let resolvableSince: String?
    }

    func run() throws {
        let calendar = calendarOptions.calendar(configPath: global.config)
        let today = self.today ?? Self.today(configPath: global.config)
        var lastDay: CivilDate?
        if overdue { lastDay = today.adding(days: -1) }
        if let dueWithin {
            let within = calendar.adding(businessDays: dueWithin, to: today)
            lastDay = lastDay.map { min($0, within) } ?? within
        }
        let store = try ComplaintsCommand.open(global).store
        if disputes {
            try printDisputes(try StoreFailure.reported { try store.disputes(today: today, calendar: calendar) })
            return
        }
        let complaints = try StoreFailure.reported {
            try store.complaints(ComplaintListFilter(replyDueOnOrBefore: lastDay, includeClosed: includeClosed))
        }
        let entries = complaints.map { Self.entry($0, today: today, calendar: calendar) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(entries.isEmpty ? "[]" : String(decoding: try encoder.encode(entries), as: UTF8.self))
            return
        }
        if entries.isEmpty { print("No complaints match.") }
        for entry in entries {
            let due = entry.replyDue.map { "reply due \($0)" } ?? "no reply awaited   "
            let urgency = (entry.urgency.flatMap(ComplaintUrgency.init(rawValue:))?.word ?? "").padding(toLength: 9, withPad: " ", startingAt: 0)
            print("\(entry.number)  \(entry.account)  \(due)  \(urgency)  \(entry.status)  \(entry.level)")
        }
    }

    private func printDisputes(_ queue: [DisputeQueueEntry]) throws {
        let entries = queue.map { entry in
            DisputeEntry(number: entry.complaint.id, account: entry.complaint.accountNumber,
                         receivedAt: entry.complaint.receivedAt.iso, status: entry.complaint.status.displayName,
                         level: entry.complaint.level.title, disputedAmount: entry.complaint.disputedAmount?.plain,
                         heldAmount: entry.held?.plain, waitingOn: entry.waitingOn.map(\.message),
                         resolvableSince: entry.resolvableSince?.iso)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(entries.isEmpty ? "[]" : String(decoding: try encoder.encode(entries), as: UTF8.self))
            return
        }
        if queue.isEmpty { print("No disputes are open.") }
        for entry in queue {
            let held = entry.held.map { "held \($0.formatted)" } ?? "nothing held"
            print("\(entry.complaint.id)  \(entry.complaint.accountNumber)  \(entry.complaint.level.title)  \(held)  waits on: \(entry.waitingOnText)")
        }
    }

    static func entry(_ complaint: Complaint, today: CivilDate, calendar: BusinessCalendar) -> Entry {
        Entry(number: complaint.id, account: complaint.accountNumber, receivedAt: complaint.receivedAt.iso,
              dueDate: complaint.dueDate.iso, replyDue: complaint.replyDue(calendar: calendar)?.iso,
              urgency: complaint.urgency(today: today, calendar: calendar)?.rawValue,
              status: complaint.status.displayName, level: complaint.level.title, category: complaint.category.rawValue,
              disputedAmount: complaint.disputedAmount?.plain, loggedBy: complaint.timeline.first?.agent ?? "")
    }

    /// Today in the utility's time zone (the configuration's, else Melbourne).
    static func today(configPath: String?) -> CivilDate {
        let (configuration, _) = Configuration.load(from: configPath.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        let zone = configuration.timeZone.flatMap(TimeZone.init(identifier:)).map(UtilityZone.init) ?? .melbourne
        return zone.local(Date()).date
    }
}

/// `tapline complaints deciders [set USER --name NAME [--level LEVEL] | list]`: who decides complaints
/// at each level (Charter 3.1(d)(1)).
///
/// A decision at Team Leader, Manager or General Manager level is recorded by the person who
/// holds that level, or by a supervisor on their behalf (`ComplaintAuthority`); this names the
/// holders, and the name letters give anyone who decides.
struct ComplaintDecidersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deciders", abstract: "Who holds each complaint level, and their names in letters (Charter 3.1(d)(1)).",
        subcommands: [ComplaintDecidersListCommand.self, ComplaintDecidersSetCommand.self],
        defaultSubcommand: ComplaintDecidersListCommand.self)
}

struct ComplaintDecidersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List complaint deciders.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try ComplaintsCommand.open(global).store
        let deciders = try StoreFailure.reported { try store.complaintDeciders() }
        if deciders.isEmpty { print("No complaint deciders are configured.") }
        for decider in deciders {
            print("\(decider.user)\t\(decider.name)\t\(decider.holds?.rawValue ?? "-")")
        }
    }
}

struct ComplaintDecidersSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Name a user in letters and say which complaint level they hold.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The console user (their login).") var user: String
    @Option(help: "Their name in letters, e.g. \"Sam Lee\".") var name: String
    @Option(help: "team-leader, manager, general-manager, or none.") var level = "none"

    func validate() throws {
        if user.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give the user's login") }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name needs the name letters give them") }
        if level != "none", EscalationLevel(rawValue: level) == nil {
            throw ValidationError("--level must be team-leader, manager, general-manager or none, not “\(level)”")
        }
    }

    func run() throws {
        let session = try ComplaintsCommand.open(global)
        let now = UtilityZone.melbourne.local(Date())
        try StoreFailure.reported {
            try session.store.setComplaintDecider(user, name: name, level: EscalationLevel(rawValue: level), by: session.user, at: now)
        }
        print("\(user): \(name), \(EscalationLevel(rawValue: level).map { "holds \($0.title)" } ?? "holds no complaint level")")
    }
}
