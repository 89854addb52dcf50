/// A water business's usage prices and meter fees: what prices each usage charge on a bill
/// (Charter 4.6(b)) and what a special reading (4.3) or an accurate meter's test (11.1) may cost.
///
/// The defaults are Victorian-style: water priced in three steps by average daily use over
/// the billing period (the first 440 litres a day, the next 440, the rest), sewage disposal
/// on 90% of the water used. A utility's own prices come from
/// configuration (`[tariff]`).
public struct Tariff: Hashable, Sendable, Codable {
    /// One step of the water price: litres a day up to `upToLitresPerDay` (nil: no limit).
    public struct Step: Hashable, Sendable, Codable {
        public var upToLitresPerDay: Int?
        public var rate: UsageRate
        public init(upToLitresPerDay: Int?, rate: UsageRate) {
            self.upToLitresPerDay = upToLitresPerDay
            self.rate = rate
        }
    }

    /// Water usage steps in order, the last without a limit.
    public var waterSteps: [Step]
    public var sewageDisposal: UsageRate
    /// Percent of the water used that is taken as sewage discharged (90).
    public var sewageDischargePercent: Int
    /// Charter 4.3: a special meter reading, charged only for meters of 32 mm or larger.
    public var specialReadingFee: Money
    /// Charter 11.1: the reasonable charge for testing a meter found accurate (or reading low).
    public var meterTestFee: Money

    public init(waterSteps: [Step], sewageDisposal: UsageRate, sewageDischargePercent: Int,
                specialReadingFee: Money, meterTestFee: Money) {
        self.waterSteps = waterSteps
        self.sewageDisposal = sewageDisposal
        self.sewageDischargePercent = sewageDischargePercent
        self.specialReadingFee = specialReadingFee
        self.meterTestFee = meterTestFee
    }

    public static let victorianDefault = Tariff(
        waterSteps: [Step(upToLitresPerDay: 440, rate: UsageRate(tenThousandthsPerKilolitre: 26_354)),
                     Step(upToLitresPerDay: 880, rate: UsageRate(tenThousandthsPerKilolitre: 33_553)),
                     Step(upToLitresPerDay: nil, rate: UsageRate(tenThousandthsPerKilolitre: 49_625))],
        sewageDisposal: UsageRate(tenThousandthsPerKilolitre: 12_500), sewageDischargePercent: 90,
        specialReadingFee: Money(cents: 6_550), meterTestFee: Money(cents: 15_400))

    /// The water usage charges for a period: one line per step used, each litres × rate.
    ///
    /// A step's limit is its litres a day times the period's days (182 days at 440 L/day:
    /// the first 80,080 litres at the first rate). The lines' litres add up to `usage.litres`.
    public func waterUsageCharges(for usage: UsagePeriod) -> [Charge] {
        var remaining = max(usage.litres, 0)
        var floor = 0
        var lines: [Charge] = []
        let stepped = waterSteps.count > 1
        for (index, step) in waterSteps.enumerated() where remaining > 0 {
            let ceiling = step.upToLitresPerDay.map { $0 * usage.days }
            let litres = ceiling.map { min(remaining, max($0 - floor, 0)) } ?? remaining
            guard litres > 0 else { continue }
            let number = stepped ? index + 1 : nil
            lines.append(.usage(service: .water, description: number.map { "Water usage, step \($0)" } ?? "Water usage",
                                pricing: UsagePricing(litres: litres, rate: step.rate)))
            remaining -= litres
            floor = ceiling ?? floor
        }
        return lines
    }

    /// Sewage disposal on the discharge share of the water used (litres rounded down).
    public func sewageDisposalCharge(for usage: UsagePeriod) -> Charge {
        .usage(service: .sewerage, description: "Sewage disposal",
               pricing: UsagePricing(litres: max(usage.litres, 0) * sewageDischargePercent / 100, rate: sewageDisposal))
    }
}
