import ArgumentParser
import Foundation
import TaplineDomain

/// `tapline calendar …`: the business calendar every deadline uses (Charter Part C), for scripts.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Public holidays and business-day sums, as the console counts them.",
        subcommands: [HolidaysCommand.self, AddBusinessDaysCommand.self]
    )
}

/// Which calendar a command counts with: --jurisdiction, else the configuration's (with its local holidays).
struct CalendarOptions: ParsableArguments {
    @Option(name: .long, help: "AU-VIC or GB-EAW (default: the configuration's, else AU-VIC).",
            transform: CalendarOptions.jurisdiction)
    var jurisdiction: Jurisdiction?

    static func jurisdiction(_ text: String) throws -> Jurisdiction {
        guard let jurisdiction = Jurisdiction(rawValue: text.uppercased()) else {
            let known = Jurisdiction.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown jurisdiction “\(text)” (known: \(known))")
        }
        return jurisdiction
    }

    /// The calendar to count with; configuration problems are reported on stderr, not fatal.
    func calendar(configPath: String?) -> BusinessCalendar {
        if let jurisdiction { return BusinessCalendar(jurisdiction: jurisdiction) }
        let (configuration, warnings) = Configuration.load(from: configPath.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        for warning in warnings { FileHandle.standardError.write(Data("tapline: \(warning)\n".utf8)) }
        return configuration.calendar
    }

    /// A `YYYY-MM-DD` argument, or a clear refusal naming what was typed.
    static func date(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("“\(text)” is not a date: write it as YYYY-MM-DD, e.g. 2026-04-02")
        }
        return date
    }
}

/// `tapline calendar holidays YEAR`: one `YYYY-MM-DD name` line per holiday, or JSON.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays", abstract: "List a year's public holidays.")

    @OptionGroup var calendarOptions: CalendarOptions
    @Option(help: "The configuration file, for its jurisdiction and local holidays (default: $XDG_CONFIG_HOME/tapline/config.toml).")
    var config: String?
    @Argument(help: "The year, e.g. 2026.") var year: Int
    @Flag(help: "Print a JSON list of {date, name, provisional}.") var json = false

    func validate() throws {
        guard (1583...9999).contains(year) else { throw ValidationError("the year must be between 1583 and 9999 (got \(year))") }
    }

    /// One holiday as JSON: a provisional one is predicted, not yet declared (Grand Final Friday).
    struct Entry: Encodable {
        let date: String
        let name: String
        let provisional: Bool
    }

    func run() throws {
        let holidays = calendarOptions.calendar(configPath: config).holidays(in: year)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let entries = holidays.map { Entry(date: $0.date.iso, name: $0.name, provisional: $0.isProvisional) }
            print(String(decoding: try encoder.encode(entries), as: UTF8.self))
        } else {
            for holiday in holidays {
                print("\(holiday.date.iso) \(holiday.name)\(holiday.isProvisional ? " (provisional)" : "")")
            }
        }
    }
}

/// `tapline calendar add-business-days DATE N`: the Nth business day after DATE, and nothing else.
struct AddBusinessDaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-business-days",
        abstract: "Print the Nth business day after DATE (before it when N is negative: write -- -3).")

    @OptionGroup var calendarOptions: CalendarOptions
    @Option(help: "The configuration file, for its jurisdiction and local holidays (default: $XDG_CONFIG_HOME/tapline/config.toml).")
    var config: String?
    @Argument(help: "The start date, YYYY-MM-DD.", transform: CalendarOptions.date) var date: CivilDate
    @Argument(help: "How many business days to add.") var days: Int

    func validate() throws {
        guard abs(days) <= 100_000 else { throw ValidationError("N must be at most 100000 business days either way (got \(days))") }
    }

    func run() throws {
        print(calendarOptions.calendar(configPath: config).adding(businessDays: days, to: date).iso)
    }
}
