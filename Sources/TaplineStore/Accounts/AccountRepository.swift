import GRDB
import TaplineDomain

/// Accounts: create, open (audited), load, change (with an optimistic lock), bill and pay.
///
/// Two agents saving the same account cannot lose each other's work: every save runs in one
/// transaction, history (notes, contacts, payments, bills) is only appended, and a change to
/// the account's own details must name the version it was based on — a save based on a copy
/// someone else has since changed is refused with `ChangedSinceRead`, naming who saved it.
public struct AccountRepository: Sendable {
    let database: AppDatabase

    /// How many contacts and notes an account screen shows unless asked for more.
    public static let defaultRecent = 20

    public init(_ database: AppDatabase) { self.database = database }

    // MARK: - Reading

    /// Opens an account for an agent: loads it and records who viewed it and when, together.
    public func open(_ accountNumber: String, by user: String, at time: LocalDateTime,
                     recent: Int = AccountRepository.defaultRecent) throws -> AccountDetail {
        try database.writer.write { db in
            let detail = try Self.detail(accountNumber, recent: recent, db)
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .viewed, accountNumber: accountNumber), db)
            return detail
        }
    }

    /// The account with its history, without recording a view (for reports and tests).
    public func detail(_ accountNumber: String, recent: Int = AccountRepository.defaultRecent) throws -> AccountDetail? {
        try database.writer.read { db in
            do { return try Self.detail(accountNumber, recent: recent, db) } catch StoreError.accountNotFound { return nil }
        }
    }

    /// The account as it stands (without history), or nil.
    public func account(_ accountNumber: String) throws -> Account? {
        try database.writer.read { db in
            try AccountRows.identity(of: accountNumber, db).flatMap { try AccountRows.fetch(id: $0.id, db) }
        }
    }

    /// Lookup rows for the accounts `user` opened most recently, newest first.
    public func recentlyViewed(by user: String, limit: Int = 10) throws -> [AccountSummary] {
        try database.writer.read { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT a.id FROM (
                    SELECT account_number, MAX(id) AS latest FROM audit_log
                    WHERE who = ? AND action = 'viewed' GROUP BY account_number ORDER BY latest DESC LIMIT ?
                ) v JOIN account a ON a.number = v.account_number ORDER BY v.latest DESC
                """, arguments: [user, limit])
            return try AccountSummaries.fetch(ids: ids, db)
        }
    }

    /// Lookup rows for the given account numbers, in that order (unknown numbers are skipped).
    public func summaries(_ accountNumbers: [String]) throws -> [AccountSummary] {
        try database.writer.read { db in
            try AccountSummaries.fetch(ids: accountNumbers.compactMap { try AccountRows.identity(of: $0, db)?.id }, db)
        }
    }

    static func detail(_ accountNumber: String, recent: Int, _ db: Database) throws -> AccountDetail {
        let id = try AccountRows.id(of: accountNumber, db)
        guard let account = try AccountRows.fetch(id: id, db) else { throw StoreError.accountNotFound(accountNumber) }
        return AccountDetail(account: account,
                             flags: try AccountFlagSources.flags(for: [id], db)[id] ?? [],
                             bills: try HistoryRows.bills(accountID: id, accountNumber: accountNumber, db),
                             payments: try HistoryRows.payments(accountID: id, db),
                             interactions: try HistoryRows.interactions(accountID: id, limit: recent, db),
                             notes: try HistoryRows.notes(accountID: id, limit: recent, db))
    }

    // MARK: - Writing

    /// Creates an account (version 1) with its lookup entries and an audit entry.
    public func create(_ account: Account, by user: String, at time: LocalDateTime) throws -> Account {
        try AccountRows.validate(account)
        return try database.writer.write { db in
            guard try AccountRows.identity(of: account.accountNumber, db) == nil else {
                throw StoreError.accountAlreadyExists(account.accountNumber)
            }
            _ = try AccountRows.insert(account, db)
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .created, accountNumber: account.accountNumber), db)
            var created = account
            created.version = 1
            return created
        }
    }

    /// Saves an agent's change to an account's details, if nobody changed it since `account`
    /// was loaded; returns the saved account (its version one higher).
    ///
    /// The balance is not taken from `account`: only bills and payments move it, so a payment
    /// arriving while an agent edits a phone number is never undone by the edit.
    public func update(_ account: Account, by user: String, at time: LocalDateTime) throws -> Account {
        try AccountRows.validate(account)
        return try database.writer.write { db in
            guard let saved = try AccountRows.identity(of: account.accountNumber, db) else {
                throw StoreError.accountNotFound(account.accountNumber)
            }
            guard saved.version == account.version, let before = try AccountRows.fetch(id: saved.id, db) else {
                throw try Self.changedSinceRead(account.accountNumber, id: saved.id, at: time, db)
            }
            let words = Self.changes(from: before, to: account)
            let addressIDs = try Row.fetchOne(db, sql: "SELECT billing_address_id, property_address_id FROM account WHERE id = ?",
                                              arguments: [saved.id])!
            let candidates: [Int64] = [addressIDs[0], addressIDs[1]]
            let propertyID = try AddressRows.id(for: account.property.address, reusing: candidates.reversed(), db)
            let billingID = try AddressRows.id(for: account.billingAddress, reusing: candidates + [propertyID], db)
            let assignments = AccountWriter.detailColumns.map { "\($0) = ?" }.joined(separator: ", ")
            try db.execute(sql: """
                UPDATE account SET billing_address_id = ?, property_address_id = ?, \(assignments), version = version + 1,
                    changed_by = ?, changed_at = ?, last_change = ?
                WHERE id = ? AND version = ?
                """, arguments: [billingID, propertyID] + AccountWriter.detailArguments(account)
                    + [user, StoredText.moment(time), words, saved.id, saved.version])
            guard db.changesCount == 1 else { throw try Self.changedSinceRead(account.accountNumber, id: saved.id, at: time, db) }
            try db.execute(sql: "DELETE FROM customer WHERE account_id = ?", arguments: [saved.id])
            try AccountWriter(db).insert(account.customers, accountID: saved.id)
            try SearchIndex.replace(SearchDocument(account: account), accountID: saved.id, db)
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .changed, accountNumber: account.accountNumber,
                                           detail: words), db)
            guard let after = try AccountRows.fetch(id: saved.id, db) else { throw StoreError.accountNotFound(account.accountNumber) }
            return after
        }
    }

    /// Records an issued bill: its charges, and its new charges less concession on the balance.
    public func addBill(_ bill: Bill) throws {
        try database.writer.write { db in
            let id = try AccountRows.id(of: bill.accountNumber, db)
            let current = try Row.fetchOne(db, sql: "SELECT billing_address_id, property_address_id FROM account WHERE id = ?", arguments: [id])!
            let candidates: [Int64] = [current[0], current[1]]
            let billingID = try AddressRows.id(for: bill.billingAddress, reusing: candidates, db)
            let propertyID = try AddressRows.id(for: bill.propertyAddress, reusing: candidates.reversed() + [billingID], db)
            try AccountWriter(db).insert(bill, accountID: id, billingAddressID: billingID, propertyAddressID: propertyID)
            try db.execute(sql: "UPDATE account SET balance_cents = balance_cents + ? WHERE id = ?",
                           arguments: [bill.newCharges - bill.concessionApplied, id])
        }
    }

    /// Records a payment received and takes it off the balance; audited as a change by `user`.
    public func addPayment(_ payment: Payment, to accountNumber: String, by user: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            let id = try AccountRows.id(of: accountNumber, db)
            try AccountWriter(db).insert([payment], accountID: id)
            try db.execute(sql: "UPDATE account SET balance_cents = balance_cents - ? WHERE id = ?", arguments: [payment.amount, id])
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .changed, accountNumber: accountNumber,
                                           detail: "payment \(payment.amount.formatted) by \(payment.method.displayName)"), db)
        }
    }

    /// What an edit changed, for the audit log: the contact details old → new ("phone
    /// 0491 570 157 → 0491 570 006"), then the other parts by name ("changed concession").
    static func changes(from before: Account, to after: Account) -> String {
        var changed = ContactDetails(of: after).changes(from: ContactDetails(of: before))
        var others: [String] = []
        let beforeRest = before.customers.map { [$0.isPrimary.description, $0.authorisedThirdParty.map { "\($0)" } ?? ""] }
        let afterRest = after.customers.map { [$0.isPrimary.description, $0.authorisedThirdParty.map { "\($0)" } ?? ""] }
        if beforeRest != afterRest { others.append("customers") }
        if before.electronicAddress != after.electronicAddress { others.append("electronic address") }
        if before.concession != after.concession { others.append("concession") }
        if before.property != after.property { others.append("property") }
        if before.specialNeeds != after.specialNeeds { others.append("special needs") }
        if !others.isEmpty { changed.append("changed " + others.joined(separator: ", ")) }
        return changed.isEmpty ? "saved without changes" : changed.joined(separator: "; ")
    }
}
