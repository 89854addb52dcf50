import Testing
@testable import TaplineDomain

@Suite("Usage periods and comparisons (Charter 4.5(n), 4.7)")
struct AccountUsageTests {
    typealias F = AccountFixtures

    @Test("average daily use rounds to the nearest litre", arguments: [
        (1_000, 10, 100), (1_004, 10, 100), (1_005, 10, 101), (0, 10, 0), (121, 121, 1),
    ])
    func averageDailyUseRounds_4_5n(litres: Int, days: Int, average: Int) {
        let period = F.usage("2025-01-01", F.date("2025-01-01").adding(days: days - 1).iso, litres: litres)
        #expect(period.days == days)
        #expect(period.averageDailyLitres == average)
    }

    @Test func neighbourhoodAverageIsPerDay_4_7c() {
        let period = F.usage("2025-01-01", "2025-01-10", litres: 4_000, neighbourhood: 5_000)
        #expect(period.neighbourhoodAverageDailyLitres == 500)
        #expect(F.usage("2025-01-01", "2025-01-10", litres: 4_000).neighbourhoodAverageDailyLitres == nil)
    }

    /// Four-monthly periods from Apr 2023 to Mar 2025.
    static let history = [
        F.usage("2023-04-01", "2023-07-31", litres: 36_000),
        F.usage("2023-08-01", "2023-11-30", litres: 40_000),
        F.usage("2023-12-01", "2024-03-31", litres: 60_000),
        F.usage("2024-04-01", "2024-07-31", litres: 30_000),
        F.usage("2024-08-01", "2024-11-30", litres: 42_000),
        F.usage("2024-12-01", "2025-03-31", litres: 72_600, neighbourhood: 60_500),
    ]

    @Test func comparesWithThePastTwelveMonths_4_7a() throws {
        let comparison = try #require(UsageComparison(periods: Self.history.shuffled()))
        #expect(comparison.current.end == F.date("2025-03-31"))
        #expect(comparison.pastTwelveMonths.map(\.end) == [F.date("2024-07-31"), F.date("2024-11-30"), F.date("2025-03-31")])
    }

    @Test func comparesWithTheSamePeriodLastYear_4_7b() throws {
        let comparison = try #require(UsageComparison(periods: Self.history))
        #expect(comparison.samePeriodLastYear?.start == F.date("2023-12-01"))
        // 600 litres a day against 492 last summer (60,000 / 122 days): 22% more
        #expect(comparison.changeFromLastYearPercent == 22)
    }

    @Test func comparesWithTheNeighbourhood_4_7c() throws {
        #expect(try #require(UsageComparison(periods: Self.history)).neighbourhoodAverageDailyLitres == 500)
    }

    @Test func noComparisonIsInventedWithoutData_4_7() throws {
        #expect(UsageComparison(periods: []) == nil)
        let first = try #require(UsageComparison(periods: [Self.history[0]]))
        #expect(first.samePeriodLastYear == nil)
        #expect(first.changeFromLastYearPercent == nil)
        #expect(first.pastTwelveMonths.count == 1)
    }

    @Test func aPeriodMoreThan45DaysAwayFromAYearAgoIsNotTheSamePeriod_4_7b() throws {
        // Given this March and a period centred on 1 December 2023 (106 days from "a year ago"), Then no match
        let periods = [F.usage("2023-10-02", "2024-01-31", litres: 1), F.usage("2025-03-01", "2025-03-31", litres: 1)]
        #expect(try #require(UsageComparison(periods: periods)).samePeriodLastYear == nil)
        // Given one centred on 16 April 2024 (31 days away), Then it counts as the same period
        let near = [F.usage("2024-04-01", "2024-05-01", litres: 1), F.usage("2025-03-01", "2025-03-31", litres: 1)]
        #expect(try #require(UsageComparison(periods: near)).samePeriodLastYear != nil)
    }
}
