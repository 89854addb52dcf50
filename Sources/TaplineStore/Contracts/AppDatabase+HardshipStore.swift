import TaplineDomain

/// The SQLite store's hardship records, through the GRDB repository (`HardshipRepository`).
extension AppDatabase: HardshipStore {
    public func recordHardshipAssessment(readVersion: Int, by agent: String, at time: LocalDateTime,
                                         _ make: (String) throws -> HardshipAssessment) throws -> HardshipAssessment {
        try hardship.record(readVersion: readVersion, by: agent, at: time, make)
    }

    public func recordHardshipCessation(_ cessation: HardshipCessation, for accountNumber: String, by agent: String,
                                        at time: LocalDateTime) throws {
        try hardship.recordCessation(cessation, for: accountNumber, by: agent, at: time)
    }

    public func hardshipAssessments(for accountNumber: String) throws -> [HardshipAssessment] {
        try hardship.assessments(for: accountNumber)
    }

    public func hardshipAssessment(_ id: String) throws -> HardshipAssessment? { try hardship.assessment(id) }

    public func hardshipCessations(for accountNumber: String) throws -> [HardshipCessation] { try hardship.cessations(for: accountNumber) }

    public func hardshipFlags(forAccount accountNumber: String) throws -> [AccountFlag] {
        try flags(forAccount: accountNumber, from: AccountFlagSources.hardship)
    }
}
