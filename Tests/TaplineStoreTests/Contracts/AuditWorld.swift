import Foundation
import GRDB
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// A fresh store of one kind for the audit trail's tests, with the tester's hands on its raw
/// tables: writing entries as tapline does, and tampering with them as an intruder would.
struct AuditWorld {
    typealias F = StoreFixtures

    let kind: StoreKind
    let store: any AuditStore & AccountsStore
    private let sqlite: AppDatabase?
    private let postgres: PostgresStore?

    init(_ kind: StoreKind) throws {
        self.kind = kind
        switch kind {
        case .sqlite:
            let database = try TestStores.sqlite()
            (store, sqlite, postgres) = (database, database, nil)
        case .postgres:
            let database = try TestStores.postgres()
            (store, sqlite, postgres) = (database, nil, database)
        }
    }

    static let account = "1000000001"

    /// Four entries through the store's own API: the account created, viewed twice, a note.
    func writeEntries() throws {
        _ = try store.createAccount(F.account(Self.account, "Zoë Ng"), by: "setup", at: F.at(9))
        _ = try store.open(Self.account, by: "asmith", at: F.at(10))
        _ = try store.open(Self.account, by: "bnguyen", at: F.at(11))
        try store.addNote(Note(text: "asked who has seen the account", agent: "bnguyen", at: F.at(11, 5)), to: Self.account)
    }

    /// Runs SQL around the trail's defences: on SQLite with its triggers dropped (the head's too); on
    /// PostgreSQL as the superuser with `session_replication_role = replica` (no triggers fire
    /// in that session, so neither the append-only refusal nor the chain).
    func tamper(_ sql: String) throws {
        if let sqlite {
            try sqlite.writer.write { db in
                try db.execute(sql: """
                    DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_chained;
                    DROP TRIGGER audit_chain_head_forward
                    """)
                try db.execute(sql: sql)
            }
        } else if let postgres {
            try postgres.withConnection { connection in
                try connection.execute("SET session_replication_role = replica")
                defer { _ = try? connection.execute("RESET session_replication_role") }
                try connection.executeScript(sql)
            }
        }
    }

    /// Runs SQL as an ordinary client would (psql, the sqlite3 shell), defences and all.
    func execute(_ sql: String) throws {
        if let sqlite {
            try sqlite.writer.write { try $0.execute(sql: sql) }
        } else if let postgres {
            try postgres.withConnection { try $0.executeScript(sql) }
        }
    }

    /// Bytes as a literal in this store's SQL.
    func literal(_ bytes: [UInt8]) -> String {
        kind == .sqlite ? "X'\(PGBytea.hex(bytes))'" : "'\\x\(PGBytea.hex(bytes))'::bytea"
    }

    /// One stored entry: its link and what it says, read back as text and bytes.
    struct Link {
        var sequence: Int64
        var previous: [UInt8]
        var hash: [UInt8]
        var entry: AuditEntry
    }

    /// Every stored entry in sequence order.
    func links() throws -> [Link] {
        if let sqlite {
            return try sqlite.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY seq").map { row in
                    Link(sequence: row["seq"], previous: [UInt8](row["prev_hash"] as Data), hash: [UInt8](row["hash"] as Data),
                         entry: AuditEntry(who: row["who"], at: row["at"], action: AuditAction(rawValue: row["action"])!,
                                           accountNumber: row["account_number"], detail: row["detail"]))
                }
            }
        }
        return try postgres!.withConnection { connection in
            try connection.execute("""
                SELECT seq, prev_hash, hash, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS') AS at, who, action, account_number, detail
                  FROM audit_log ORDER BY seq
                """).rows.map { row in
                Link(sequence: row.int64("seq")!, previous: PGBytea.bytes(row["prev_hash"]!)!, hash: PGBytea.bytes(row["hash"]!)!,
                     entry: AuditEntry(who: row["who"]!, at: LocalDateTime(iso: row["at"]!)!, action: AuditAction(rawValue: row["action"]!)!,
                                       accountNumber: row["account_number"], detail: row["detail"]!))
            }
        }
    }

    /// The hash entry `sequence` would have with `entry`'s values after `previous`.
    func rehash(_ sequence: Int64, previous: [UInt8], _ entry: AuditEntry) -> [UInt8] {
        AuditChain.hash(sequence: sequence, previous: previous, entry: entry)
    }
}
