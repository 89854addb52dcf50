/// A household's income and expenditure statement: what comes in, what goes out, what is left.
///
/// Charter 5.4 and 5.5(a) make payment arrangements "in accordance with the customer's
/// capacity to pay"; the surplus here is that capacity (negative when costs exceed income).
///
/// Common period: **per month**. Household budgets, the UK Standard Financial Statement and
/// most financial counsellors' statements are monthly, and a month sits between the weekly
/// and fortnightly incomes and the quarterly or four-monthly bills. Each line is brought to
/// the period once, rounded half-up to the cent (`Frequency.share(ofYearly:)`), and every
/// per-period total is the sum of its lines as shown, so what is on screen adds up: the
/// rows add to the income and costs, and income minus costs is the surplus (or shortfall),
/// to the cent. Yearly totals are exact.
public struct IncomeExpenditure: Codable, Sendable, Hashable {
    /// Who lives in the household the statement covers.
    public struct Household: Codable, Sendable, Hashable {
        public var adults: Int
        public var children: Int

        public init(adults: Int, children: Int) {
            self.adults = adults
            self.children = children
        }
    }

    /// Why a statement was refused; `message` is shown to the agent as it is.
    public struct Invalid: Error, Equatable, Sendable {
        public let message: String
    }

    /// The period every per-period figure of a statement is shown in.
    public static let commonPeriod: Frequency = .monthly

    public var household: Household
    public var income: [IncomeLine]
    public var costs: [CostLine]

    /// A statement; refuses a household without an adult and negative amounts.
    public init(household: Household, income: [IncomeLine], costs: [CostLine]) throws(Invalid) {
        guard household.adults >= 1 else { throw Invalid(message: "a household has at least one adult") }
        guard household.children >= 0 else { throw Invalid(message: "the number of children cannot be negative") }
        if let line = income.first(where: { $0.amount.isNegative }) {
            throw Invalid(message: "income “\(line.source.displayName)” cannot be negative (\(line.amount.formatted))")
        }
        if let line = costs.first(where: { $0.amount.isNegative }) {
            throw Invalid(message: "cost “\(line.category.displayName)” cannot be negative (\(line.amount.formatted))")
        }
        self.household = household
        self.income = income
        self.costs = costs
    }

    // MARK: - Exact yearly totals

    public var yearlyIncome: Money { income.map(\.yearly).sum() }
    public var yearlyCosts: Money { costs.map(\.yearly).sum() }
    /// Exact yearly surplus: income minus costs, negative when costs are higher.
    public var yearlySurplus: Money { yearlyIncome - yearlyCosts }

    // MARK: - Per period: each line rounded once, totals the sums of the lines

    /// Income per month: the sum of the income lines a month.
    public var monthlyIncome: Money { income(per: Self.commonPeriod) }
    /// Costs per month: the sum of the cost lines a month.
    public var monthlyCosts: Money { costs(per: Self.commonPeriod) }
    /// Capacity to pay per month: income less costs a month; negative is a shortfall.
    public var monthlySurplus: Money { surplus(per: Self.commonPeriod) }

    /// The sum of the income lines, each brought to `period` (Charter 5.4: capacity to pay).
    public func income(per period: Frequency) -> Money { income.map { $0.amount(per: period) }.sum() }
    /// The sum of the cost lines, each brought to `period`.
    public func costs(per period: Frequency) -> Money { costs.map { $0.amount(per: period) }.sum() }
    /// Capacity to pay per week, fortnight, month or year: income less costs in that period,
    /// so it is exactly the difference of the two totals shown beside it.
    public func surplus(per period: Frequency) -> Money { income(per: period) - costs(per: period) }

    /// Costs under one heading per period: the sum of its lines.
    public func costs(in category: ExpenditureCategory, per period: Frequency = commonPeriod) -> Money {
        costs.filter { $0.category == category }.map { $0.amount(per: period) }.sum()
    }

    /// Fixed or flexible costs per period: the sum of their lines.
    public func costs(ofKind kind: CostKind, per period: Frequency = commonPeriod) -> Money {
        costs.filter { $0.kind == kind }.map { $0.amount(per: period) }.sum()
    }
}
