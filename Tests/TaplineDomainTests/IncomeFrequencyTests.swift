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

    @Test("a share of a yearly amount rounds half-up to the cent, once (issue 10 item 20)", arguments: [
        (Frequency.monthly, Int64(120_001), Int64(10_000)),   // $1,200.01 a year → $100.00 a month ($100.0008)
        (.monthly, 120_006, 10_001),                          // $100.0005 → $100.01: a half cent goes up
        (.monthly, 120_005, 10_000),                          // $100.000416… → $100.00
        (.fortnightly, 2_600, 100),
        (.weekly, 5_199, 100),                                // 99.98 cents → $1.00
        (.yearly, 12_345, 12_345),
        (.monthly, -6, -1),                                   // a half cent of shortfall shows as a cent, as a surplus would
        (.monthly, -5, 0),
        (.monthly, -13, -1),
    ])
    func shareRoundsHalfUp_5_4(frequency: Frequency, yearlyCents: Int64, expected: Int64) {
        #expect(frequency.share(ofYearly: Money(cents: yearlyCents)) == Money(cents: expected))
    }

    @Test func aFortnightlyIncomeShowsRoundedNotTruncatedAMonth_5_6a1() {
        // Given $1,150.00 a fortnight: $29,900.00 a year, $2,491.666… a month
        // Then a month shows $2,491.67 (it showed $2,491.66, cut off rather than rounded)
        #expect(Frequency.monthly.converted(Money(cents: 115_000), from: .fortnightly) == Money(cents: 249_167))
        #expect(IncomeLine(.wages, Money(cents: 115_000), .fortnightly).amount(per: .monthly) == Money(cents: 249_167))
    }
}
