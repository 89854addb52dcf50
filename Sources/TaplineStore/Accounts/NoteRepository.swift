import GRDB
import TaplineDomain

/// Notes on accounts. Notes are only ever appended, so two agents writing notes on the same
/// account at the same time both keep theirs; no version check is needed.
public struct NoteRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Adds a note and its audit entry in one transaction.
    public func add(_ note: Note, to accountNumber: String) throws {
        try database.writer.write { db in
            let id = try AccountRows.id(of: accountNumber, db)
            try AccountWriter(db).insert(note, accountID: id)
            try AuditLog.insert(AuditEntry(who: note.agent, at: note.at, action: .noteAdded, accountNumber: accountNumber), db)
        }
    }

    /// The most recent notes, newest first.
    public func notes(for accountNumber: String, limit: Int = 50) throws -> [Note] {
        try database.writer.read { db in
            try HistoryRows.notes(accountID: AccountRows.id(of: accountNumber, db), limit: limit, db)
        }
    }
}
