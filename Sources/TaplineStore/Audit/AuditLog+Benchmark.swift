import Foundation
import GRDB
import TaplineDomain

extension AuditLog {
    /// Appends `count` of `AuditBenchmarkEntries` as the chain's next links in one write
    /// transaction, bound straight through SQLite's C API (`RowInsert`): `tapline bench audit`.
    public func appendBenchmarkEntries(_ count: Int, start: LocalDateTime, progress: (Int) -> Void) throws {
        try database.writer.write { db in
            var head = try Self.head(db)
            var encoder = AuditChain.Encoder()
            let insert = RowInsert(db, "INSERT INTO audit_log(seq, prev_hash, hash, at, who, action, account_number, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for index in 0..<count {
                let entry = AuditBenchmarkEntries.entry(index, start: start)
                let sequence = head.sequence + 1
                let at = StoredText.moment(entry.at)
                let hash = encoder.hash(sequence: sequence, previous: head.hash, at: at.utf8, who: entry.who.utf8,
                                        action: entry.action.rawValue.utf8, account: entry.accountNumber?.utf8, detail: entry.detail.utf8)
                try insert.insert { row in
                    row.add(sequence)
                    row.add(blob: head.hash)
                    row.add(blob: hash)
                    row.add(at)
                    row.add(entry.who)
                    row.add(entry.action.rawValue)
                    row.add(entry.accountNumber)
                    row.add(entry.detail)
                }
                head = AuditChainHead(sequence: sequence, hash: hash)
                if (index + 1) % 1_000_000 == 0 { progress(index + 1) }
            }
            try db.execute(sql: "UPDATE audit_chain_head SET seq = ?, hash = ?", arguments: [head.sequence, Data(head.hash)])
        }
    }
}
