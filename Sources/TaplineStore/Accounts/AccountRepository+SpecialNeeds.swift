import GRDB
import TaplineDomain

extension AccountRepository {
    /// Registers, changes or removes the account's entry on the special-needs register
    /// (Charter 9.5), if nobody saved the account since it was read at `readVersion`; returns
    /// the account as saved (its version one higher), or as it is when nothing differs.
    ///
    /// In one transaction (`saveAccountChange`): the need, date, evidence and notes (all cleared
    /// on removal), the version with who saved it and what, and an audit entry old → new
    /// ("special needs: none → life support (9.5(a)), registered Tue 1 Dec 2026, evidence …"; a
    /// removal says when and why). Refused with `ChangedSinceRead` when someone saved the
    /// account since, and with `StoreError.invalidAccount` when the change breaks a rule
    /// (`SpecialNeedsRules`).
    public func updateSpecialNeeds(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, by: user, at: time) { db, id, before in
            guard let update = try SpecialNeedsUpdate.make(change, over: before, at: time) else { return nil }
            let values = update.columns
            try db.execute(sql: """
                UPDATE account SET special_need = ?, special_need_registered = ?, special_need_evidence = ?, special_need_notes = ?
                WHERE id = ?
                """, arguments: [values.need, values.registered, values.evidence, values.notes, id])
            return update.auditDetail
        }
    }
}
