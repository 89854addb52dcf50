import GRDB
import TaplineDomain

extension AccountRepository {
    /// Saves an agent's correction of an account's contact details (issue 13 item 2), if
    /// nobody saved the account since the agent read it at `readVersion`; returns the account
    /// as saved (its version one higher), or as it is when nothing differs.
    ///
    /// In one transaction: the customers' names, phones and emails (by position), a new
    /// billing address row when it changed (old bills keep theirs, Charter 4.5(b)(c)), the
    /// version with who saved it, the lookup index replaced (the new phone finds the account,
    /// the old one no longer does), and an audit entry of each change old → new. A save based
    /// on an older version is refused with `ChangedSinceRead` naming who saved last, when and
    /// what; details that break a rule (`ContactRules`) with `StoreError.invalidAccount`.
    public func updateContactDetails(_ details: ContactDetails, of accountNumber: String, readVersion: Int,
                                     by user: String, at time: LocalDateTime) throws -> Account {
        let details = details.normalised
        if let problem = details.firstProblem { throw StoreError.invalidAccount(accountNumber: accountNumber, reason: problem) }
        return try database.writer.write { db in
            guard let saved = try AccountRows.identity(of: accountNumber, db),
                  let before = try AccountRows.fetch(id: saved.id, db) else { throw StoreError.accountNotFound(accountNumber) }
            guard saved.version == readVersion else { throw try Self.changedSinceRead(accountNumber, id: saved.id, at: time, db) }
            guard let change = try ContactDetailsChange.make(details, over: before) else { return before }
            let after = change.after, words = change.auditDetail
            let current = try Row.fetchOne(db, sql: "SELECT billing_address_id, property_address_id FROM account WHERE id = ?",
                                           arguments: [saved.id])!
            let billingID = try AddressRows.id(for: after.billingAddress, reusing: [current[0], current[1]], db)
            try db.execute(sql: """
                UPDATE account SET billing_address_id = ?, version = version + 1, changed_by = ?, changed_at = ?, last_change = ?
                WHERE id = ? AND version = ?
                """, arguments: [billingID, user, StoredText.moment(time), words, saved.id, saved.version])
            guard db.changesCount == 1 else { throw try Self.changedSinceRead(accountNumber, id: saved.id, at: time, db) }
            for (position, person) in details.people.enumerated() {
                try db.execute(sql: "UPDATE customer SET name = ?, phone = ?, email = ? WHERE account_id = ? AND position = ?",
                               arguments: [person.name, person.phone, person.email, saved.id, position])
            }
            try SearchIndex.replace(SearchDocument(account: after), accountID: saved.id, db)
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .changed, accountNumber: accountNumber, detail: words), db)
            guard let stored = try AccountRows.fetch(id: saved.id, db) else { throw StoreError.accountNotFound(accountNumber) }
            return stored
        }
    }

    /// The refusal of a save based on a version older than the stored one: who saved the
    /// account last, when and what (from the account row; from the audit trail for a change
    /// saved before the row kept it).
    static func changedSinceRead(_ accountNumber: String, id: Int64, at time: LocalDateTime, _ db: Database) throws -> ChangedSinceRead {
        let record = "Account \(accountNumber)"
        if let row = try Row.fetchOne(db, sql: "SELECT changed_by, changed_at, last_change FROM account WHERE id = ?", arguments: [id]),
           let by: String = row["changed_by"], let at = (row["changed_at"] as String?).flatMap(LocalDateTime.init(iso:)) {
            return ChangedSinceRead(record: record, by: by, at: at, change: row["last_change"] ?? "details changed")
        }
        if let row = try Row.fetchOne(db, sql: """
            SELECT who, at, detail FROM audit_log WHERE account_number = ? AND action = 'changed' ORDER BY id DESC LIMIT 1
            """, arguments: [accountNumber]), let at = (row["at"] as String?).flatMap(LocalDateTime.init(iso:)) {
            return ChangedSinceRead(record: record, by: row["who"], at: at, change: row["detail"])
        }
        return ChangedSinceRead(record: record, by: "someone else", at: time, change: "details changed")
    }
}
