import TaplineDomain
import TaplineStore

extension PostgresStore {
    /// Saves one change to the account's own record, as SQLite's
    /// `AccountRepository.saveAccountChange`: one transaction, the account row locked for it;
    /// `apply` writes the change's own rows and answers the audit trail's words (nil: nothing
    /// differs, nothing written); the version moves in the session's name (the
    /// v4-account-changed-by trigger sets `changed_by` to `session_user`) and the audit entry
    /// is written in it. Refused with `ChangedSinceRead` when someone saved the account since.
    func saveAccountChange(of accountNumber: String, readVersion: Int, at time: LocalDateTime,
                           _ apply: (_ connection: PGConnection, _ id: Int64, _ before: Account) throws -> String?) throws -> Account {
        try transaction { connection in
            guard let locked = try connection.execute("SELECT id, version FROM account WHERE number = $1 FOR UPDATE",
                                                      [accountNumber]).first,
                  let id = locked.int64("id"), let version = locked.int("version"),
                  let before = try PGAccountRows.account(accountNumber, connection)?.account else {
                throw StoreError.accountNotFound(accountNumber)
            }
            guard version == readVersion else { throw try Self.changedSinceRead(accountNumber, id: id, at: time, connection) }
            guard let detail = try apply(connection, id, before) else { return before }
            try connection.execute("""
                UPDATE account SET version = version + 1, changed_by = session_user, changed_at = $1::timestamp, last_change = $2
                WHERE id = $3
                """, [StoredText.moment(time), detail, id])
            try Self.audit(.changed, accountNumber, at: time, detail: detail, connection)
            guard let stored = try PGAccountRows.account(accountNumber, connection)?.account else {
                throw StoreError.accountNotFound(accountNumber)
            }
            return stored
        }
    }
}
