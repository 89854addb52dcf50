import Foundation
import TaplineDomain
import TaplineStore

/// The shared store's call records (issue 13 item 1): each call in the name of the session's
/// login, audited in the same transaction; searches by account, date and reason.
extension PostgresStore: CallRecordsStore {
    /// Records the call in the session's name (the call's `agent` is what SQLite records).
    public func recordCall(_ call: Interaction, on accountNumber: String?) throws {
        try transaction { connection in
            let id = try accountNumber.map { try PGAccountRows.id(of: $0, connection) }
            try connection.execute("""
                INSERT INTO interaction(account_id, at, channel, agent, summary, reason, outcome, ended_at, done)
                VALUES ($1, $2::timestamp, $3, session_user, $4, $5, $6, $7::timestamp, $8)
                """, [id, StoredText.moment(call.at), call.channel.rawValue, call.summary, call.reason, call.outcome,
                      call.endedAt.map(StoredText.moment), call.done.joined(separator: "\n")])
            try connection.execute("INSERT INTO audit_log(at, action, account_number, detail) VALUES ($1::timestamp, $2, $3, $4)",
                                   [StoredText.moment(call.at), AuditAction.interactionRecorded.rawValue, accountNumber,
                                    InteractionRepository.auditDetail(call)])
        }
    }

    public func calls(_ search: CallSearch) throws -> [CallRecord] {
        try withConnection { connection in
            var conditions: [String] = []
            var parameters: [(any PGBindable)?] = []
            func condition(_ sql: String, _ value: any PGBindable) {
                parameters.append(value)
                conditions.append(sql.replacingOccurrences(of: "?", with: "$\(parameters.count)"))
            }
            if let number = search.accountNumber { condition("a.number = ?", number) }
            if let from = search.from { condition("i.at >= ?::date", from.iso) }
            if let to = search.to { condition("i.at < ?::date", to.adding(days: 1).iso) }
            if let reason = search.reason { condition("i.reason = ?", reason) }
            parameters.append(search.limit)
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try connection.execute("""
                SELECT a.number, i.at, i.channel, i.agent, i.summary, i.reason, i.outcome, i.ended_at, i.done
                FROM interaction i LEFT JOIN account a ON a.id = i.account_id
                \(filter) ORDER BY i.at DESC, i.id DESC LIMIT $\(parameters.count)
                """, parameters).rows.map { row in
                CallRecord(accountNumber: row["number"], interaction: try PGAccountRows.interaction(row))
            }
        }
    }

    /// Row-level security shows an agent only their own audit entries, which is all this needs.
    public func callActivity(on accountNumber: String, by agent: String, since start: LocalDateTime) throws -> [String] {
        CallActivity.done(from: try auditEntries(forAccount: accountNumber, limit: 500), by: agent, on: accountNumber, since: start)
    }
}
