import TaplineDomain

/// One entry of an account's hardship record, an assessment or a cessation, as a version
/// check counts it (issue 12 item 3).
///
/// An agent opening the assessment form reads the account's assessments and cessations; a new
/// assessment saved after someone else recorded either is refused, naming them. Both stores
/// read the entries in the saving transaction and order them by when they were recorded.
public struct HardshipRecordEntry: Sendable {
    public let by: String
    public let at: LocalDateTime
    /// "assessment HA-2026-000002 recorded: In hardship", "hardship policy ceased: …".
    public let change: String

    public init(by: String, at: LocalDateTime, change: String) {
        self.by = by
        self.at = at
        self.change = change
    }

    /// An assessment as a record entry.
    public init(_ assessment: HardshipAssessment) {
        self.init(by: assessment.agent, at: assessment.assessedAt,
                  change: "assessment \(assessment.id) recorded: \(assessment.outcome.displayName)")
    }

    /// The change a new assessment on `accountNumber` based on `read` entries missed, or nil.
    public static func changeMissed(in entries: [HardshipRecordEntry], read: Int, accountNumber: String) -> ChangedSinceRead? {
        let ordered = entries.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        return ChangedSinceRead.missed(in: ordered, read: read, record: "the hardship record of account \(accountNumber)") { entry in
            (entry.by, entry.at, entry.change)
        }
    }
}

extension HardshipStore {
    /// The version of the account's hardship record now, as the assessment form reads it: its
    /// assessments and cessations, which `recordHardshipAssessment` checks.
    public func hardshipVersion(forAccount accountNumber: String) throws -> Int {
        try hardshipAssessments(for: accountNumber).count + hardshipCessations(for: accountNumber).count
    }
}
