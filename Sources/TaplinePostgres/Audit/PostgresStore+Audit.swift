import TaplineDomain
import TaplineStore

extension PostgresStore: AuditStore {
    /// Checks the trail in one REPEATABLE READ snapshot (the head and every entry as of one
    /// moment, whatever is written meanwhile), streamed with binary COPY: memory stays a row,
    /// the server reads while this process hashes, and the hashes are taken from libpq's buffers.
    ///
    /// Row-level security shows a non-supervisor only their own entries, and the head only to
    /// supervisors and admins, so for anyone else this fails (permission denied) rather than
    /// passing on part of the trail.
    public func verifyAuditTrail() throws -> AuditVerification {
        try withConnection { connection in
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            // Read only: nothing to keep, and a check stopped early has cancelled its COPY.
            defer { _ = try? connection.execute("ROLLBACK") }
            var verifier = AuditChainVerifier(head: try Self.head(connection, lock: false))
            try connection.copyOut("""
                SELECT id, seq, prev_hash, hash, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS'), who, action, account_number, detail
                  FROM audit_log ORDER BY seq
                """) { row in
                verifier.check(AuditChainRecord(
                    id: row.int64(0) ?? 0, sequence: row.int64(1),
                    previousHash: row.field(2) ?? Self.noBytes, hash: row.field(3) ?? Self.noBytes,
                    at: row.field(4) ?? Self.noBytes, who: row.field(5) ?? Self.noBytes, action: row.field(6) ?? Self.noBytes,
                    accountNumber: row.field(7), detail: row.field(8) ?? Self.noBytes))
            }
            return verifier.finish()
        }
    }

    /// Rows per binary COPY batch when appending benchmark entries.
    private static let batch = 20_000

    /// What a NULL in a NOT NULL column (a tampered row) is read as: it then fails its hash.
    private static var noBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    /// The chain's head; `.empty` when its row is gone (every entry is then past it).
    private static func head(_ connection: PGConnection, lock: Bool) throws -> AuditChainHead {
        guard let row = try connection.execute("SELECT seq, hash FROM audit_chain_head\(lock ? " FOR UPDATE" : "")").first else { return .empty }
        guard let sequence = row.int64("seq"), let hash = PGBytea.bytes(try row.string("hash")) else {
            throw PGError(message: "the audit chain head is unreadable")
        }
        return AuditChainHead(sequence: sequence, hash: hash)
    }

    /// Appends benchmark entries with binary COPY, hashed here by `AuditChain` — the code
    /// `verify` checks with — in one transaction that switches the server's chain trigger off
    /// for itself (so only the table's owner may run it) and moves the head on at the end.
    public func appendBenchmarkAuditEntries(_ count: Int, start: LocalDateTime, progress: (Int) -> Void) throws {
        try transaction { connection in
            try connection.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain")
            var head = try Self.head(connection, lock: true)
            var encoder = AuditChain.Encoder()
            let columns = ["seq", "prev_hash", "hash", "at", "who", "action", "account_number", "detail"]
            var rows = PGCopyRows(columns: columns.count, reservingRows: Self.batch)
            for index in 0..<count {
                let entry = AuditBenchmarkEntries.entry(index, start: start)
                let sequence = head.sequence + 1
                let hash = encoder.hash(sequence: sequence, previous: head.hash, at: StoredText.moment(entry.at).utf8, who: entry.who.utf8,
                                        action: entry.action.rawValue.utf8, account: entry.accountNumber?.utf8, detail: entry.detail.utf8)
                rows.row()
                rows.int64(sequence)
                rows.bytea(head.hash)
                rows.bytea(hash)
                rows.timestamp(entry.at)
                rows.text(entry.who)
                rows.text(entry.action.rawValue)
                rows.text(entry.accountNumber)
                rows.text(entry.detail)
                head = AuditChainHead(sequence: sequence, hash: hash)
                if rows.count == Self.batch {
                    try connection.copyBinary(into: "audit_log", columns: columns, rows: rows)
                    rows.removeAll()
                }
                if (index + 1) % 1_000_000 == 0 { progress(index + 1) }
            }
            if !rows.isEmpty { try connection.copyBinary(into: "audit_log", columns: columns, rows: rows) }
            try connection.execute("UPDATE audit_chain_head SET seq = $1, hash = $2::bytea", [head.sequence, head.hash])
            try connection.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain")
        }
        // Fresh statistics, as autovacuum would soon give: the planner then reads the trail
        // in sequence order through its index rather than sorting ten million rows.
        try withConnection { try $0.execute("ANALYZE audit_log") }
    }
}
