/// Where a household's money comes from, as the income side of a financial statement lists it.
public enum IncomeSource: String, Codable, Sendable, CaseIterable, Hashable {
    case wages
    case selfEmployment
    case governmentBenefits
    case pension
    case childSupport
    case other

    /// "Wages", "Government benefits": how the source is shown to an agent and in letters.
    public var displayName: String {
        switch self {
        case .wages: return "Wages"
        case .selfEmployment: return "Self-employment"
        case .governmentBenefits: return "Government benefits"
        case .pension: return "Pension"
        case .childSupport: return "Child support"
        case .other: return "Other income"
        }
    }
}

/// One regular amount of household income (after tax) and how often it arrives.
public struct IncomeLine: Codable, Sendable, Hashable {
    public var source: IncomeSource
    /// The customer's own words for it ("Centrelink JobSeeker"), optional.
    public var note: String
    public var amount: Money
    public var frequency: Frequency

    public init(_ source: IncomeSource, _ amount: Money, _ frequency: Frequency, note: String = "") {
        self.source = source
        self.note = note
        self.amount = amount
        self.frequency = frequency
    }

    /// The exact amount over a year.
    public var yearly: Money { frequency.yearly(amount) }

    /// The amount brought to one period, rounded half-up once: what its row shows.
    public func amount(per period: Frequency) -> Money { period.converted(amount, from: frequency) }
}
