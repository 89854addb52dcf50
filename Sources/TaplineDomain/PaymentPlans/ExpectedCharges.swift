/// The usage and service charges expected to arise while a plan runs.
///
/// Charter 5.4: a plan is for "making regular payments towards … charges", so it covers the
/// debt and the bills that will arrive during it; otherwise a customer who keeps the plan
/// ends it owing again. The estimate is an input (from the account's past bills).
public enum ExpectedCharges: Codable, Sendable, Hashable {
    case none
    /// Expected charges for each instalment period (a week, fortnight or month).
    case perPeriod(Money)
    /// Expected charges per day; the plan period's days are counted exactly.
    case perDay(Money)

    /// Charges expected over a plan of `count` instalments from `start`: the days from the
    /// first scheduled date up to (not including) the date one period after the last.
    public func total(instalments count: Int, frequency: InstalmentFrequency, start: CivilDate) -> Money {
        switch self {
        case .none: return .zero
        case .perPeriod(let amount): return amount * count
        case .perDay(let amount):
            let end = frequency.scheduledDate(ofInstalment: count, from: start)
            return amount * start.days(until: end)
        }
    }

    var isNegative: Bool {
        switch self {
        case .none: return false
        case .perPeriod(let amount), .perDay(let amount): return amount.isNegative
        }
    }
}
