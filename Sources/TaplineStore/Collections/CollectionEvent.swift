import TaplineDomain

/// One step of the collection process recorded against an account: a notice, a contact
/// attempt, or the customer's answer to a plan offer (Charter 6, 7.1).
public struct CollectionEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// 6.1, 7.1(a): the Final Notice was issued.
        case finalNotice
        /// 6.3, 7.1(b): the Notice Before Restriction was sent.
        case noticeBeforeRestriction
        /// 6.2, 7.1(c): the utility or its agent tried to contact the customer about the debt.
        case contactAttempt
        /// 7.1(d): the customer was told of the proposed restriction and its costs.
        case notifiedOfRestriction
        /// 7.1(e)(1): a flexible payment plan was offered and refused.
        case planOfferRefused
        /// 7.1(e)(1): a flexible payment plan was offered and not answered.
        case planOfferUnanswered

        /// "Notice Before Restriction sent": how the kind reads in history.
        public var displayName: String {
            switch self {
            case .finalNotice: "Final Notice issued"
            case .noticeBeforeRestriction: "Notice Before Restriction sent"
            case .contactAttempt: "Attempt to contact the customer about the debt"
            case .notifiedOfRestriction: "Customer told of the proposed restriction and its costs"
            case .planOfferRefused: "Payment plan offered and refused"
            case .planOfferUnanswered: "Payment plan offered, no response"
            }
        }
    }

    public var kind: Kind
    public var on: CivilDate
    /// 7.1(b), 6.3(a): a Notice Before Restriction included the Hardship Policy and other help.
    public var includedHardshipInformation: Bool
    public var note: String

    public init(_ kind: Kind, on date: CivilDate, includedHardshipInformation: Bool = false, note: String = "") {
        self.kind = kind
        self.on = date
        self.includedHardshipInformation = includedHardshipInformation
        self.note = note
    }
}

/// A fact noted on an account that blocks restriction while it lasts (Charter 7.2(b)-(d), 7.3(c)).
public struct RestrictionCircumstance: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// 7.2(b): an application for a Government concession is outstanding.
        case concessionApplication
        /// 7.2(c): a Utility Relief Grant Scheme application is outstanding.
        case urgsApplication
        /// 7.2(d)(1): the customer is a tenant and the landlord owes the amount unpaid.
        case landlordOwesDebt
        /// 7.2(d)(2): the tenant has an undecided VCAT claim against the landlord.
        case vcatClaimAgainstLandlord
        /// 7.3(c): restriction may cause a health hazard.
        case healthHazard
    }

    public var kind: Kind
    public var notedOn: CivilDate
    /// Nil while it still applies.
    public var clearedOn: CivilDate?
    public var note: String

    public init(_ kind: Kind, notedOn: CivilDate, clearedOn: CivilDate? = nil, note: String = "") {
        self.kind = kind
        self.notedOn = notedOn
        self.clearedOn = clearedOn
        self.note = note
    }

    /// Whether it applies on `day`: noted on or before it, and not cleared by then.
    public func applies(on day: CivilDate) -> Bool {
        notedOn <= day && clearedOn.map { $0 > day } ?? true
    }
}
