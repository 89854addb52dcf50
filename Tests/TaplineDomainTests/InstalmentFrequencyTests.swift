import Testing
@testable import TaplineDomain

@Suite("Instalment dates by frequency")
struct InstalmentFrequencyTests {
    typealias F = PlansFixtures

    @Test("scheduled dates count whole periods from the start", arguments: [
        (InstalmentFrequency.weekly, 3, "2025-05-26"), (.fortnightly, 3, "2025-06-16"), (.monthly, 3, "2025-08-05"),
    ])
    func scheduledDates(frequency: InstalmentFrequency, index: Int, expected: String) {
        #expect(frequency.scheduledDate(ofInstalment: index, from: F.date("2025-05-05")) == F.date(expected))
    }

    @Test func monthlyDatesDoNotDriftFromTheThirtyFirst() {
        let dates = (0..<4).map { InstalmentFrequency.monthly.scheduledDate(ofInstalment: $0, from: F.date("2024-12-31")) }
        #expect(dates == [F.date("2024-12-31"), F.date("2025-01-31"), F.date("2025-02-28"), F.date("2025-03-31")])
    }

    @Test("a schedule is worked out up to a hundred years, far past any plan", arguments: InstalmentFrequency.allCases)
    func longestScheduleIsAHundredYears(frequency: InstalmentFrequency) {
        #expect(frequency.longestSchedule == frequency.frequency.timesPerYear * 100)
    }
}
