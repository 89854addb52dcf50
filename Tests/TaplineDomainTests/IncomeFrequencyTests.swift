import Testing
@testable import TaplineDomain

@Suite("Frequencies normalise to a year exactly and back with one rounding (Charter 5.4, 5.6(a))")
struct IncomeFrequencyTests {
    @Test("times a year", arguments: [(Frequency.weekly, 52), (.fortnightly, 26), (.monthly, 12), (.yearly, 1)])
    func timesAYear(frequency: Frequency, times: Int) {
        #expect(frequency.timesPerYear == times)
        // Given $10.01 at this frequency, then the yearly amount is exact in cents.
        #expect(frequency.yearly(Money(cents: 1001)) == Money(cents: 1001 * Int64(times)))
    }

    @Test("a share of a yearly amount rounds down to the cent", arguments: [
        (Frequency.monthly, Int64(120_001), Int64(10_000)),   // $1,200.01 a year → $100.00 a month (not $100.0008)
        (.monthly, 120_011, 10_000),                          // .0916 of a cent rounds down too
        (.fortnightly, 2_600, 100),
        (.weekly, 5_199, 99),
        (.yearly, 12_345, 12_345),
        (.monthly, -1, -1),                                   // a shortfall never shows smaller than it is
        (.monthly, -12, -1),
        (.monthly, -13, -2),
    ])
    func shareRoundsDown_5_4(frequency: Frequency, yearlyCents: Int64, expected: Int64) {
        #expect(frequency.share(ofYearly: Money(cents: yearlyCents)) == Money(cents: expected))
    }
}
