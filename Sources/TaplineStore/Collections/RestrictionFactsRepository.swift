import GRDB
import TaplineDomain

/// Gathers everything the restriction check needs about an account from the store
/// (`RestrictionFacts`, judged by `RestrictionCheck`).
///
/// Where each fact comes from:
/// - 7.1(a)-(d): the latest Final Notice, Notice Before Restriction and notice of restriction
///   and costs, and every contact attempt (`collection_event`).
/// - 7.1(e), 5.6(c): the account's plans — an active plan being kept, an active plan with a
///   missed instalment or a plan cancelled for non-payment (not complied with); otherwise the
///   latest answer to a plan offer, if any.
/// - 5.6(c): the hardship protections' own rule (`HardshipProtectionStatus`): in hardship when
///   the latest assessment says so and the policy has not ceased.
/// - 7.2(a): the balance, and the bill payment history (`BillPaymentHistory`).
/// - 7.2(b), (c): the concession and URGS applications on record, lodged and pending on `today`
///   (`concession_application`, v4-concessions); applications noted before that as
///   circumstances and not cleared still count.
/// - 7.2(d), 7.3(c): circumstances noted and not cleared by `today`; tenancy only for tenants.
/// - 7.2(e): the amount held under open complaints, given by the caller (the complaints area
///   owns that rule).
/// - 7.3(b): the special-needs register on the account (9.5).
/// - 7.3(d): Total Fire Ban days for the property's postcode.
public struct RestrictionFactsRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// The facts for `accountNumber` as they stand on `today`.
    ///
    /// - Parameter disputedAmount: the part of the amount owed held under unresolved
    ///   complaints (Charter 3.1(e), 7.2(e)).
    public func facts(for accountNumber: String, today: CivilDate, disputedAmount: Money) throws -> RestrictionFacts {
        try database.writer.read { db in
            let accountID = try AccountRows.id(of: accountNumber, db)
            guard let account = try AccountRows.fetch(id: accountID, db) else { throw StoreError.accountNotFound(accountNumber) }
            let standing = AccountStanding(account: account,
                                           bills: try HistoryRows.bills(accountID: accountID, accountNumber: accountNumber, db),
                                           payments: try HistoryRows.payments(accountID: accountID, db))
            return Self.assemble(standing: standing, events: try CollectionRepository.events(accountID: accountID, db),
                                 circumstances: try CollectionRepository.circumstances(accountID: accountID, db),
                                 plans: try PlanRows.plans(accountID: accountID, db),
                                 assessments: try HardshipRepository.assessments(accountID: accountID, db),
                                 cessations: try HardshipRepository.cessations(accountID: accountID, db),
                                 banDays: try TotalFireBanRepository.banDays(forPostcode: account.property.address.postcode,
                                                                             from: today, db),
                                 applications: account.concessionApplications,
                                 disputedAmount: disputedAmount, today: today)
        }
    }

    /// The facts from the account's records, whichever store read them: one rule for both stores.
    ///
    /// - Parameters:
    ///   - events, circumstances, plans, assessments, cessations: all of the account's, oldest first.
    ///   - banDays: the Total Fire Ban days from `today` on for the property's postcode.
    ///   - applications: the account's concession and URGS applications (7.2(b), (c)).
    public static func assemble(standing: AccountStanding, events allEvents: [CollectionEvent],
                                circumstances allCircumstances: [RestrictionCircumstance], plans: [PaymentPlan],
                                assessments: [HardshipAssessment], cessations: [HardshipCessation], banDays: [CivilDate],
                                applications: [ConcessionApplication], disputedAmount: Money, today: CivilDate) -> RestrictionFacts {
        let account = standing.account
        let events = allEvents.filter { $0.on <= today }
        func latest(_ kind: CollectionEvent.Kind) -> CollectionEvent? { events.last { $0.kind == kind } }
        let circumstances = allCircumstances.filter { $0.applies(on: today) }
        func noted(_ kind: RestrictionCircumstance.Kind) -> Bool { circumstances.contains { $0.kind == kind } }
        func outstanding(_ kind: ConcessionApplication.Kind) -> Bool {
            applications.contains { $0.kind == kind && $0.isOutstanding(on: today) }
        }
        let inHardship = HardshipProtectionStatus.isInHardship(latest: assessments.last, cessation: cessations.last)
        let history = BillPaymentHistory(bills: standing.bills, payments: standing.payments, today: today)
        let finalNotice = latest(.finalNotice)
        let notice = latest(.noticeBeforeRestriction)
        return RestrictionFacts(
            finalNoticeIssuedOn: finalNotice?.on,
            noticeBeforeRestrictionSentOn: notice?.on,
            noticeIncludedHardshipInformation: notice?.includedHardshipInformation ?? false,
            contactAttempts: events.filter { $0.kind == .contactAttempt }.map(\.on),
            notifiedOfRestrictionAndCostsOn: latest(.notifiedOfRestriction)?.on,
            paymentPlan: planOffer(plans: plans, events: events),
            inHardship: inHardship,
            amountOwed: account.balance,
            unpaidConsecutiveBillsForTwelveMonths: history.unpaidConsecutiveBillsForTwelveMonths(today: today),
            concessionApplicationOutstanding: noted(.concessionApplication) || outstanding(.concession),
            urgsApplicationOutstanding: noted(.urgsApplication) || outstanding(.urgs),
            tenancy: account.property.occupancy == .tenant
                ? RestrictionFacts.Tenancy(landlordOwesDebt: noted(.landlordOwesDebt), undecidedVCATClaim: noted(.vcatClaimAgainstLandlord))
                : nil,
            disputedAmountUnderOpenComplaint: disputedAmount,
            onSpecialNeedsRegister: account.specialNeeds != nil,
            healthHazardNoted: noted(.healthHazard),
            totalFireBanDays: banDays)
    }

    /// Charter 7.1(e): where the customer stands on a flexible payment plan.
    static func planOffer(plans: [PaymentPlan], events: [CollectionEvent]) -> RestrictionFacts.PlanOffer {
        if let active = plans.last(where: \.isActive) {
            return active.isBeingKept ? .agreedAndKept : .agreedNotComplied
        }
        let lastPlanEnd = plans.last.flatMap { plan -> (CivilDate, Bool)? in
            switch plan.status {
            case .cancelledForNonPayment(let on): (on, true)
            case .cancelled(let on, _), .completed(let on), .renegotiated(_, let on): (on, false)
            case .active: nil
            }
        }
        let lastOffer = events.last { $0.kind == .planOfferRefused || $0.kind == .planOfferUnanswered }
        if let (ended, forNonPayment) = lastPlanEnd, lastOffer.map({ $0.on < ended }) ?? true {
            return forNonPayment ? .agreedNotComplied : .notOffered
        }
        switch lastOffer?.kind {
        case .planOfferRefused: return .offeredAndRefused
        case .planOfferUnanswered: return .offeredNoResponse
        default: return .notOffered
        }
    }
}

extension AppDatabase {
    /// The facts the restriction check judges (Charter 7.1-7.3, 5.6(c)).
    public var restrictionFacts: RestrictionFactsRepository { RestrictionFactsRepository(self) }
}
