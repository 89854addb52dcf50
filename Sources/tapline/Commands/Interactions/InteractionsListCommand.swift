import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline interactions list [--account N] [--from DATE] [--to DATE] [--reason CODE] [--json]`:
/// calls and other contacts, newest first, with each call's reason, outcome, summary and what
/// was done on it; an unidentified caller's call shows "no account".
struct InteractionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Contacts newest first, with each call's wrap-up: by account, by date (inclusive) and by reason."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this account's contacts.") var account: String?

    @Option(help: "Only contacts started on or after this day (YYYY-MM-DD).") var from: String?

    @Option(help: "Only contacts started on or before this day (YYYY-MM-DD).") var to: String?

    @Option(help: "Only calls with this reason: its code (billing-enquiry) or its words (\"Billing enquiry\").") var reason: String?

    @Option(help: "At most this many, newest first.") var limit = 200

    @Flag(help: "Print JSON (sorted keys) instead of text.") var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
        if let account, let problem = AccountNumber.problem(with: account) { throw ValidationError(problem) }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CivilDate(iso: value) == nil { throw ValidationError("\(name) must be a date YYYY-MM-DD, not “\(value)”") }
        }
        if let from = from.flatMap(CivilDate.init(iso:)), let to = to.flatMap(CivilDate.init(iso:)), to < from {
            throw ValidationError("--to (\(to.iso)) is before --from (\(from.iso))")
        }
    }

    func run() throws {
        let (configuration, warnings) = Configuration.load(from: global.config.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        for warning in warnings { FileHandle.standardError.write(Data("tapline: \(warning)\n".utf8)) }
        let codes = configuration.wrapUpCodes
        var reasonCode: String?
        if let reason {
            guard let found = codes.reason(reason) else {
                throw ValidationError("“\(reason)” is not a reason; the reasons are: " + codes.reasons.map(\.code).joined(separator: ", "))
            }
            reasonCode = found.code
        }
        let search = CallSearch(accountNumber: account, from: from.flatMap(CivilDate.init(iso:)), to: to.flatMap(CivilDate.init(iso:)),
                                reason: reasonCode, limit: limit)
        let session = try StoreFailure.reported { try global.storeLocation().openSession() }
        let calls = try StoreFailure.reported { try session.store.calls(search) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(calls.map { Listed($0, codes: codes) }), as: UTF8.self))
        } else if calls.isEmpty {
            print(account.map { "No interactions recorded on account \($0)." } ?? "No interactions match.")
        } else {
            for call in calls { print(Self.line(call, codes: codes)) }
        }
    }

    /// "2026-12-01 10:32–10:41  1000000001  asmith  Phone  Billing enquiry — Resolved on the call  Asked about…"
    static func line(_ record: CallRecord, codes: WrapUpCodes) -> String {
        let call = record.interaction
        var when = StoredText.moment(call.at).prefix(16).replacingOccurrences(of: "T", with: " ")
        if let end = call.endedAt { when += "–" + StoredText.moment(end).dropFirst(11).prefix(5) }
        let wrapUp = call.reason.map { codes.reasonLabel($0) + " — " + codes.outcomeLabel(call.outcome ?? "") } ?? "no wrap-up"
        return [when, record.accountNumber ?? "no account", call.agent, call.channel.displayName, wrapUp, call.summary]
            .joined(separator: "  ")
    }

    /// One contact as JSON: codes and their words, times as ISO text.
    struct Listed: Encodable {
        let accountNumber: String?
        let startedAt: String
        let endedAt: String?
        let channel: String
        let agent: String
        let reason: String?
        let reasonLabel: String?
        let outcome: String?
        let outcomeLabel: String?
        let summary: String
        let done: [String]

        init(_ record: CallRecord, codes: WrapUpCodes) {
            let call = record.interaction
            accountNumber = record.accountNumber
            startedAt = StoredText.moment(call.at)
            endedAt = call.endedAt.map(StoredText.moment)
            channel = call.channel.rawValue
            agent = call.agent
            reason = call.reason
            reasonLabel = call.reason.map(codes.reasonLabel)
            outcome = call.outcome
            outcomeLabel = call.outcome.map(codes.outcomeLabel)
            summary = call.summary
            done = call.done
        }
    }
}
