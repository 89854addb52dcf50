import Testing
@testable import TaplineDomain

/// Bank holidays in England and Wales, as published at gov.uk/bank-holidays.
@Suite("England and Wales bank holidays")
struct HolidayEnglandWalesTests {
    let calendar = BusinessCalendar(jurisdiction: .gbEAW)

    /// gov.uk/bank-holidays, England and Wales, year by year.
    static let published: [(year: Int, dates: String)] = [
        (2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28"),
        (2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28"),
        (2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27"),
        (2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26"),
        (2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26"),
        (2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"),
        (2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"),
    ]

    @Test("matches gov.uk bank holidays", arguments: published)
    func matchesPublishedDates(year: Int, dates: String) {
        let expected = dates.split(separator: " ").map { CivilDate(iso: "\(year)-\($0)")! }
        #expect(calendar.holidays(in: year).map(\.date) == expected)
    }

    @Test("names substitutes and one-offs", arguments: [
        ("2026-12-28", "Boxing Day (substitute day)"),
        ("2022-01-03", "New Year's Day (substitute day)"),
        ("2022-12-27", "Christmas Day (substitute day)"),
        ("2011-04-29", "Royal Wedding"),
        ("2012-06-05", "Diamond Jubilee"),
        ("2022-06-03", "Platinum Jubilee"),
        ("2022-09-19", "State Funeral of Queen Elizabeth II"),
        ("2023-05-08", "Coronation of King Charles III"),
    ])
    func namesSubstitutesAndOneOffs(iso: String, name: String) {
        #expect(calendar.holiday(on: CivilDate(iso: iso)!)?.name == name)
    }

    @Test func weekendDateOfASubstitutedHolidayIsNotItselfListed() {
        // Boxing Day 2026 is a Saturday; the bank holiday is Monday 28 December instead
        #expect(calendar.holiday(on: CivilDate(iso: "2026-12-26")!) == nil)
    }

    @Test func victorianHolidaysAreBusinessDaysInEngland() {
        // Melbourne Cup Day 2026 and ANZAC Day are not bank holidays in England and Wales
        #expect(calendar.isBusinessDay(CivilDate(iso: "2026-11-03")!))
        #expect(calendar.jurisdiction == .gbEAW)
    }
}
