/// How often an amount of income or a cost recurs, and how it converts to another period.
///
/// Charter 5.6(a)(1) and 5.4 ask for payments "in accordance with the customer's capacity to
/// pay", so every line of an income and expenditure statement is brought to one common
/// period. Conversion goes through the exact yearly amount in cents (weekly × 52,
/// fortnightly × 26, monthly × 12, yearly × 1 — the conventions Centrelink and the UK
/// Standard Financial Statement use) and is rounded only once, when a yearly total is
/// shown per week, fortnight or month (see `share(ofYearly:)`).
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
    /// Rounded down (towards minus infinity) to the cent, once. Rounding down never
    /// overstates what a customer can afford: a surplus of $100.005 a month shows as
    /// $100.00, and a shortfall of -$0.005 shows as -$0.01.
    public func share(ofYearly yearly: Money) -> Money {
        let divisor = Int64(timesPerYear)
        let quotient = yearly.cents / divisor
        let remainder = yearly.cents % divisor
        return Money(cents: remainder < 0 ? quotient - 1 : quotient)
    }
}
