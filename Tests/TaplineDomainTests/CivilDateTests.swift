import Foundation
import Testing
@testable import TaplineDomain

@Suite("Civil dates and local times")
struct CivilDateTests {
    @Test func roundTripsThroughDayCounts() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
    }

    @Test func knowsWeekdays() {
        #expect(CivilDate(iso: "2025-04-18")!.weekday == .friday)  // Good Friday 2025
        #expect(CivilDate(iso: "2026-11-23")!.weekday == .monday)
        #expect(CivilDate(iso: "2000-02-29")!.weekday == .tuesday)
    }

    @Test("refuses impossible or malformed dates", arguments: ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", ""])
    func refusesBadDates(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func addsMonthsClampingToMonthEnd() {
        #expect(CivilDate(iso: "2026-01-31")!.adding(months: 1) == CivilDate(iso: "2026-02-28"))
        #expect(CivilDate(iso: "2024-01-31")!.adding(months: 1) == CivilDate(iso: "2024-02-29"))
        #expect(CivilDate(iso: "2026-11-15")!.adding(months: 3) == CivilDate(iso: "2027-02-15"))
        #expect(CivilDate(iso: "2026-03-15")!.adding(months: -3) == CivilDate(iso: "2025-12-15"))
    }

    @Test func localTimeParsesAndConvertsInMelbourne() throws {
        let t = try #require(LocalDateTime(iso: "2026-03-06T14:59"))
        #expect(t.minuteOfDay == 14 * 60 + 59)
        let zone = UtilityZone.melbourne
        #expect(zone.local(t.instant(in: zone.timeZone)) == t)
        #expect(LocalDateTime(iso: "2026-03-06T24:00") == nil)
        #expect(LocalDateTime(iso: "2026-03-06") == nil)
    }
}
