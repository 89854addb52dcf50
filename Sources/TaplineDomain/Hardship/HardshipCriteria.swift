/// The objective indicators of hardship an agent records before any outcome is proposed.
///
/// Charter 5.6(a)(1) and its footnote: eligibility is judged on objective criteria —
/// "eligibility for concessions, … status as a tenant, previous … applications for the
/// Utility Relief Grant Scheme, … previous payment history and appropriate self assessment".
/// Family violence is recorded too, as a cause of payment difficulty that calls for care.
public struct HardshipCriteria: Codable, Sendable, Hashable {
    /// Whether the customer holds, or is eligible for, a concession card.
    public enum ConcessionStatus: String, Codable, Sendable, CaseIterable, Hashable {
        case holdsCard
        case eligibleNotHeld
        case notEligible
    }

    /// Who raised the possibility of hardship (Charter 5.6: "identified either by themselves,
    /// the water business or an independent accredited financial counsellor").
    public enum IdentifiedBy: String, Codable, Sendable, CaseIterable, Hashable {
        case customer
        case waterBusiness
        case financialCounsellor
    }

    /// Bills paid late, missed or part-paid in the 12 months before the assessment, as
    /// counted from the account (an input: the account's own history is kept elsewhere).
    public struct PaymentHistory: Codable, Sendable, Hashable {
        public var lateBills: Int
        public var missedBills: Int
        public var partPaidBills: Int

        public init(lateBills: Int = 0, missedBills: Int = 0, partPaidBills: Int = 0) {
            self.lateBills = lateBills
            self.missedBills = missedBills
            self.partPaidBills = partPaidBills
        }

        /// Every bill not paid in full and on time in the 12 months.
        public var billsWithDifficulty: Int { lateBills + missedBills + partPaidBills }
    }

    public var identifiedBy: IdentifiedBy
    public var concession: ConcessionStatus
    public var isTenant: Bool
    /// Dates of earlier Utility Relief Grant Scheme applications, any age.
    public var previousURGSApplications: [CivilDate]
    public var paymentHistory: PaymentHistory
    /// Family violence given as a cause of the payment difficulty.
    public var familyViolence: Bool
    /// The customer says they cannot pay the amounts due on the usual terms.
    public var customerSaysUnableToPay: Bool
    /// The customer's self-assessment in their own words, recorded as said.
    public var selfAssessment: String

    public init(identifiedBy: IdentifiedBy = .customer, concession: ConcessionStatus = .notEligible,
                isTenant: Bool = false, previousURGSApplications: [CivilDate] = [],
                paymentHistory: PaymentHistory = PaymentHistory(), familyViolence: Bool = false,
                customerSaysUnableToPay: Bool = false, selfAssessment: String = "") {
        self.identifiedBy = identifiedBy
        self.concession = concession
        self.isTenant = isTenant
        self.previousURGSApplications = previousURGSApplications
        self.paymentHistory = paymentHistory
        self.familyViolence = familyViolence
        self.customerSaysUnableToPay = customerSaysUnableToPay
        self.selfAssessment = selfAssessment
    }
}
