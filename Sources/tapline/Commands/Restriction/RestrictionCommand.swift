import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI

/// `tapline restriction …`: whether an account's supply may be restricted (Charter 7.1-7.3).
struct RestrictionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restriction", abstract: "Restriction of supply for non-payment (Charter 7).",
        subcommands: [RestrictionCheckCommand.self, FireBanCommand.self])
}

/// `tapline restriction check ACCOUNT [--at 2026-03-06T14:59] [--json]`.
///
/// Judges the account's record in the store — a SQLite file or a PostgreSQL database (notices, contacts, plans, hardship,
/// applications, complaints, special needs, fire bans) at a moment in the utility's time zone —
/// now unless `--at` says otherwise — and prints PERMITTED with the notes to follow, or NOT
/// PERMITTED with every reason and its clause. Exit status 0 either way; 1 when there is no
/// such account.
struct RestrictionCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Say whether the account's water supply may be restricted, and why not.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The account number.") var account: String
    @Option(help: "The moment to check at, in the utility's time zone: YYYY-MM-DDTHH:MM (default: now).",
            transform: RestrictionCheckCommand.moment)
    var at: LocalDateTime?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if let problem = AccountNumber.problem(with: account) { throw ValidationError(problem) }
    }

    static func moment(_ text: String) throws -> LocalDateTime {
        guard let moment = LocalDateTime(iso: text) else {
            throw ValidationError("“\(text)” is not a date and time: write it as YYYY-MM-DDTHH:MM, e.g. 2026-03-06T14:59")
        }
        return moment
    }

    /// The decision as JSON.
    struct Result: Encodable {
        struct Reason: Encodable {
            let clause: String
            let message: String
        }

        let account: String
        let at: String
        let permitted: Bool
        let reasons: [Reason]
        let notes: [String]
    }

    func run() throws {
        let (configuration, warnings) = Configuration.load(from: global.config.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        for warning in warnings { FileHandle.standardError.write(Data("tapline: \(warning)\n".utf8)) }
        let zone = configuration.timeZone.flatMap(TimeZone.init(identifier:)).map(UtilityZone.init) ?? .melbourne
        let moment = at ?? zone.local(Date())
        let location = try StoreFailure.reported { try global.storeLocation() }
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("there is no database at \(path) (give --database PATH)")
        }
        let facts: RestrictionFacts
        do {
            facts = try StoreFailure.reported {
                let store = try location.openSession().store
                return try StoreRestriction(store: store, calendar: configuration.calendar).facts(for: account, today: moment.date)
            }
        } catch let error as PlansPortError {
            FileHandle.standardError.write(Data("tapline: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
        let decision = RestrictionCheck.evaluate(facts, at: moment, calendar: configuration.calendar)
        if json {
            let result = Result(account: account, at: moment.iso, permitted: decision.isPermitted,
                                reasons: decision.reasons.map { Result.Reason(clause: $0.clause, message: $0.message) },
                                notes: decision.notes)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
            return
        }
        print("Account \(account), checked \(moment.display)")
        switch decision {
        case .permitted(let notes):
            print("PERMITTED")
            for note in notes { print("  \(note)") }
        case .notPermitted(let reasons):
            print("NOT PERMITTED (\(reasons.count) reason\(reasons.count == 1 ? "" : "s"))")
            for reason in reasons { print("  " + reason.clause.padding(toLength: 10, withPad: " ", startingAt: 0) + reason.message) }
        }
    }
}
