import TaplineDomain

/// Hardship assessments and cessations (Charter 5.6): each assessment numbered "HA-YYYY-NNNNNN",
/// kept for ever (a new one never overwrites an old one), each audited.
///
/// A new assessment carries the version of the account's hardship record the agent read when
/// they opened the form (`hardshipVersion`: its assessments and cessations); if more are stored
/// by the time it is saved it is refused with `ChangedSinceRead`, naming who recorded the first
/// of them and when (issue 12 item 3), checked in the saving transaction.
public protocol HardshipStore: AccountStandingReading {
    /// Allocates the next number, lets `make` build the assessment with it, and saves it with an
    /// audit entry in one transaction; whatever `make` throws is passed on and uses no number.
    func recordHardshipAssessment(readVersion: Int, by agent: String, at time: LocalDateTime,
                                  _ make: (String) throws -> HardshipAssessment) throws -> HardshipAssessment
    /// Records that the hardship policy stopped applying to an account (5.6(j)).
    func recordHardshipCessation(_ cessation: HardshipCessation, for accountNumber: String, by agent: String,
                                 at time: LocalDateTime) throws
    /// Every assessment of the account, oldest first: its hardship history.
    func hardshipAssessments(for accountNumber: String) throws -> [HardshipAssessment]
    func hardshipAssessment(_ id: String) throws -> HardshipAssessment?
    /// The days the policy stopped applying to the account, oldest first.
    func hardshipCessations(for accountNumber: String) throws -> [HardshipCessation]
    /// The account's HARDSHIP badge, as lookups and the account screen show it.
    func hardshipFlags(forAccount accountNumber: String) throws -> [AccountFlag]
}
