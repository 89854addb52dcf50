import TaplineDomain

/// A bill's charge from its stored columns, the same on both stores: a usage charge stored
/// with its litres and rate comes back priced by them (`Charge.usage`), so the tariff shown
/// and the amount billed agree; any other charge (or one stored before tariffs) as it was.
public enum StoredCharge {
    public static func make(kind: ChargeKind, service: WaterService?, description: String, cents: Int64,
                            litres: Int64?, rate: Int64?) -> Charge {
        if kind == .usageCharge, let service, let litres, let rate {
            return .usage(service: service, description: description,
                          pricing: UsagePricing(litres: Int(litres), rate: UsageRate(tenThousandthsPerKilolitre: rate)))
        }
        return Charge(kind: kind, service: service, description: description, amount: Money(cents: cents))
    }
}
