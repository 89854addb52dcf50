import TaplineDomain
import TOMLKit

extension Configuration {
    /// `[tariff]`: the utility's own usage prices and meter fees, each optional (the Victorian
    /// default stands in for what is left out; `Tariff.victorianDefault`).
    ///
    /// ```toml
    /// [tariff]
    /// water_rates = ["2.6354", "3.3553", "4.9625"]   # $/kL, one per step
    /// water_steps_litres_per_day = [440, 880]         # each step's limit but the last's
    /// sewage_disposal_rate = "1.2500"
    /// special_reading_fee = "65.50"                   # Charter 4.3, meters of 32 mm or more
    /// meter_test_fee = "154.00"                       # Charter 11.1, a meter found accurate
    /// ```
    static func tariff(_ value: (any TOMLValueConvertible)?, file: String) -> (Tariff, [String]) {
        var tariff = Tariff.victorianDefault
        guard let value else { return (tariff, []) }
        guard let table = value.table else { return (tariff, ["\(file): tariff must be a table ([tariff]); using the default tariff"]) }
        var warnings: [String] = []
        func money(_ key: String) -> Money? {
            guard let text = table[key]?.string else { return nil }
            guard let parsed = try? Money.parse(text), !parsed.isNegative else {
                warnings.append("\(file): tariff \(key) “\(text)” is not an amount; using the default")
                return nil
            }
            return parsed
        }
        func rate(_ text: String?, _ key: String) -> UsageRate? {
            guard let text else { return nil }
            guard let parsed = UsageRate(dollarsPerKilolitre: text) else {
                warnings.append("\(file): tariff \(key) “\(text)” is not a price per kL (2.6354); using the default")
                return nil
            }
            return parsed
        }
        if let fee = money("special_reading_fee") { tariff.specialReadingFee = fee }
        if let fee = money("meter_test_fee") { tariff.meterTestFee = fee }
        if let sewage = rate(table["sewage_disposal_rate"]?.string, "sewage_disposal_rate") { tariff.sewageDisposal = sewage }
        if let rates = table["water_rates"]?.array {
            let parsed = rates.map { rate($0.string, "water_rates") }
            let limits = (table["water_steps_litres_per_day"]?.array).map { $0.map { $0.int } } ?? []
            if parsed.contains(where: { $0 == nil }) || parsed.isEmpty || limits.count != parsed.count - 1 || limits.contains(where: { $0 == nil }) {
                warnings.append("\(file): tariff water_rates needs one price per step and water_steps_litres_per_day one limit fewer; using the default steps")
            } else {
                tariff.waterSteps = parsed.enumerated().map { index, rate in
                    Tariff.Step(upToLitresPerDay: index < limits.count ? limits[index] : nil, rate: rate!)
                }
            }
        }
        return (tariff, warnings)
    }
}
