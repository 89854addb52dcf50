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

    /// The amount owed now, including any part of it in dispute.
    public var debt: Money
    /// The part of `debt` under an unresolved dispute. Charter 3.1(e): it is not recovered
    /// until the dispute is resolved, so the plan leaves it out (`amountCovered`).
    public var amountInDispute: Money
    public var expectedCharges: ExpectedCharges
    public var frequency: InstalmentFrequency
    /// The first instalment's scheduled date.
    public var start: CivilDate
    public var sizing: Sizing

    public init(debt: Money, amountInDispute: Money = .zero, expectedCharges: ExpectedCharges = .none,
                frequency: InstalmentFrequency, start: CivilDate, sizing: Sizing) {
        self.debt = debt
        self.amountInDispute = amountInDispute
        self.expectedCharges = expectedCharges
        self.frequency = frequency
        self.start = start
        self.sizing = sizing
    }

    /// The part of the amount owed the plan recovers: all of it less the amount in dispute (Charter 3.1(e)).
    public var amountCovered: Money { debt - amountInDispute }

    private enum CodingKeys: String, CodingKey {
        case debt, amountInDispute, expectedCharges, frequency, start, sizing
    }

    /// Reads plans saved before the amount in dispute was kept: they had none left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        debt = try container.decode(Money.self, forKey: .debt)
        amountInDispute = try container.decodeIfPresent(Money.self, forKey: .amountInDispute) ?? .zero
        expectedCharges = try container.decode(ExpectedCharges.self, forKey: .expectedCharges)
        frequency = try container.decode(InstalmentFrequency.self, forKey: .frequency)
        start = try container.decode(CivilDate.self, forKey: .start)
        sizing = try container.decode(Sizing.self, forKey: .sizing)
    }
}
