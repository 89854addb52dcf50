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
    /// A plan longer than two years: why it is allowed and when it is reviewed (Charter 5.4, 5.4(d)).
    public let review: String?

    public init(howCalculated: [String], period: String, amountEachPeriod: String, movedDates: String?, review: String? = nil) {
        self.howCalculated = howCalculated
        self.period = period
        self.amountEachPeriod = amountEachPeriod
        self.movedDates = movedDates
        self.review = review
    }

    /// All the parts, one sentence a line, in the order above.
    public var text: String {
        (howCalculated + [period] + (review.map { [$0] } ?? []) + [amountEachPeriod] + (movedDates.map { [$0] } ?? []))
            .joined(separator: "\n")
    }
}
