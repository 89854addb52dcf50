/// A badge shown beside an account wherever it appears, so an agent sees at once what changes
/// how the call must be handled.
///
/// Each policy area's store code supplies its own flags (see the store's
/// `AccountFlagSources`). The declaration order is the display order, most urgent first. Raw values are stable: they are stored and written to JSON.
public enum AccountFlag: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Conduct policy: a contact restriction is active on the account until its review date.
    case conductRestriction
    /// Charter 9.5(a): registered as needing water for a life-support machine.
    case lifeSupport
    /// Charter 9.5(b): registered with another special need.
    case specialNeeds
    /// Charter 5.3: a concession card is on record.
    case concession
    /// The account holder rents the property.
    case tenant
    /// Charter 5.6: assessed as in hardship; protections of 5.6(c) may apply.
    case hardship
    /// Charter 5.4: an active flexible payment plan.
    case paymentPlan
    /// Charter 3.1: a complaint is open.
    case openComplaint
    /// Charter 3.1(e), 7.2(e): an amount is in dispute and held from collection.
    case disputedAmount

    /// The badge text: short, upper case, readable without colour.
    public var label: String {
        switch self {
        case .lifeSupport: return "LIFE SUPPORT"
        case .specialNeeds: return "SPECIAL NEEDS"
        case .concession: return "CONCESSION"
        case .tenant: return "TENANT"
        case .conductRestriction: return "CONTACT RESTRICTED"
        case .hardship: return "HARDSHIP"
        case .paymentPlan: return "PAYMENT PLAN"
        case .openComplaint: return "OPEN COMPLAINT"
        case .disputedAmount: return "DISPUTED AMOUNT"
        }
    }

    /// Orders flags by their declaration order.
    public static func < (lhs: AccountFlag, rhs: AccountFlag) -> Bool {
        let all = AccountFlag.allCases
        return all.firstIndex(of: lhs)! < all.firstIndex(of: rhs)!
    }
}
