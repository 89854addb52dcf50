/// A heading of household spending, following the UK Standard Financial Statement's groups.
///
/// The Standard Financial Statement is what financial counsellors use to agree a budget
/// with creditors; using its headings means a counsellor's statement (Charter 5.6(g))
/// can be entered line by line. Debts to priority creditors (rent or mortgage arrears,
/// energy, council rates, fines) are kept apart from other debts because they come first.
public enum ExpenditureCategory: String, Codable, Sendable, CaseIterable, Hashable {
    case housing
    case utilities
    case foodAndHousekeeping
    case transport
    case childcare
    case health
    case insurance
    case priorityDebts
    case otherDebts
    case other

    /// "Food and housekeeping": how the heading is shown.
    public var displayName: String {
        switch self {
        case .housing: return "Housing (rent, mortgage, rates)"
        case .utilities: return "Utilities (water, energy, phone, internet)"
        case .foodAndHousekeeping: return "Food and housekeeping"
        case .transport: return "Transport"
        case .childcare: return "Childcare and school costs"
        case .health: return "Health"
        case .insurance: return "Insurance"
        case .priorityDebts: return "Debts to priority creditors"
        case .otherDebts: return "Other debts"
        case .other: return "Other costs"
        }
    }

    /// Whether costs under this heading are usually fixed (contracted) or flexible.
    ///
    /// A default only: an agent can mark any line the other way (a fixed gym contract under
    /// "Other costs"). Flexible costs are the ones a counsellor may help a household reduce.
    public var usualKind: CostKind {
        switch self {
        case .housing, .utilities, .childcare, .insurance, .priorityDebts, .otherDebts: return .fixed
        case .foodAndHousekeeping, .transport, .health, .other: return .flexible
        }
    }
}

/// Whether a cost is set by a contract or order (fixed) or can vary month to month (flexible).
public enum CostKind: String, Codable, Sendable, CaseIterable, Hashable {
    case fixed
    case flexible
}

/// One regular household cost and how often it is paid.
public struct CostLine: Codable, Sendable, Hashable {
    public var category: ExpenditureCategory
    public var kind: CostKind
    /// The customer's own words for it ("Rent to agent"), optional.
    public var note: String
    public var amount: Money
    public var frequency: Frequency

    /// A cost line; `kind` defaults to the category's usual kind.
    public init(_ category: ExpenditureCategory, _ amount: Money, _ frequency: Frequency,
                kind: CostKind? = nil, note: String = "") {
        self.category = category
        self.kind = kind ?? category.usualKind
        self.note = note
        self.amount = amount
        self.frequency = frequency
    }

    /// The exact amount over a year.
    public var yearly: Money { frequency.yearly(amount) }

    /// The amount brought to one period, rounded half-up once: what its row shows.
    public func amount(per period: Frequency) -> Money { period.converted(amount, from: frequency) }
}
