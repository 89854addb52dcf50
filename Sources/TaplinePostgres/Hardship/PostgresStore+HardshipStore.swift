import TaplineDomain
import TaplineStore

/// Hardship assessments and cessations on PostgreSQL (`HardshipStore`): numbered from the "HA"
/// series of `yearly_number` in the saving transaction, inserted and never updated.
extension PostgresStore: HardshipStore {
    public func recordHardshipAssessment(by agent: String, at time: LocalDateTime,
                                         _ make: (String) throws -> HardshipAssessment) throws -> HardshipAssessment {
        try PGAreaSupport.refusals {
            try transaction { connection in
                let year = time.date.year
                let serial = try PGAreaSupport.nextSerial(series: HardshipRepository.numberPrefix, year: year, connection)
                let assessment = try make(PlanStoreSupport.number(prefix: HardshipRepository.numberPrefix, year: year, serial: serial))
                try connection.execute("""
                    INSERT INTO hardship_assessment(id, year, serial, account_id, assessed_at, agent, outcome, review_on, body)
                    VALUES ($1, $2, $3, $4, $5::timestamp, $6, $7, $8::date, $9::jsonb)
                    """, [assessment.id, year, serial, try PGAreaSupport.accountID(of: assessment.accountNumber, connection),
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
                try connection.execute("""
                    INSERT INTO hardship_cessation(account_id, on_date, recorded_by, recorded_at, body)
                    VALUES ($1, $2::date, $3, $4::timestamp, $5::jsonb)
                    """, [try PGAreaSupport.accountID(of: accountNumber, connection), cessation.date.iso, agent, time.iso,
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

    static func cessations(accountID: Int64, _ connection: PGConnection) throws -> [HardshipCessation] {
        try connection.execute("SELECT body FROM hardship_cessation WHERE account_id = $1 ORDER BY on_date, id", [accountID])
            .rows.map { try PlanStoreSupport.decode(HardshipCessation.self, from: try $0.string("body")) }
    }
}
