/// The tariff behind one usage charge (Charter 4.6(b)): the litres charged and the rate, so
/// the bill can show "182 kL × $2.6354/kL = $479.64". A stepped tariff makes one charge per
/// step, its step in its words ("Water usage, step 2").
///
/// The charge's amount is always `rate.charge(litres:)`: `Charge.usage` computes it, so the
/// line shown and the amount billed cannot disagree.
public struct UsagePricing: Hashable, Sendable, Codable {
    public let litres: Int
    public let rate: UsageRate

    public init(litres: Int, rate: UsageRate) {
        self.litres = litres
        self.rate = rate
    }

    public var amount: Money { rate.charge(litres: litres) }

    /// "182 kL × $2.6354/kL = $479.64"
    public var working: String { "\(kilolitresText(litres)) × \(rate.formatted) = \(amount.formatted)" }
}

extension Charge {
    /// A usage charge priced by its tariff: the amount is the litres at the rate, rounded down.
    public static func usage(service: WaterService, description: String, pricing: UsagePricing) -> Charge {
        var charge = Charge(kind: .usageCharge, service: service, description: description, amount: pricing.amount)
        charge.pricing = pricing
        return charge
    }
}
