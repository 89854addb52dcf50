import Foundation
import Testing
import TaplineDomain
@testable import tapline

/// `[tariff]` in config.toml: a utility's own usage prices and meter fees (Charter 4.3, 4.6(b),
/// 11.1), each optional, a broken value reported and the default kept.
@Suite("Configuration: the tariff")
struct TariffConfigurationTests {
    static func load(_ text: String) throws -> (Configuration, [String]) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-tariff-\(UUID().uuidString).toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return Configuration.load(from: file)
    }

    @Test func noTariffMeansTheVictorianDefaults() throws {
        let (configuration, warnings) = try Self.load("theme = \"monochrome\"\n")
        #expect(warnings.isEmpty)
        #expect(configuration.tariff == .victorianDefault)
    }

    @Test func aUtilitysOwnPricesAndFeesAreRead_4_3_11_1() throws {
        let (configuration, warnings) = try Self.load("""
            [tariff]
            water_rates = ["3.1000", "4.2"]
            water_steps_litres_per_day = [500]
            special_reading_fee = "70.00"
            meter_test_fee = "120.50"
            """)
        #expect(warnings.isEmpty)
        #expect(configuration.tariff.waterSteps == [Tariff.Step(upToLitresPerDay: 500, rate: UsageRate(tenThousandthsPerKilolitre: 31_000)),
                                                    Tariff.Step(upToLitresPerDay: nil, rate: UsageRate(tenThousandthsPerKilolitre: 42_000))])
        #expect(configuration.tariff.specialReadingFee == Money(cents: 7_000))
        #expect(configuration.tariff.meterTestFee == Money(cents: 12_050))
        #expect(configuration.tariff.sewageDisposal == Tariff.victorianDefault.sewageDisposal)
    }

    @Test func aBrokenPriceIsReportedAndTheDefaultKept() throws {
        let (configuration, warnings) = try Self.load("""
            [tariff]
            meter_test_fee = "lots"
            water_rates = ["2.5"]
            water_steps_litres_per_day = [440]
            """)
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("meter_test_fee “lots” is not an amount") })
        #expect(configuration.tariff == .victorianDefault)
    }
}
