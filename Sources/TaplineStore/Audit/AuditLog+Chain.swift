import Foundation
import GRDB
import GRDBSQLite

extension AuditLog {
    /// The chain's head as last written; `.empty` for a trail with no head row (which
    /// `verify` then reports, since every entry is past it).
    static func head(_ db: Database) throws -> AuditChainHead {
        guard let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_chain_head") else { return .empty }
        return AuditChainHead(sequence: row["seq"], hash: [UInt8](row["hash"] as Data))
    }

    /// Chains the entries written before "v2-audit-chain", in id order (the migration alone).
    static func chainExisting(_ db: Database) throws {
        var head = AuditChainHead.empty
        let rows = try Row.fetchCursor(db, sql: "SELECT id, at, who, action, account_number, detail FROM audit_log ORDER BY id")
        var encoder = AuditChain.Encoder()
        let update = try db.makeStatement(sql: "UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?")
        while let row = try rows.next() {
            let sequence = head.sequence + 1
            let account: String? = row["account_number"]
            let hash = encoder.hash(sequence: sequence, previous: head.hash, at: Array((row["at"] as String).utf8),
                                    who: Array((row["who"] as String).utf8), action: Array((row["action"] as String).utf8),
                                    account: account.map { Array($0.utf8) }, detail: Array((row["detail"] as String).utf8))
            try update.execute(arguments: [sequence, Data(head.hash), Data(hash), row["id"] as Int64])
            head = AuditChainHead(sequence: sequence, hash: hash)
        }
        try db.execute(sql: "UPDATE audit_chain_head SET seq = ?, hash = ?", arguments: [head.sequence, Data(head.hash)])
    }

    /// Checks every entry in sequence order against the head, in one read transaction (one
    /// snapshot: entries written meanwhile are not half-seen), streaming the rows through
    /// SQLite's C API so the values are hashed where SQLite holds them.
    ///
    /// Memory-mapping is off for the pass: reading the whole trail through the map would make
    /// every page of it resident in this process, where SQLite's page cache stays small.
    public func verify() throws -> AuditVerification {
        try database.writer.read { db in
            try db.execute(sql: "PRAGMA mmap_size = 0")
            defer { try? db.execute(sql: "PRAGMA mmap_size = \(AppDatabase.mappedBytes)") }
            var verifier = AuditChainVerifier(head: try Self.head(db))
            let statement = try db.makeStatement(sql: """
                SELECT id, seq, prev_hash, hash, at, who, action, account_number, detail FROM audit_log ORDER BY seq
                """)
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                                        sql: statement.sql)
                }
                let record = AuditChainRecord(
                    id: sqlite3_column_int64(handle, 0),
                    sequence: sqlite3_column_type(handle, 1) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 1),
                    previousHash: Self.blob(handle, 2) ?? Self.noBytes,
                    hash: Self.blob(handle, 3) ?? Self.noBytes,
                    at: Self.text(handle, 4) ?? Self.noBytes,
                    who: Self.text(handle, 5) ?? Self.noBytes,
                    action: Self.text(handle, 6) ?? Self.noBytes,
                    accountNumber: Self.text(handle, 7),
                    detail: Self.text(handle, 8) ?? Self.noBytes)
                guard verifier.check(record) else { break }
            }
            return verifier.finish()
        }
    }

    /// What a NULL in a NOT NULL column (a tampered row) is read as: it then fails its hash.
    private static var noBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    /// A column's bytes as text (SQLite converts other types), nil for NULL.
    private static func text(_ handle: SQLiteStatement, _ column: Int32) -> UnsafeRawBufferPointer? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let start = sqlite3_column_text(handle, column)
        return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, column)))
    }

    private static func blob(_ handle: SQLiteStatement, _ column: Int32) -> UnsafeRawBufferPointer? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let start = sqlite3_column_blob(handle, column)
        return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, column)))
    }
}
