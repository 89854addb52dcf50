/// How often an amount of income or a cost recurs, and how it converts to another period.
///
/// Charter 5.6(a)(1) and 5.4 ask for payments "in accordance with the customer's capacity to
/// pay", so every line of an income and expenditure statement is brought to one common
/// period. Conversion goes through the exact yearly amount in cents (weekly × 52,
/// fortnightly × 26, monthly × 12, yearly × 1 — the conventions Centrelink and the UK
/// Standard Financial Statement use) and is rounded once, half-up to the cent, when a yearly
/// amount is shown per week, fortnight or month (see `share(ofYearly:)`, `Money.divided(by:)`).
public enum Frequency: String, Codable, Sendable, CaseIterable, Hashable {
    case weekly
    case fortnightly
    case monthly
    case yearly

    /// How many times the amount falls due in a year.
    public var timesPerYear: Int {
        switch self {
        case .weekly: return 52
        case .fortnightly: return 26
        case .monthly: return 12
        case .yearly: return 1
        }
    }

    /// "a week", "a fortnight": how "per period" reads in a sentence.
    public var perPhrase: String {
        switch self {
        case .weekly: return "a week"
        case .fortnightly: return "a fortnight"
        case .monthly: return "a month"
        case .yearly: return "a year"
        }
    }

    /// The exact yearly amount of `amount` paid at this frequency: no rounding involved.
    public func yearly(_ amount: Money) -> Money { amount * timesPerYear }

    /// The share of a yearly amount that falls in one period of this frequency.
    ///
    /// Rounded half-up to the cent, once (`Money.divided(by:)`, the rule every shown amount
    /// follows): $1,150.00 a fortnight is $29,900.00 a year, $2,491.666… a month, shown as
    /// $2,491.67.
    public func share(ofYearly yearly: Money) -> Money {
        yearly.divided(by: timesPerYear)
    }

    /// `amount` paid at `frequency`, brought to one period of this frequency (rounded once).
    public func converted(_ amount: Money, from frequency: Frequency) -> Money {
        share(ofYearly: frequency.yearly(amount))
    }
}
