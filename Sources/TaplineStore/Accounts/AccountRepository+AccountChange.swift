import GRDB
import TaplineDomain

extension AccountRepository {
    /// Saves one change to the account's own record if nobody saved it since it was read at
    /// `readVersion`: the steps every such change shares (special needs, concessions).
    ///
    /// In one transaction: `apply` writes the change's own rows and answers the audit trail's
    /// words (nil when nothing differs: then nothing is written and the account is returned as
    /// it is); the version moves with who saved it and what, and the audit entry is written.
    /// Refused with `ChangedSinceRead` when someone saved the account since.
    func saveAccountChange(of accountNumber: String, readVersion: Int, by user: String, at time: LocalDateTime,
                           _ apply: (_ db: Database, _ id: Int64, _ before: Account) throws -> String?) throws -> Account {
        try database.writer.write { db in
            guard let saved = try AccountRows.identity(of: accountNumber, db),
                  let before = try AccountRows.fetch(id: saved.id, db) else { throw StoreError.accountNotFound(accountNumber) }
            guard saved.version == readVersion else { throw try Self.changedSinceRead(accountNumber, id: saved.id, at: time, db) }
            guard let detail = try apply(db, saved.id, before) else { return before }
            try db.execute(sql: """
                UPDATE account SET version = version + 1, changed_by = ?, changed_at = ?, last_change = ? WHERE id = ? AND version = ?
                """, arguments: [user, StoredText.moment(time), detail, saved.id, saved.version])
            guard db.changesCount == 1 else { throw try Self.changedSinceRead(accountNumber, id: saved.id, at: time, db) }
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .changed, accountNumber: accountNumber, detail: detail), db)
            guard let stored = try AccountRows.fetch(id: saved.id, db) else { throw StoreError.accountNotFound(accountNumber) }
            return stored
        }
    }
}
