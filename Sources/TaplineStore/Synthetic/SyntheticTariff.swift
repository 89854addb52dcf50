import TaplineDomain

/// Charges for a synthetic four-monthly bill, itemised as Charter 4.6 requires, with rates in
/// the range a Victorian water business charges (they only need to look plausible).
enum SyntheticTariff {
    static let waterServiceCents: Int64 = 7_092
    static let sewerageServiceCents: Int64 = 17_480
    /// Usage priced at one rate each, $3.3000/kL for water and $1.2500/kL for sewage disposal
    /// on 90% of the water used (the seeded amounts have always been these).
    static let tariff = Tariff(
        waterSteps: [Tariff.Step(upToLitresPerDay: nil, rate: UsageRate(tenThousandthsPerKilolitre: 33_000))],
        sewageDisposal: UsageRate(tenThousandthsPerKilolitre: 12_500), sewageDischargePercent: 90,
        specialReadingFee: Money(cents: specialReadingCents),
        meterTestFee: Tariff.victorianDefault.meterTestFee)
    /// Melbourne Water's waterways and drainage charge, billed once a year (Charter 4.1).
    static let waterwaysCents: Int64 = 12_628
    /// A special meter reading, charged only for meters of 32 mm or more (Charter 4.3).
    static let specialReadingCents: Int64 = 6_550
    /// A concession takes half of the water and sewerage charges, up to this much a bill (5.3).
    static let concessionCapCents: Int64 = 12_500

    static func charges(usage: UsagePeriod, pipeMillimetres: Int, sewered: Bool, waterways: Bool, specialReading: Bool) -> [Charge] {
        let pipeFactor = Int64(max(1, (pipeMillimetres * pipeMillimetres) / 400))
        var charges = [Charge(kind: .serviceCharge, service: .water, description: "Water service charge",
                              amount: Money(cents: waterServiceCents * pipeFactor))]
        if sewered {
            charges.append(Charge(kind: .serviceCharge, service: .sewerage, description: "Sewerage service charge",
                                  amount: Money(cents: sewerageServiceCents)))
        }
        charges += tariff.waterUsageCharges(for: usage)
        if sewered { charges.append(tariff.sewageDisposalCharge(for: usage)) }
        if specialReading {
            charges.append(Charge(kind: .serviceRelated, service: .water, description: "Special meter reading",
                                  amount: Money(cents: specialReadingCents)))
        }
        if waterways {
            charges.append(Charge(kind: .other, service: nil, description: "Waterways and drainage charge (Melbourne Water)",
                                  amount: Money(cents: waterwaysCents)))
        }
        return charges
    }

    /// The concession credited on a bill with these charges.
    static func concession(on charges: [Charge]) -> Money {
        let eligible = charges.filter { $0.service == .water || $0.service == .sewerage }.filter { $0.kind != .serviceRelated }
        let half = eligible.map(\.amount).sum().cents / 2
        return Money(cents: min(half, concessionCapCents))
    }

    /// How much more water households use in each month than on average (summer gardens).
    static func seasonalFactor(month: Int) -> Double {
        [1.35, 1.35, 1.15, 1.0, 0.85, 0.8, 0.78, 0.8, 0.88, 1.0, 1.15, 1.3][month - 1]
    }
}
