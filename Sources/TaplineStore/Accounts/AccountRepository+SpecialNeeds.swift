import GRDB
import TaplineDomain

extension AccountRepository {
    /// Registers, changes or removes the account's entry on the special-needs register
    /// (Charter 9.5), if nobody saved the account since it was read at `readVersion`; returns
    /// the account as saved (its version one higher), or as it is when nothing differs.
    ///
    /// In one transaction: the need, date, evidence and notes (all cleared on removal), the
    /// version with who saved it and what, and an audit entry old → new ("special needs: none →
    /// life support (9.5(a)), registered Tue 1 Dec 2026, evidence …"; a removal says when and
    /// why). Refused with `ChangedSinceRead` when someone saved the account since, and with
    /// `StoreError.invalidAccount` when the change breaks a rule (`SpecialNeedsRules`).
    public func updateSpecialNeeds(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try database.writer.write { db in
            guard let saved = try AccountRows.identity(of: accountNumber, db),
                  let before = try AccountRows.fetch(id: saved.id, db) else { throw StoreError.accountNotFound(accountNumber) }
            guard saved.version == readVersion else { throw try Self.changedSinceRead(accountNumber, id: saved.id, at: time, db) }
            guard let update = try SpecialNeedsUpdate.make(change, over: before, at: time) else { return before }
            let values = update.columns
            try db.execute(sql: """
                UPDATE account SET special_need = ?, special_need_registered = ?, special_need_evidence = ?, special_need_notes = ?,
                    version = version + 1, changed_by = ?, changed_at = ?, last_change = ?
                WHERE id = ? AND version = ?
                """, arguments: [values.need, values.registered, values.evidence, values.notes, user, StoredText.moment(time),
                                 update.auditDetail, saved.id, saved.version])
            guard db.changesCount == 1 else { throw try Self.changedSinceRead(accountNumber, id: saved.id, at: time, db) }
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .changed, accountNumber: accountNumber,
                                           detail: update.auditDetail), db)
            guard let stored = try AccountRows.fetch(id: saved.id, db) else { throw StoreError.accountNotFound(accountNumber) }
            return stored
        }
    }
}
