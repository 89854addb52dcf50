import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline moves charter-due [--json]`: new customers whose copy or summary of the charter
/// (Charter 14.17(b): within one month of becoming a customer) has not been sent, the
/// earliest due first, each due or overdue on today's date: the back office's list to post.
struct MovesCharterDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charter-due",
        abstract: "New customers still owed the charter summary (14.17(b)), the earliest due first."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "At most this many.") var limit = 500

    @Flag(help: "Print JSON (sorted keys) instead of text.") var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        let today = IncidentsListCommand.now(global).date
        let session = try StoreFailure.reported { try global.storeLocation().openSession() }
        let notices = try StoreFailure.reported { try session.store.charterSummariesOutstanding(limit: limit) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(notices.map { Listed($0, today: today) }), as: UTF8.self))
        } else if notices.isEmpty {
            print("No new customer is owed the charter summary.")
        } else {
            for notice in notices {
                print([notice.accountNumber, notice.customerName, notice.summary(on: today)].joined(separator: "  "))
            }
        }
    }

    /// One notice as JSON: dates as ISO text.
    struct Listed: Encodable {
        let accountNumber: String
        let customerName: String
        let due: String
        let overdue: Bool

        init(_ notice: CharterSummaryNotice, today: CivilDate) {
            accountNumber = notice.accountNumber
            customerName = notice.customerName
            due = notice.due.iso
            overdue = today > notice.due
        }
    }
}
