import TaplineDomain
import TaplineStore

/// An agent's correction of an account's contact details on the shared store (issue 13 item 2),
/// as SQLite's `AccountRepository.updateContactDetails`: one transaction, the account row locked
/// for it, saved in the session's name (a trigger sets `changed_by` to `session_user` on every
/// change of version, whatever a caller writes), the lookup index replaced, the audit entry old → new.
extension PostgresStore {
    public func updateContactDetails(_ details: ContactDetails, of accountNumber: String, readVersion: Int,
                                     by user: String, at time: LocalDateTime) throws -> Account {
        let details = details.normalised
        if let problem = details.firstProblem { throw StoreError.invalidAccount(accountNumber: accountNumber, reason: problem) }
        return try transaction { connection in
            guard let locked = try connection.execute("SELECT id, version FROM account WHERE number = $1 FOR UPDATE",
                                                      [accountNumber]).first,
                  let id = locked.int64("id"), let version = locked.int("version"),
                  let before = try PGAccountRows.account(accountNumber, connection)?.account else {
                throw StoreError.accountNotFound(accountNumber)
            }
            guard version == readVersion else { throw try Self.changedSinceRead(accountNumber, id: id, at: time, connection) }
            guard let change = try ContactDetailsChange.make(details, over: before) else { return before }
            let after = change.after, words = change.auditDetail
            // Addresses are never updated (old bills keep theirs): a changed one is a new row.
            var billing = "billing_address_id"
            var parameters: [(any PGBindable)?] = [StoredText.moment(time), words, id]
            if after.billingAddress != before.billingAddress {
                let address = after.billingAddress
                let newID = try connection.execute("""
                    INSERT INTO address(lines, suburb, postcode, state) VALUES ($1, $2, $3, $4) RETURNING id
                    """, [address.lines.joined(separator: "\n"), address.suburb, address.postcode, address.state]).first?.int64("id")
                billing = "$4"
                parameters.append(newID)
            }
            try connection.execute("""
                UPDATE account SET billing_address_id = \(billing), version = version + 1,
                    changed_by = session_user, changed_at = $1::timestamp, last_change = $2
                WHERE id = $3
                """, parameters)
            for (position, person) in details.people.enumerated() {
                try connection.execute("UPDATE customer SET name = $1, phone = $2, email = $3 WHERE account_id = $4 AND position = $5",
                                       [person.name, person.phone, person.email, id, Int64(position)])
            }
            try PGSearchIndex.replace(SearchDocument(account: after), accountID: id, connection)
            try Self.audit(.changed, accountNumber, at: time, detail: words, connection)
            guard let stored = try PGAccountRows.account(accountNumber, connection)?.account else {
                throw StoreError.accountNotFound(accountNumber)
            }
            return stored
        }
    }

    /// The refusal of a save based on an older version: who saved the account last, when and
    /// what, from the account row (which every agent may read, where the audit trail shows
    /// them only their own entries).
    static func changedSinceRead(_ accountNumber: String, id: Int64, at time: LocalDateTime,
                                 _ connection: PGConnection) throws -> ChangedSinceRead {
        let record = "Account \(accountNumber)"
        if let row = try connection.execute("SELECT changed_by, changed_at, last_change FROM account WHERE id = $1", [id]).first,
           let by = row["changed_by"], row["changed_at"] != nil {
            return ChangedSinceRead(record: record, by: by, at: try PGAccountRows.moment(row, "changed_at"),
                                    change: row["last_change"] ?? "details changed")
        }
        return ChangedSinceRead(record: record, by: "someone else", at: time, change: "details changed")
    }
}
