import Testing
@testable import TaplineDomain

/// Easter Sunday by the anonymous Gregorian (Meeus) algorithm.
@Suite("Easter dates")
struct HolidayEasterTests {
    /// Western Easter Sundays from published Easter tables, including the earliest (22 March)
    /// and latest (25 April) possible dates.
    @Test("matches published Easter Sundays", arguments: [
        "1943-04-25", "1961-04-02", "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21",
        "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
        "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25",
        "2038-04-25", "2285-03-22",
    ])
    func matchesPublishedEasterSundays(iso: String) {
        let expected = CivilDate(iso: iso)!
        let easter = Easter.sunday(in: expected.year)
        #expect(easter == expected)
        #expect(easter.weekday == .sunday)
    }

    @Test func alwaysASundayBetween22MarchAnd25April() {
        for year in 1583...3000 {
            let easter = Easter.sunday(in: year)
            #expect(easter.weekday == .sunday)
            #expect(easter >= CivilDate(year: year, month: 3, day: 22)!)
            #expect(easter <= CivilDate(year: year, month: 4, day: 25)!)
        }
    }
}
