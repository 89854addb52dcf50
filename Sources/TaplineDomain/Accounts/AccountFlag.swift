/// A badge shown beside an account wherever it appears, so an agent sees at once what changes
/// how the call must be handled.
///
/// Each policy area adds its own case (hardship, openComplaint, disputedAmount,
/// conductRestriction, paymentPlan …). The declaration order is the display order, most
/// urgent first. Raw values are stable: they are stored and written to JSON.
public enum AccountFlag: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Charter 9.5(a): registered as needing water for a life-support machine.
    case lifeSupport
    /// Charter 9.5(b): registered with another special need.
    case specialNeeds
    /// Charter 5.3: a concession card is on record.
    case concession
    /// The account holder rents the property.
    case tenant

    /// The badge text: short, upper case, readable without colour.
    public var label: String {
        switch self {
        case .lifeSupport: return "LIFE SUPPORT"
        case .specialNeeds: return "SPECIAL NEEDS"
        case .concession: return "CONCESSION"
        case .tenant: return "TENANT"
        }
    }

    /// Orders flags by their declaration order.
    public static func < (lhs: AccountFlag, rhs: AccountFlag) -> Bool {
        let all = AccountFlag.allCases
        return all.firstIndex(of: lhs)! < all.firstIndex(of: rhs)!
    }
}
