import GRDB
import TaplineDomain

/// Contacts with customers (calls, letters, emails, visits), appended as they happen.
public struct InteractionRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Records a contact and its audit entry in one transaction.
    public func record(_ interaction: Interaction, on accountNumber: String) throws {
        try recordCall(interaction, on: accountNumber)
    }

    /// Records a contact with its wrap-up, on an account or on none (an unidentified caller),
    /// and its audit entry, in one transaction.
    public func recordCall(_ call: Interaction, on accountNumber: String?) throws {
        try database.writer.write { db in
            let id = try accountNumber.map { try AccountRows.id(of: $0, db) }
            try db.execute(sql: """
                INSERT INTO interaction(account_id, at, channel, agent, summary, reason, outcome, ended_at, done)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, call.at, call.channel.rawValue, call.agent, call.summary, call.reason, call.outcome,
                                 call.endedAt, Self.doneText(call.done)])
            try AuditLog.insert(AuditEntry(who: call.agent, at: call.at, action: .interactionRecorded,
                                           accountNumber: accountNumber, detail: Self.auditDetail(call)), db)
        }
    }

    /// The most recent contacts, newest first.
    public func interactions(for accountNumber: String, limit: Int = 50) throws -> [Interaction] {
        try database.writer.read { db in
            try HistoryRows.interactions(accountID: AccountRows.id(of: accountNumber, db), limit: limit, db)
        }
    }

    /// Contacts matching `search`, newest first; an account that does not exist has none.
    public func calls(_ search: CallSearch) throws -> [CallRecord] {
        try database.writer.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let number = search.accountNumber {
                conditions.append("a.number = ?")
                arguments += [number]
            }
            if let from = search.from {
                conditions.append("i.at >= ?")
                arguments += [from.iso]
            }
            if let to = search.to {
                conditions.append("i.at < ?")
                arguments += [to.adding(days: 1).iso]
            }
            if let reason = search.reason {
                conditions.append("i.reason = ?")
                arguments += [reason]
            }
            arguments += [search.limit]
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: """
                SELECT a.number, i.at, i.channel, i.agent, i.summary, i.reason, i.outcome, i.ended_at, i.done
                FROM interaction i LEFT JOIN account a ON a.id = i.account_id
                \(filter) ORDER BY i.at DESC, i.id DESC LIMIT ?
                """, arguments: arguments).map { row in
                CallRecord(accountNumber: row["number"], interaction: HistoryRows.interaction(row))
            }
        }
    }

    /// What the audit trail says is stored on the call's `done` column: one line each.
    static func doneText(_ done: [String]) -> String { done.joined(separator: "\n") }

    /// "phone: billing-enquiry, resolved" — the channel, and the wrap-up's codes when it had one.
    public static func auditDetail(_ call: Interaction) -> String {
        guard let reason = call.reason, let outcome = call.outcome else { return call.channel.rawValue }
        return "\(call.channel.rawValue): \(reason), \(outcome)"
    }
}
