/// The Charter 5.4(a)-(c) statement of a plan, in parts a screen or a letter can place apart.
public struct PlanExplanation: Codable, Sendable, Hashable {
    /// 5.4(a): how the total and the payments were worked out.
    public let howCalculated: [String]
    /// 5.4(b): the period over which the customer pays.
    public let period: String
    /// 5.4(c): the amount paid each period.
    public let amountEachPeriod: String
    /// Instalments moved off a weekend or public holiday, if any.
    public let movedDates: String?

    /// All the parts, one sentence a line, in the order above.
    public var text: String {
        (howCalculated + [period, amountEachPeriod] + (movedDates.map { [$0] } ?? [])).joined(separator: "\n")
    }
}
