import GRDB
import TaplineDomain

/// Hardship assessments and cessations (Charter 5.6): recorded, never overwritten, audited.
///
/// ```swift
/// let saved = try store.hardship.record(readVersion: 0, by: "ajones", at: now) { id in
///     try HardshipAssessment.record(id: id, accountNumber: "1000000001", at: now, agent: "ajones",
///                                   criteria: criteria, statement: statement, calendar: .victoria)
/// }
/// ```
public struct HardshipRepository: Sendable {
    let database: AppDatabase

    /// Assessment numbers start with this: "HA-2026-000001".
    public static let numberPrefix = "HA"

    public init(_ database: AppDatabase) { self.database = database }

    // MARK: - Writing

    /// Saves a new assessment: allocates its number, lets `make` build it with that number,
    /// and writes it with an audit entry, all in one transaction.
    ///
    /// `make` receives the allocated id and returns the domain value (so the domain's
    /// validation runs with the real number); whatever it throws is passed on unchanged.
    /// Refused with `ChangedSinceRead` when the account's hardship record has more entries
    /// than the `readVersion` the form was opened on (issue 12 item 3).
    public func record(readVersion: Int, by agent: String, at time: LocalDateTime,
                       _ make: (String) throws -> HardshipAssessment) throws -> HardshipAssessment {
        try database.writer.write { db in
            let number = try PlanStoreSupport.nextNumber(prefix: Self.numberPrefix, table: "hardship_assessment",
                                                         year: time.date.year, db)
            let assessment = try make(number.id)
            let accountID = try AccountRows.id(of: assessment.accountNumber, db)
            if let missed = HardshipRecordEntry.changeMissed(in: try Self.recordEntries(accountID: accountID, db), read: readVersion,
                                                             accountNumber: assessment.accountNumber) { throw missed }
            try db.execute(sql: """
                INSERT INTO hardship_assessment(id, year, serial, account_id, assessed_at, agent, outcome, review_on, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [assessment.id, time.date.year, number.serial, accountID, assessment.assessedAt,
                                 assessment.agent, assessment.outcome.rawValue, assessment.reviewOn,
                                 try PlanStoreSupport.encode(assessment)])
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .created, accountNumber: assessment.accountNumber,
                                           detail: "hardship assessment \(assessment.id): \(assessment.outcome.displayName)"), db)
            return assessment
        }
    }

    /// Records that the hardship policy stopped applying to an account (Charter 5.6(j)).
    public func recordCessation(_ cessation: HardshipCessation, for accountNumber: String,
                                by agent: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            let accountID = try AccountRows.id(of: accountNumber, db)
            try db.execute(sql: """
                INSERT INTO hardship_cessation(account_id, on_date, recorded_by, recorded_at, body) VALUES (?, ?, ?, ?, ?)
                """, arguments: [accountID, cessation.date, agent, time, try PlanStoreSupport.encode(cessation)])
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: accountNumber,
                                           detail: "hardship policy ceased: \(cessation.message)"), db)
        }
    }

    // MARK: - Reading

    /// Every assessment of the account, oldest first: its hardship history.
    public func assessments(for accountNumber: String) throws -> [HardshipAssessment] {
        try database.writer.read { db in try Self.assessments(accountID: AccountRows.id(of: accountNumber, db), db) }
    }

    /// The account's most recent assessment, or nil.
    public func latest(for accountNumber: String) throws -> HardshipAssessment? {
        try assessments(for: accountNumber).last
    }

    /// One assessment by its number, or nil.
    public func assessment(_ id: String) throws -> HardshipAssessment? {
        try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM hardship_assessment WHERE id = ?", arguments: [id])
                .map { try PlanStoreSupport.decode(HardshipAssessment.self, from: $0) }
        }
    }

    /// The days the policy stopped applying to the account, oldest first.
    public func cessations(for accountNumber: String) throws -> [HardshipCessation] {
        try database.writer.read { db in try Self.cessations(accountID: AccountRows.id(of: accountNumber, db), db) }
    }

    /// Whether the 5.6(c) protections apply now: the latest assessment, the latest cessation
    /// and whether the account's active plan is being kept.
    public func protection(for accountNumber: String) throws -> HardshipProtectionStatus {
        try database.writer.read { db in
            let accountID = try AccountRows.id(of: accountNumber, db)
            return try Self.protection(accountID: accountID, db)
        }
    }

    static func protection(accountID: Int64, _ db: Database) throws -> HardshipProtectionStatus {
        let kept = try PlanRows.plans(accountID: accountID, db).contains(where: \.isBeingKept)
        return HardshipProtectionStatus.evaluate(latest: try assessments(accountID: accountID, db).last,
                                                 agreedPaymentsBeingKept: kept,
                                                 cessation: try cessations(accountID: accountID, db).last)
    }

    static func assessments(accountID: Int64, _ db: Database) throws -> [HardshipAssessment] {
        try String.fetchAll(db, sql: "SELECT body FROM hardship_assessment WHERE account_id = ? ORDER BY assessed_at, serial",
                            arguments: [accountID]).map { try PlanStoreSupport.decode(HardshipAssessment.self, from: $0) }
    }

    /// The account's assessments and cessations, with who recorded each and when.
    static func recordEntries(accountID: Int64, _ db: Database) throws -> [HardshipRecordEntry] {
        let cessations = try Row.fetchAll(db, sql: "SELECT recorded_by, recorded_at, body FROM hardship_cessation WHERE account_id = ?",
                                          arguments: [accountID]).map { row in
            HardshipRecordEntry(by: row["recorded_by"], at: row["recorded_at"],
                                change: "hardship policy ceased: \(try PlanStoreSupport.decode(HardshipCessation.self, from: row["body"]).message)")
        }
        return try assessments(accountID: accountID, db).map(HardshipRecordEntry.init) + cessations
    }

    static func cessations(accountID: Int64, _ db: Database) throws -> [HardshipCessation] {
        try String.fetchAll(db, sql: "SELECT body FROM hardship_cessation WHERE account_id = ? ORDER BY on_date, id",
                            arguments: [accountID]).map { try PlanStoreSupport.decode(HardshipCessation.self, from: $0) }
    }
}

extension AppDatabase {
    /// Hardship assessments and cessations (Charter 5.6).
    public var hardship: HardshipRepository { HardshipRepository(self) }
}
