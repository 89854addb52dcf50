import TaplineDomain

/// What the hardship assessment screen needs from the store.
public protocol HardshipPort: Sendable {
    /// What an assessment of the account starts from: its details, payment history and past assessments.
    func start(accountNumber: String, today: CivilDate) throws -> HardshipStart
    /// Saves a new assessment, never replacing an earlier one: the store allocates its number
    /// and `make` builds the assessment with it (so the domain checks it with its real number).
    /// `readVersion` is `HardshipStart.version`: if the account's assessments or cessations
    /// changed since, it throws `ChangedSinceRead` (issue 12 item 3).
    func record(readVersion: Int, by agent: String, at time: LocalDateTime,
                _ make: @Sendable (String) throws -> HardshipAssessment) throws -> HardshipAssessment
}

/// The account details an assessment starts from (Charter 5.6(a)(1) footnote: concessions,
/// tenancy, payment history), for the agent to confirm with the customer.
public struct HardshipStart: Equatable, Sendable {
    public var customerName: String
    public var balance: Money
    public var concession: HardshipCriteria.ConcessionStatus
    public var isTenant: Bool
    /// The days the customer lodged a Utility Relief Grant application, from the records (7.2(c)).
    public var previousURGSApplications: [CivilDate]
    /// Bills paid late, unpaid or part-paid in the 12 months before today, counted from the account.
    public var paymentHistory: HardshipCriteria.PaymentHistory
    /// Earlier assessments, oldest first.
    public var previous: [HardshipAssessment]
    /// The version of the account's hardship record as read (its assessments and cessations),
    /// which the new assessment is saved against.
    public var version: Int

    /// `version` defaults to the number of `previous` assessments: the version of an account
    /// whose hardship policy never ceased.
    public init(customerName: String, balance: Money, concession: HardshipCriteria.ConcessionStatus, isTenant: Bool,
                paymentHistory: HardshipCriteria.PaymentHistory, previous: [HardshipAssessment], version: Int? = nil,
                previousURGSApplications: [CivilDate] = []) {
        self.customerName = customerName
        self.balance = balance
        self.concession = concession
        self.isTenant = isTenant
        self.previousURGSApplications = previousURGSApplications
        self.paymentHistory = paymentHistory
        self.previous = previous
        self.version = version ?? previous.count
    }
}

/// A failure a hardship, plan or restriction port reports in words the agent can act on.
public struct PlansPortError: Error, Equatable, Sendable {
    public let message: String

    public init(message: String) { self.message = message }
}

extension Error {
    /// The words shown on the status line for an error from a hardship, plan or restriction effect.
    var plansMessage: String {
        switch self {
        case let refusal as PlanRefusal: return refusal.message
        case let invalid as HardshipAssessment.Invalid: return invalid.message
        case let invalid as IncomeExpenditure.Invalid: return invalid.message
        case let consent as ThirdPartyAuthority.NoWrittenConsent: return consent.message
        case let failure as PlansPortError: return failure.message
        case let stale as ChangedSinceRead: return stale.message
        case let missing as PortUnavailable: return missing.description
        default: return "\(self)"
        }
    }
}
