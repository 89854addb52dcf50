import TaplineDomain
import TaplineStore

extension PostgresStore: AuditStore {
    /// Checks the trail in one REPEATABLE READ snapshot (the head and every entry as of one
    /// moment, whatever is written meanwhile), through a cursor fetched a page at a time in
    /// binary: memory stays one page, and the hashes are taken from libpq's buffers.
    ///
    /// Row-level security shows a non-supervisor only their own entries, and the head only to
    /// supervisors and admins, so for anyone else this fails (permission denied) rather than
    /// passing on part of the trail.
    public func verifyAuditTrail() throws -> AuditVerification {
        try withConnection { connection in
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let verification = try Self.verify(connection)
                try connection.execute("COMMIT")
                return verification
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    private static func verify(_ connection: PGConnection) throws -> AuditVerification {
        var verifier = AuditChainVerifier(head: try head(connection, lock: false))
        try connection.execute("""
            DECLARE audit_trail NO SCROLL CURSOR FOR
            SELECT id, seq, prev_hash, hash, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS'), who, action, account_number, detail
              FROM audit_log ORDER BY seq
            """)
        var reading = true
        while reading {
            reading = try connection.withBinaryRows("FETCH \(page) FROM audit_trail") { rows in
                guard rows.count > 0 else { return false }
                for row in 0..<rows.count {
                    let record = AuditChainRecord(
                        id: rows.int64(row, 0) ?? 0, sequence: rows.int64(row, 1),
                        previousHash: rows.bytes(row, 2) ?? noBytes, hash: rows.bytes(row, 3) ?? noBytes,
                        at: rows.bytes(row, 4) ?? noBytes, who: rows.bytes(row, 5) ?? noBytes, action: rows.bytes(row, 6) ?? noBytes,
                        accountNumber: rows.bytes(row, 7), detail: rows.bytes(row, 8) ?? noBytes)
                    guard verifier.check(record) else { return false }
                }
                return true
            }
        }
        return verifier.finish()
    }

    /// Rows per FETCH: big enough that round trips cost little, small enough to stay a few MB.
    private static let page = 20_000

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
            var rows = PGCopyRows(columns: columns.count, reservingRows: Self.page)
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
                if rows.count == Self.page {
                    try connection.copyBinary(into: "audit_log", columns: columns, rows: rows)
                    rows.removeAll()
                }
                if (index + 1) % 1_000_000 == 0 { progress(index + 1) }
            }
            if !rows.isEmpty { try connection.copyBinary(into: "audit_log", columns: columns, rows: rows) }
            try connection.execute("UPDATE audit_chain_head SET seq = $1, hash = $2::bytea", [head.sequence, head.hash])
            try connection.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain")
        }
    }
}
