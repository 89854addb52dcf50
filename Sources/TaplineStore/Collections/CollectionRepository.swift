import GRDB
import TaplineDomain

/// The collection record of an account: notices, contact attempts, plan offers, and the
/// circumstances that block restriction (Charter 6, 7.1-7.3). Every entry is audited.
public struct CollectionRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Records a notice, contact attempt or answer to a plan offer.
    public func record(_ event: CollectionEvent, for accountNumber: String, by agent: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            try Self.insert(event, accountID: AccountRows.id(of: accountNumber, db), by: agent, at: time, db)
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: accountNumber,
                                           detail: "\(event.kind.displayName) on \(event.on.display)"), db)
        }
    }

    /// Notes a circumstance that blocks restriction from `notedOn` until it is cleared.
    public func note(_ circumstance: RestrictionCircumstance, for accountNumber: String, by agent: String,
                     at time: LocalDateTime) throws {
        try database.writer.write { db in
            try Self.insert(circumstance, accountID: AccountRows.id(of: accountNumber, db), by: agent, db)
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: accountNumber,
                                           detail: "restriction circumstance noted: \(circumstance.kind.rawValue)"), db)
        }
    }

    /// Clears every open circumstance of `kind` on the account from `day`.
    public func clear(_ kind: RestrictionCircumstance.Kind, for accountNumber: String, on day: CivilDate,
                      by agent: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            try db.execute(sql: """
                UPDATE restriction_circumstance SET cleared_on = ? WHERE account_id = ? AND kind = ? AND cleared_on IS NULL
                """, arguments: [day, try AccountRows.id(of: accountNumber, db), kind.rawValue])
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: accountNumber,
                                           detail: "restriction circumstance cleared: \(kind.rawValue)"), db)
        }
    }

    /// The account's collection events, oldest first.
    public func events(for accountNumber: String) throws -> [CollectionEvent] {
        try database.writer.read { db in try Self.events(accountID: AccountRows.id(of: accountNumber, db), db) }
    }

    /// The account's circumstances, cleared ones included, oldest first.
    public func circumstances(for accountNumber: String) throws -> [RestrictionCircumstance] {
        try database.writer.read { db in try Self.circumstances(accountID: AccountRows.id(of: accountNumber, db), db) }
    }

    static func insert(_ event: CollectionEvent, accountID: Int64, by agent: String, at time: LocalDateTime, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO collection_event(account_id, kind, on_date, included_hardship_information, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [accountID, event.kind.rawValue, event.on, event.includedHardshipInformation, event.note, agent, time])
    }

    static func insert(_ circumstance: RestrictionCircumstance, accountID: Int64, by agent: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO restriction_circumstance(account_id, kind, noted_on, cleared_on, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [accountID, circumstance.kind.rawValue, circumstance.notedOn, circumstance.clearedOn, circumstance.note, agent])
    }

    static func events(accountID: Int64, _ db: Database) throws -> [CollectionEvent] {
        try Row.fetchAll(db, sql: """
            SELECT kind, on_date, included_hardship_information, note FROM collection_event WHERE account_id = ? ORDER BY on_date, id
            """, arguments: [accountID]).compactMap { row in
            CollectionEvent.Kind(rawValue: row["kind"]).map {
                CollectionEvent($0, on: row["on_date"], includedHardshipInformation: row["included_hardship_information"], note: row["note"])
            }
        }
    }

    static func circumstances(accountID: Int64, _ db: Database) throws -> [RestrictionCircumstance] {
        try Row.fetchAll(db, sql: """
            SELECT kind, noted_on, cleared_on, note FROM restriction_circumstance WHERE account_id = ? ORDER BY noted_on, id
            """, arguments: [accountID]).compactMap { row in
            RestrictionCircumstance.Kind(rawValue: row["kind"]).map {
                RestrictionCircumstance($0, notedOn: row["noted_on"], clearedOn: row["cleared_on"], note: row["note"])
            }
        }
    }
}

extension AppDatabase {
    /// Notices, contact attempts, plan offers and restriction circumstances (Charter 6, 7).
    public var collections: CollectionRepository { CollectionRepository(self) }
}
