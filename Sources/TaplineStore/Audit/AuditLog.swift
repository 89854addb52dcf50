import Foundation
import GRDB
import TaplineDomain

/// The append-only record of who viewed or changed what, and when, each entry chained to the
/// one before (`AuditChain`).
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

    /// Appends an entry as the chain's next link, inside the caller's write transaction.
    ///
    /// The head's UPDATE comes first, so the transaction holds SQLite's write lock before it
    /// reads the previous hash: two consoles on one file cannot both take the same number.
    static func insert(_ entry: AuditEntry, _ db: Database) throws {
        guard let head = try Row.fetchOne(db.cachedStatement(sql: "UPDATE audit_chain_head SET seq = seq + 1 RETURNING seq, hash")) else {
            throw StoreError.refused("the audit chain has no head: the trail has been tampered with (run tapline audit verify)")
        }
        let sequence: Int64 = head["seq"]
        let previous = [UInt8](head["hash"] as Data)
        let hash = AuditChain.hash(sequence: sequence, previous: previous, entry: entry)
        try db.cachedStatement(sql: """
            INSERT INTO audit_log(seq, prev_hash, hash, at, who, action, account_number, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [sequence, Data(previous), Data(hash), entry.at, entry.who, entry.action.rawValue,
                                     entry.accountNumber, entry.detail])
        try db.cachedStatement(sql: "UPDATE audit_chain_head SET hash = ?").execute(arguments: [Data(hash)])
    }

    private static func decode(_ row: Row) -> AuditEntry {
        AuditEntry(who: row["who"], at: row["at"], action: AuditAction(rawValue: row["action"]) ?? .changed,
                   accountNumber: row["account_number"], detail: row["detail"])
    }
}
