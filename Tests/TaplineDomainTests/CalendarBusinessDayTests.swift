import Testing
@testable import TaplineDomain

/// Counting business days: Charter Part C ("not being a Saturday, Sunday or Public Holiday").
@Suite("Business-day counting")
struct CalendarBusinessDayTests {
    let calendar = BusinessCalendar.victoria

    private func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func weekendsAndHolidaysAreNotBusinessDays_PartC() {
        #expect(calendar.isBusinessDay(d("2026-03-06")))      // Friday
        #expect(!calendar.isBusinessDay(d("2026-03-07")))     // Saturday
        #expect(!calendar.isBusinessDay(d("2026-03-08")))     // Sunday
        #expect(!calendar.isBusinessDay(d("2026-03-09")))     // Labour Day
        #expect(!calendar.isBusinessDay(d("2026-11-03")))     // Melbourne Cup Day
        #expect(calendar.isPublicHoliday(d("2026-04-04")))    // Saturday before Easter Sunday
    }

    @Test("adds business days skipping weekends and holidays", arguments: [
        ("2026-03-06", 0, "2026-03-06"),   // zero: the date itself
        ("2026-03-07", 0, "2026-03-07"),   // zero: even a Saturday
        ("2026-03-06", 1, "2026-03-10"),   // Fri + 1 skips the weekend and Labour Day
        ("2026-04-02", 1, "2026-04-07"),   // Thursday before Easter + 1: Tuesday
        ("2026-04-02", 10, "2026-04-20"),  // Good Fri, weekend, Easter Mon skipped
        ("2026-12-24", 1, "2026-12-29"),   // Christmas Fri, Boxing Sat, additional Mon 28
        ("2027-12-24", 1, "2027-12-29"),   // Christmas Sat: additional Mon 27 and Tue 28
        ("2026-10-30", 2, "2026-11-04"),   // Fri + 2 skips Melbourne Cup Tuesday
        ("2026-04-24", 1, "2026-04-27"),   // ANZAC Saturday 2026: Monday is a business day
        ("2026-03-10", -1, "2026-03-06"),  // counting back skips Labour Day and the weekend
    ])
    func addsBusinessDays(start: String, n: Int, expected: String) {
        #expect(calendar.adding(businessDays: n, to: d(start)) == d(expected))
    }

    @Test("counts business days after start up to and including end", arguments: [
        ("2026-03-06", "2026-03-06", 0),
        ("2026-03-06", "2026-03-10", 1),
        ("2026-03-06", "2026-03-09", 0),   // only weekend and Labour Day in between
        ("2026-04-02", "2026-04-20", 10),
        ("2026-04-20", "2026-04-02", -10), // reversed gives the negative
        ("2026-01-01", "2026-12-31", 251), // 261 weekdays less 10 weekday holidays
    ])
    func countsBusinessDays(start: String, end: String, expected: Int) {
        #expect(calendar.businessDays(from: d(start), to: d(end)) == expected)
    }

    @Test func countingAgreesWithAdding() {
        var start = d("2025-11-20")
        while start < d("2026-02-10") {
            for n in [0, 1, 5, 10, 25] {
                let end = calendar.adding(businessDays: n, to: start)
                #expect(calendar.businessDays(from: start, to: end) == n)
                #expect(n == 0 || calendar.isBusinessDay(end))
            }
            start = start.adding(days: 1)
        }
    }

    @Test("finds the next business day on or after a date", arguments: [
        ("2026-03-06", "2026-03-06"),  // already a business day
        ("2026-03-07", "2026-03-10"),  // Saturday → Tuesday after Labour Day
        ("2026-12-25", "2026-12-29"),
        ("2026-04-03", "2026-04-07"),  // Good Friday → Tuesday after Easter
    ])
    func nextBusinessDay(start: String, expected: String) {
        #expect(calendar.nextBusinessDay(onOrAfter: d(start)) == d(expected))
    }

    @Test func holidaysAreSortedAndNamed() {
        for year in 2000...2040 {
            let list = calendar.holidays(in: year)
            #expect(list.map(\.date) == list.map(\.date).sorted())
            #expect(list.allSatisfy { !$0.name.isEmpty && $0.date.year == year })
        }
    }
}
