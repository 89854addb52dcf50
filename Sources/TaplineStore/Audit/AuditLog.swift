import GRDB
import TaplineDomain

/// The append-only record of who viewed or changed what, and when.
///
/// Repositories write their audit entries in the same transaction as the change they record,
/// so a change is never saved without its entry; `record` is for acts outside them.
public struct AuditLog: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    public func record(_ entry: AuditEntry) throws {
        try database.writer.write { db in try Self.insert(entry, db) }
    }

    /// Entries about one account, newest first.
    public func entries(forAccount accountNumber: String, limit: Int = 100) throws -> [AuditEntry] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE account_number = ? ORDER BY at DESC, id DESC LIMIT ?",
                             arguments: [accountNumber, limit]).map(Self.decode)
        }
    }

    /// Entries made by one user, newest first.
    public func entries(by user: String, limit: Int = 100) throws -> [AuditEntry] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE who = ? ORDER BY at DESC, id DESC LIMIT ?",
                             arguments: [user, limit]).map(Self.decode)
        }
    }

    static func insert(_ entry: AuditEntry, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO audit_log(at, who, action, account_number, detail) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [entry.at, entry.who, entry.action.rawValue, entry.accountNumber, entry.detail])
    }

    private static func decode(_ row: Row) -> AuditEntry {
        AuditEntry(who: row["who"], at: row["at"], action: AuditAction(rawValue: row["action"]) ?? .changed,
                   accountNumber: row["account_number"], detail: row["detail"])
    }
}
