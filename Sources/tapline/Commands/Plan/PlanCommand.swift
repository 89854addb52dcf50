import ArgumentParser
import Foundation
import TaplineDomain

/// `tapline plan …`: payment plan sums for scripts and supervisors (Charter 5.4).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Flexible payment plans (Charter 5.4).",
        subcommands: [PlanQuoteCommand.self])
}

/// `tapline plan quote --debt 1234.56 --frequency fortnightly --instalment 45 --start 2026-01-05`.
///
/// Prints the schedule a plan would have — every due date (moved off weekends and public
/// holidays), every amount, the total exact to the cent — and the 5.4(a)-(c) explanation. No
/// database: only the business calendar.
struct PlanQuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Print a plan's schedule and explanation, sized by an instalment amount or a number of instalments.")

    @OptionGroup var calendarOptions: CalendarOptions
    @Option(help: "The configuration file, for its jurisdiction and local holidays (default: $XDG_CONFIG_HOME/tapline/config.toml).")
    var config: String?
    @Option(help: "The amount owed, e.g. 1234.56.", transform: PlanQuoteCommand.amount) var debt: Money
    @Option(help: "weekly, fortnightly or monthly.", transform: PlanQuoteCommand.frequency) var frequency: InstalmentFrequency
    @Option(help: "The first instalment's date, YYYY-MM-DD.", transform: CalendarOptions.date) var start: CivilDate
    @Option(help: "The instalment the customer can pay each period (their capacity to pay).", transform: PlanQuoteCommand.amount)
    var instalment: Money?
    @Option(help: "Split the total into this many equal instalments instead.") var instalments: Int?
    @Option(help: "Usage and service charges expected each period, added to the plan (default none).",
            transform: PlanQuoteCommand.amount)
    var charges: Money?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        switch (instalment, instalments) {
        case (nil, nil): throw ValidationError("give --instalment AMOUNT (capacity to pay) or --instalments N")
        case (.some, .some): throw ValidationError("give --instalment or --instalments, not both")
        default: break
        }
    }

    /// An amount argument, or a refusal that says what is wrong with it.
    static func amount(_ text: String) throws -> Money {
        do {
            return try Money.parse(text)
        } catch {
            throw ValidationError(error.message)
        }
    }

    static func frequency(_ text: String) throws -> InstalmentFrequency {
        guard let frequency = InstalmentFrequency(rawValue: text.lowercased()) else {
            throw ValidationError("“\(text)” is not a frequency: use weekly, fortnightly or monthly")
        }
        return frequency
    }

    func run() throws {
        let sizing: PlanRequest.Sizing = instalment.map { .instalment($0) } ?? .instalments(instalments ?? 0)
        let request = PlanRequest(debt: debt, expectedCharges: (charges ?? .zero).isZero ? .none : .perPeriod(charges ?? .zero),
                                  frequency: frequency, start: start, sizing: sizing)
        let calculation: PlanCalculation
        do {
            calculation = try PaymentPlanCalculator.calculate(request, calendar: calendarOptions.calendar(configPath: config))
        } catch {
            FileHandle.standardError.write(Data("tapline: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
        print(json ? try Self.json(calculation) : Self.text(calculation))
    }

    /// The schedule as a table with its total, then the explanation, one sentence a line.
    static func text(_ calculation: PlanCalculation) -> String {
        let frequency = calculation.request.frequency
        var lines = ["\(frequency.adjective.capitalized) plan: \(calculation.instalments.count) instalments "
                     + "(\(calculation.instalmentSummary)), \(calculation.total.formatted) in all"]
        if let warning = calculation.lengthWarning { lines.append("▲ " + warning) }
        lines += ["",
                     " No  " + "Due date".padding(toLength: 16, withPad: " ", startingAt: 0) + leftPadded("Amount", 12)]
        for instalment in calculation.instalments {
            let date = instalment.dueDate.display + (instalment.wasMoved ? "*" : "")
            lines.append(leftPadded(String(instalment.number), 3) + "  " + date.padding(toLength: 16, withPad: " ", startingAt: 0)
                         + leftPadded(instalment.amount.formatted, 12))
        }
        lines.append("     " + "Total".padding(toLength: 16, withPad: " ", startingAt: 0)
                     + leftPadded(calculation.instalments.map(\.amount).sum().formatted, 12))
        lines.append("")
        lines += calculation.explanation.split(separator: "\n").map(String.init)
        return lines.joined(separator: "\n")
    }

    /// Numbers in a column: padded with spaces on the left to `width`.
    private static func leftPadded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// The quote as JSON: amounts as plain decimal strings ("1234.56"), dates as YYYY-MM-DD.
    struct Quote: Encodable {
        struct Line: Encodable {
            let number: Int
            let scheduledDate: String
            let dueDate: String
            let amount: String
        }

        let debt: String
        let expectedCharges: String
        let total: String
        /// "29 × $126.92 + 1 × $80.14".
        let summary: String
        /// For a plan longer than two years: the day it is reviewed by (YYYY-MM-DD); absent otherwise.
        let reviewBy: String?
        let frequency: String
        let instalments: [Line]
        let explanation: [String]
    }

    static func json(_ calculation: PlanCalculation) throws -> String {
        let quote = Quote(debt: calculation.request.debt.plain, expectedCharges: calculation.expectedChargesTotal.plain,
                          total: calculation.total.plain, summary: calculation.instalmentSummary,
                          reviewBy: calculation.reviewBy?.iso, frequency: calculation.request.frequency.rawValue,
                          instalments: calculation.instalments.map {
                              Quote.Line(number: $0.number, scheduledDate: $0.scheduledDate.iso, dueDate: $0.dueDate.iso,
                                         amount: $0.amount.plain)
                          },
                          explanation: calculation.explanation.split(separator: "\n").map(String.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(quote), as: UTF8.self)
    }
}
