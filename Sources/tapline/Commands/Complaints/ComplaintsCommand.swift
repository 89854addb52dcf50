import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline complaints …`: the complaints register for supervisors' reports and integrations.
struct ComplaintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints", abstract: "Report on the complaints register (Charter 3.1).",
        subcommands: [ComplaintsListCommand.self])
}

/// `tapline complaints list [--overdue] [--due-within N] [--json]`.
///
/// Lists complaints not yet closed, those awaiting a reply first by the date it is due. With
/// `--overdue`, only replies due before today; with `--due-within N`, only replies due on or
/// before the Nth business day from today (overdue ones included).
struct ComplaintsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List complaints, most urgent reply first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var calendarOptions: CalendarOptions
    @Flag(help: "Only complaints whose reply is overdue (Charter 3.1(a)).") var overdue = false
    @Option(name: .customLong("due-within"), help: "Only replies due within N business days from today (overdue included).")
    var dueWithin: Int?
    @Flag(name: .customLong("include-closed"), help: "List closed complaints too.") var includeClosed = false
    @Option(help: "Count from this date instead of today (YYYY-MM-DD).", transform: CalendarOptions.date) var today: CivilDate?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if let dueWithin, dueWithin < 0 { throw ValidationError("--due-within needs 0 or more business days (got \(dueWithin))") }
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

    func run() throws {
        let calendar = calendarOptions.calendar(configPath: global.config)
        let today = self.today ?? Self.today(configPath: global.config)
        var lastDay: CivilDate?
        if overdue { lastDay = today.adding(days: -1) }
        if let dueWithin {
            let within = calendar.adding(businessDays: dueWithin, to: today)
            lastDay = lastDay.map { min($0, within) } ?? within
        }
        let store: AppDatabase
        let path = global.database ?? Paths.defaultDatabase.path
        do {
            store = try AppDatabase.open(path: path)
        } catch let error as StoreError {
            throw ValidationError(error.message)
        }
        let complaints = try store.complaints(calendar: calendar)
            .list(ComplaintListFilter(replyDueOnOrBefore: lastDay, includeClosed: includeClosed))
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
