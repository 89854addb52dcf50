/// What an agent and customer put into a payment plan calculation.
public struct PlanRequest: Codable, Sendable, Hashable {
    /// How the instalments are sized.
    public enum Sizing: Codable, Sendable, Hashable {
        /// The customer can pay this much each period (their capacity to pay, Charter 5.4);
        /// the number of instalments follows, the last one smaller.
        case instalment(Money)
        /// The customer wants this many instalments; the total is split equally.
        case instalments(Int)
    }

    /// The amount owed now.
    public var debt: Money
    public var expectedCharges: ExpectedCharges
    public var frequency: InstalmentFrequency
    /// The first instalment's scheduled date.
    public var start: CivilDate
    public var sizing: Sizing

    public init(debt: Money, expectedCharges: ExpectedCharges = .none, frequency: InstalmentFrequency,
                start: CivilDate, sizing: Sizing) {
        self.debt = debt
        self.expectedCharges = expectedCharges
        self.frequency = frequency
        self.start = start
        self.sizing = sizing
    }
}
