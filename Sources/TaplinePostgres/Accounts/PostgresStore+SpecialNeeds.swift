import TaplineDomain
import TaplineStore

/// The special-needs register on the shared store (Charter 9.5), as SQLite's
/// `AccountRepository.updateSpecialNeeds`: one transaction, the account row locked for it,
/// saved in the session's name (the v4-account-changed-by trigger sets `changed_by` to
/// `session_user` whenever the version moves), the audit entry old → new in the session's name.
extension PostgresStore {
    public func updateSpecialNeeds(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try transaction { connection in
            guard let locked = try connection.execute("SELECT id, version FROM account WHERE number = $1 FOR UPDATE",
                                                      [accountNumber]).first,
                  let id = locked.int64("id"), let version = locked.int("version"),
                  let before = try PGAccountRows.account(accountNumber, connection)?.account else {
                throw StoreError.accountNotFound(accountNumber)
            }
            guard version == readVersion else { throw try Self.changedSinceRead(accountNumber, id: id, at: time, connection) }
            guard let update = try SpecialNeedsUpdate.make(change, over: before, at: time) else { return before }
            let values = update.columns
            try connection.execute("""
                UPDATE account SET special_need = $1, special_need_registered = $2::date, special_need_evidence = $3,
                    special_need_notes = $4, version = version + 1,
                    changed_by = session_user, changed_at = $5::timestamp, last_change = $6
                WHERE id = $7
                """, [values.need, values.registered, values.evidence, values.notes, StoredText.moment(time),
                      update.auditDetail, id])
            try Self.audit(.changed, accountNumber, at: time, detail: update.auditDetail, connection)
            guard let stored = try PGAccountRows.account(accountNumber, connection)?.account else {
                throw StoreError.accountNotFound(accountNumber)
            }
            return stored
        }
    }
}
