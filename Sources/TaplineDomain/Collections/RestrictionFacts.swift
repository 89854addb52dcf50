/// Everything about an account that decides whether its water supply may be restricted today.
///
/// Gathered by the store from the account, its notices, contacts, plans, hardship
/// assessments, applications and complaints; judged by `RestrictionCheck`. Each field names
/// the clause that asks for it.
public struct RestrictionFacts: Codable, Sendable, Hashable {
    /// Where the customer stands on a flexible payment plan (Charter 7.1(e)).
    public enum PlanOffer: String, Codable, Sendable, CaseIterable, Hashable {
        case notOffered
        case offeredAndRefused
        case offeredNoResponse
        case agreedAndKept
        case agreedNotComplied
    }

    /// A tenant's position against the landlord (Charter 7.2(d)).
    public struct Tenancy: Codable, Sendable, Hashable {
        /// 7.2(d)(1): the amount unpaid is owed by the landlord.
        public var landlordOwesDebt: Bool
        /// 7.2(d)(2): the tenant has an undecided claim against the landlord at VCAT.
        public var undecidedVCATClaim: Bool

        public init(landlordOwesDebt: Bool = false, undecidedVCATClaim: Bool = false) {
            self.landlordOwesDebt = landlordOwesDebt
            self.undecidedVCATClaim = undecidedVCATClaim
        }
    }

    /// 7.1(a), 6.1: the day the Final Notice was issued.
    public var finalNoticeIssuedOn: CivilDate?
    /// 7.1(b), 6.3: the day the Notice Before Restriction was sent.
    public var noticeBeforeRestrictionSentOn: CivilDate?
    /// 7.1(b), 6.3(a): the notice included the Hardship Policy and other help available.
    public var noticeIncludedHardshipInformation: Bool
    /// 7.1(c), 6.2: days the utility or its agent tried to contact the customer about the debt.
    public var contactAttempts: [CivilDate]
    /// 7.1(d): the day the customer was told of the proposed restriction and its costs,
    /// including the cost of removing the restrictor.
    public var notifiedOfRestrictionAndCostsOn: CivilDate?
    /// 7.1(e).
    public var paymentPlan: PlanOffer
    /// 5.6(c): the latest hardship assessment found the customer in hardship.
    public var inHardship: Bool
    /// 7.2(a): the whole amount owed, including any disputed part.
    public var amountOwed: Money
    /// 7.2(a): the customer has not paid consecutive bills in full over 12 months or more.
    public var unpaidConsecutiveBillsForTwelveMonths: Bool
    /// 7.2(b): eligible for a Government concession and an application is outstanding.
    public var concessionApplicationOutstanding: Bool
    /// 7.2(c): a Utility Relief Grant Scheme application is outstanding.
    public var urgsApplicationOutstanding: Bool
    /// 7.2(d): nil when the customer is not a tenant.
    public var tenancy: Tenancy?
    /// 7.2(e): the part of the amount owed in dispute under an unresolved complaint.
    public var disputedAmountUnderOpenComplaint: Money
    /// 7.3(b), 9.5: on the register of life-support or other special-needs customers.
    public var onSpecialNeedsRegister: Bool
    /// 7.3(c): restriction may cause a health hazard, taking the customer's concerns into account.
    public var healthHazardNoted: Bool
    /// 7.3(d): days of Total Fire Ban declared by the CFA for the property's district.
    public var totalFireBanDays: [CivilDate]

    public init(finalNoticeIssuedOn: CivilDate? = nil, noticeBeforeRestrictionSentOn: CivilDate? = nil,
                noticeIncludedHardshipInformation: Bool = false, contactAttempts: [CivilDate] = [],
                notifiedOfRestrictionAndCostsOn: CivilDate? = nil, paymentPlan: PlanOffer = .notOffered,
                inHardship: Bool = false, amountOwed: Money = .zero, unpaidConsecutiveBillsForTwelveMonths: Bool = false,
                concessionApplicationOutstanding: Bool = false, urgsApplicationOutstanding: Bool = false,
                tenancy: Tenancy? = nil, disputedAmountUnderOpenComplaint: Money = .zero,
                onSpecialNeedsRegister: Bool = false, healthHazardNoted: Bool = false, totalFireBanDays: [CivilDate] = []) {
        self.finalNoticeIssuedOn = finalNoticeIssuedOn
        self.noticeBeforeRestrictionSentOn = noticeBeforeRestrictionSentOn
        self.noticeIncludedHardshipInformation = noticeIncludedHardshipInformation
        self.contactAttempts = contactAttempts
        self.notifiedOfRestrictionAndCostsOn = notifiedOfRestrictionAndCostsOn
        self.paymentPlan = paymentPlan
        self.inHardship = inHardship
        self.amountOwed = amountOwed
        self.unpaidConsecutiveBillsForTwelveMonths = unpaidConsecutiveBillsForTwelveMonths
        self.concessionApplicationOutstanding = concessionApplicationOutstanding
        self.urgsApplicationOutstanding = urgsApplicationOutstanding
        self.tenancy = tenancy
        self.disputedAmountUnderOpenComplaint = disputedAmountUnderOpenComplaint
        self.onSpecialNeedsRegister = onSpecialNeedsRegister
        self.healthHazardNoted = healthHazardNoted
        self.totalFireBanDays = totalFireBanDays
    }
}
