import Foundation
import GRDB
import TaplineDomain

/// How a complaint is written to and read from the `complaint` table (the status words and
/// the JSON body are shared with the PostgreSQL store).
public enum ComplaintRows {
    /// The stored word for a status, as the table's CHECK constraint names it.
    public static func statusWord(_ status: ComplaintStatus) -> String {
        switch status {
        case .open: return "open"
        case .responded: return "responded"
        case .furtherReviewSought: return "further-review"
        case .resolved: return "resolved"
        case .closed: return "closed"
        }
    }

    /// The columns a save sets from the complaint, beside its JSON body, in both stores: what
    /// the queues read without decoding it (the `DisputeFacts` among them).
    public static let savedColumns = ["reply_due", "status", "level", "owner", "event_count", "dispute_candidate",
                                      "decided_on", "claim_open", "claim_finalised_on", "body"]

    static func savedArguments(_ complaint: Complaint, calendar: BusinessCalendar) throws -> StatementArguments {
        let facts = DisputeFacts(complaint)
        return [complaint.replyDue(calendar: calendar), statusWord(complaint.status), complaint.level.rawValue,
                complaint.owner, complaint.timeline.count, facts.mayList, facts.decidedOn, facts.claimOpen,
                facts.claimFinalisedOn, try encode(complaint)]
    }

    static func insert(_ complaint: Complaint, year: Int, sequence: Int, accountID: Int64,
                       calendar: BusinessCalendar, _ db: Database) throws {
        let fixed: StatementArguments = [
            complaint.id, year, sequence, accountID, complaint.receivedAt, complaint.dueDate,
            complaint.category.rawValue, complaint.channel.rawValue, complaint.disputedAmount,
            complaint.timeline.first?.agent ?? "", complaint.timeline.first?.at ?? complaint.receivedAt,
        ]
        // Cached: a benchmark's bulk load inserts a million through here.
        try db.cachedStatement(sql: """
            INSERT INTO complaint (number, year, sequence, account_id, received_at, due_date, category, channel,
                                   disputed_cents, logged_by, logged_at, \(savedColumns.joined(separator: ", ")))
            VALUES (\(sqlPlaceholders(11 + savedColumns.count)))
            """).execute(arguments: fixed + savedArguments(complaint, calendar: calendar))
    }

    /// The stored complaint with this number, or nil.
    static func fetch(number: String, _ db: Database) throws -> Complaint? {
        try String.fetchOne(db, sql: "SELECT body FROM complaint WHERE number = ?", arguments: [number]).map(decode)
    }

    public static func encode(_ complaint: Complaint) throws -> String {
        String(decoding: try encoder.encode(complaint), as: UTF8.self)
    }

    public static func decode(_ body: String) throws -> Complaint {
        try JSONDecoder().decode(Complaint.self, from: Data(body.utf8))
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension ComplaintRows {
    /// A queue row from its stored words, as both stores read them; a word this build does not
    /// know is refused rather than shown as something it is not.
    public static func summary(number: String, accountNumber: String, customerName: String?, category: String, level: String,
                               replyDue: CivilDate?, receivedAt: LocalDateTime, owner: String) throws -> ComplaintSummary {
        guard let category = ComplaintCategory(rawValue: category) else { throw StoreError.unreadable("complaint \(number): category \(category)") }
        guard let level = EscalationLevel(rawValue: level) else { throw StoreError.unreadable("complaint \(number): level \(level)") }
        return ComplaintSummary(id: number, accountNumber: accountNumber, customerName: customerName ?? "", category: category,
                                level: level, replyDue: replyDue, receivedAt: receivedAt, owner: owner)
    }
}
