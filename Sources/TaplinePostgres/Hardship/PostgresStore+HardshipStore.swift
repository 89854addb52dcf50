import TaplineDomain
import TaplineStore

/// Hardship assessments and cessations on PostgreSQL (`HardshipStore`): numbered from the "HA"
/// series of `yearly_number` in the saving transaction, inserted and never updated.
///
/// A new assessment takes a transaction-scoped advisory lock on the account's hardship record
/// before counting it against the version the agent read (issue 12 item 3): the rows are only
/// ever inserted, so there is no row to lock, and two agents saving at once are checked one
/// after the other. Cessations take the same lock, so none can slip in between.
extension PostgresStore: HardshipStore {
    public func recordHardshipAssessment(readVersion: Int, by agent: String, at time: LocalDateTime,
                                         _ make: (String) throws -> HardshipAssessment) throws -> HardshipAssessment {
        try PGAreaSupport.refusals {
            try transaction { connection in
                let year = time.date.year
                let serial = try PGAreaSupport.nextSerial(series: HardshipRepository.numberPrefix, year: year, connection)
                let assessment = try make(PlanStoreSupport.number(prefix: HardshipRepository.numberPrefix, year: year, serial: serial))
                let accountID = try PGAreaSupport.accountID(of: assessment.accountNumber, connection)
                try Self.lockHardshipRecord(accountID, connection)
                if let missed = HardshipRecordEntry.changeMissed(in: try Self.recordEntries(accountID: accountID, connection),
                                                                 read: readVersion, accountNumber: assessment.accountNumber) {
                    throw missed
                }
                try connection.execute("""
                    INSERT INTO hardship_assessment(id, year, serial, account_id, assessed_at, agent, outcome, review_on, body)
                    VALUES ($1, $2, $3, $4, $5::timestamp, $6, $7, $8::date, $9::jsonb)
                    """, [assessment.id, year, serial, accountID,
                          assessment.assessedAt.iso, assessment.agent, assessment.outcome.rawValue, assessment.reviewOn?.iso,
                          try PlanStoreSupport.encode(assessment)])
                try PGAreaSupport.audit(as: agent, at: time, .created, accountNumber: assessment.accountNumber,
                                        detail: "hardship assessment \(assessment.id): \(assessment.outcome.displayName)", connection)
                return assessment
            }
        }
    }

    public func recordHardshipCessation(_ cessation: HardshipCessation, for accountNumber: String, by agent: String,
                                        at time: LocalDateTime) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                let accountID = try PGAreaSupport.accountID(of: accountNumber, connection)
                try Self.lockHardshipRecord(accountID, connection)
                try connection.execute("""
                    INSERT INTO hardship_cessation(account_id, on_date, recorded_by, recorded_at, body)
                    VALUES ($1, $2::date, $3, $4::timestamp, $5::jsonb)
                    """, [accountID, cessation.date.iso, agent, time.iso,
                          try PlanStoreSupport.encode(cessation)])
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: accountNumber,
                                        detail: "hardship policy ceased: \(cessation.message)", connection)
            }
        }
    }

    public func hardshipAssessments(for accountNumber: String) throws -> [HardshipAssessment] {
        try PGAreaSupport.refusals { try withConnection { try Self.assessments(accountID: PGAreaSupport.accountID(of: accountNumber, $0), $0) } }
    }

    public func hardshipAssessment(_ id: String) throws -> HardshipAssessment? {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("SELECT body FROM hardship_assessment WHERE id = $1", [id]).first?["body"]
                    .map { try PlanStoreSupport.decode(HardshipAssessment.self, from: $0) }
            }
        }
    }

    public func hardshipCessations(for accountNumber: String) throws -> [HardshipCessation] {
        try PGAreaSupport.refusals { try withConnection { try Self.cessations(accountID: PGAreaSupport.accountID(of: accountNumber, $0), $0) } }
    }

    public func hardshipFlags(forAccount accountNumber: String) throws -> [AccountFlag] {
        try PGAreaSupport.refusals { try withConnection { try PGAccountFlagSources.flags(forAccount: accountNumber, among: [.hardship], $0) } }
    }

    static func assessments(accountID: Int64, _ connection: PGConnection) throws -> [HardshipAssessment] {
        try connection.execute("SELECT body FROM hardship_assessment WHERE account_id = $1 ORDER BY assessed_at, serial", [accountID])
            .rows.map { try PlanStoreSupport.decode(HardshipAssessment.self, from: try $0.string("body")) }
    }

    /// Holds the account's hardship record until the transaction ends: a lock keyed on the
    /// record's name, so it meets no other advisory lock.
    static func lockHardshipRecord(_ accountID: Int64, _ connection: PGConnection) throws {
        try connection.execute("SELECT pg_advisory_xact_lock(hashtextextended('hardship record ' || $1, 0))", [accountID])
    }

    /// The account's assessments and cessations, with who recorded each and when.
    static func recordEntries(accountID: Int64, _ connection: PGConnection) throws -> [HardshipRecordEntry] {
        let cessations = try connection.execute("SELECT recorded_by, recorded_at, body FROM hardship_cessation WHERE account_id = $1",
                                                [accountID]).rows.map { row in
            HardshipRecordEntry(by: try row.string("recorded_by"), at: try PGAreaSupport.time(row, "recorded_at"),
                                change: "hardship policy ceased: \(try PlanStoreSupport.decode(HardshipCessation.self, from: try row.string("body")).message)")
        }
        return try assessments(accountID: accountID, connection).map(HardshipRecordEntry.init) + cessations
    }

    static func cessations(accountID: Int64, _ connection: PGConnection) throws -> [HardshipCessation] {
        try connection.execute("SELECT body FROM hardship_cessation WHERE account_id = $1 ORDER BY on_date, id", [accountID])
            .rows.map { try PlanStoreSupport.decode(HardshipCessation.self, from: try $0.string("body")) }
    }
}
