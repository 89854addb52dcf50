import GRDB
import TaplineDomain

/// Contacts with customers (calls, letters, emails, visits), appended as they happen.
public struct InteractionRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Records a contact and its audit entry in one transaction.
    public func record(_ interaction: Interaction, on accountNumber: String) throws {
        try database.writer.write { db in
            let id = try AccountRows.id(of: accountNumber, db)
            try AccountWriter(db).insert(interaction, accountID: id)
            try AuditLog.insert(AuditEntry(who: interaction.agent, at: interaction.at, action: .interactionRecorded,
                                           accountNumber: accountNumber, detail: interaction.channel.rawValue), db)
        }
    }

    /// The most recent contacts, newest first.
    public func interactions(for accountNumber: String, limit: Int = 50) throws -> [Interaction] {
        try database.writer.read { db in
            try HistoryRows.interactions(accountID: AccountRows.id(of: accountNumber, db), limit: limit, db)
        }
    }
}
