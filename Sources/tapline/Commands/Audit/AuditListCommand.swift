import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline audit list --account N [--json]`: the account's audit trail, newest first — who
/// viewed it, who changed what, and when (Charter 14.15). Supervisors and admins only.
struct AuditListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "An account's audit trail, newest first: who viewed, who changed what, when (supervisors and admins)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The account number.") var account: String

    @Option(help: "At most this many entries, newest first.") var limit = 200

    @Flag(help: "Print JSON (sorted keys) instead of text.") var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
        if let problem = AccountNumber.problem(with: account) { throw ValidationError(problem) }
    }

    func run() throws {
        let session = try AuditReader.open(global, doing: "read an account's audit trail")
        let entries = try StoreFailure.reported { try session.store.auditEntries(forAccount: account, limit: limit) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(entries), as: UTF8.self))
        } else if entries.isEmpty {
            print("No audit entries for account \(account).")
        } else {
            for entry in entries { print(AuditTrailLine.text(entry)) }
        }
    }
}
