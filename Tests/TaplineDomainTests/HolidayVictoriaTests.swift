import Testing
@testable import TaplineDomain

/// Victoria's public holidays: Public Holidays Act 1993 (Vic) s6, as the calendar counts them.
@Suite("Victorian public holidays")
struct HolidayVictoriaTests {
    let calendar = BusinessCalendar.victoria

    /// Every Victorian public holiday 2024–2035, month-day, in date order.
    ///
    /// 2024–2026 as published at business.vic.gov.au ("Victorian public holiday dates");
    /// 2027–2035 by the Act's rules (the Friday before the Grand Final is the predicted,
    /// provisional date from 2026). Worked by hand from a weekday table, not from the code.
    static let published: [(year: Int, dates: String)] = [
        (2024, "01-01 01-26 03-11 03-29 03-30 03-31 04-01 04-25 06-10 09-27 11-05 12-25 12-26"),
        (2025, "01-01 01-27 03-10 04-18 04-19 04-20 04-21 04-25 06-09 09-26 11-04 12-25 12-26"),
        (2026, "01-01 01-26 03-09 04-03 04-04 04-05 04-06 04-25 06-08 09-25 11-03 12-25 12-26 12-28"),
        (2027, "01-01 01-26 03-08 03-26 03-27 03-28 03-29 04-25 06-14 09-24 11-02 12-25 12-26 12-27 12-28"),
        (2028, "01-01 01-03 01-26 03-13 04-14 04-15 04-16 04-17 04-25 06-12 09-29 11-07 12-25 12-26"),
        (2029, "01-01 01-26 03-12 03-30 03-31 04-01 04-02 04-25 06-11 09-28 11-06 12-25 12-26"),
        (2030, "01-01 01-28 03-11 04-19 04-20 04-21 04-22 04-25 06-10 09-27 11-05 12-25 12-26"),
        (2031, "01-01 01-27 03-10 04-11 04-12 04-13 04-14 04-25 06-09 09-26 11-04 12-25 12-26"),
        (2032, "01-01 01-26 03-08 03-26 03-27 03-28 03-29 04-25 06-14 09-24 11-02 12-25 12-26 12-27 12-28"),
        (2033, "01-01 01-03 01-26 03-14 04-15 04-16 04-17 04-18 04-25 06-13 09-23 11-01 12-25 12-26 12-27"),
        (2034, "01-01 01-02 01-26 03-13 04-07 04-08 04-09 04-10 04-25 06-12 09-29 11-07 12-25 12-26"),
        (2035, "01-01 01-26 03-12 03-23 03-24 03-25 03-26 04-25 06-11 09-28 11-06 12-25 12-26"),
    ]

    @Test("matches the published Victorian holiday dates", arguments: published)
    func matchesPublishedDates(year: Int, dates: String) {
        // Given the published table for a year
        let expected = dates.split(separator: " ").map { CivilDate(iso: "\(year)-\($0)")! }
        // When the calendar lists its holidays
        let actual = calendar.holidays(in: year).map(\.date)
        // Then they are the same dates in the same order
        #expect(actual == expected)
    }

    @Test func namesEveryHoliday2026() {
        // Given 2026, when Boxing Day falls on a Saturday
        let named = calendar.holidays(in: 2026).map { "\($0.date.iso) \($0.name)" }
        // Then each holiday carries its name, and the substitute says it is an additional day
        #expect(named == [
            "2026-01-01 New Year's Day",
            "2026-01-26 Australia Day",
            "2026-03-09 Labour Day",
            "2026-04-03 Good Friday",
            "2026-04-04 Saturday before Easter Sunday",
            "2026-04-05 Easter Sunday",
            "2026-04-06 Easter Monday",
            "2026-04-25 ANZAC Day",
            "2026-06-08 King's Birthday",
            "2026-09-25 Friday before the AFL Grand Final",
            "2026-11-03 Melbourne Cup Day",
            "2026-12-25 Christmas Day",
            "2026-12-26 Boxing Day",
            "2026-12-28 Boxing Day (additional day)",
        ])
    }

    @Test("substitutes a weekday for a weekend holiday (Public Holidays Act 1993 s6)", arguments: [
        ("2022-01-03", "New Year's Day (additional day)"),   // 1 Jan 2022 a Saturday
        ("2023-01-02", "New Year's Day (additional day)"),   // 1 Jan 2023 a Sunday
        ("2025-01-27", "Australia Day"),                     // 26 Jan 2025 a Sunday: moved
        ("2020-12-28", "Boxing Day (additional day)"),       // Boxing Day 2020 a Saturday
        ("2021-12-27", "Christmas Day (additional day)"),    // Christmas 2021 a Saturday
        ("2021-12-28", "Boxing Day (additional day)"),       // …so Boxing Day a Sunday
        ("2022-12-27", "Christmas Day (additional day)"),    // Christmas 2022 a Sunday
    ])
    func substitutesWeekendHolidays(iso: String, name: String) {
        let date = CivilDate(iso: iso)!
        #expect(calendar.holiday(on: date)?.name == name)
        #expect(!calendar.isBusinessDay(date))
    }

    @Test func keepsWeekendNewYearButMovesWeekendAustraliaDay() {
        // New Year's Day keeps its own date and gains the Monday …
        #expect(calendar.holiday(on: CivilDate(iso: "2022-01-01")!)?.name == "New Year's Day")
        // … Australia Day moves: Sunday 26 Jan 2025 itself is not a holiday
        #expect(calendar.holiday(on: CivilDate(iso: "2025-01-26")!) == nil)
    }

    @Test func anzacDayOnSaturday2026HasNoSubstitute() {
        // Given ANZAC Day 2026 falls on a Saturday
        let anzac = CivilDate(iso: "2026-04-25")!
        #expect(anzac.weekday == .saturday)
        // Then it is a holiday, and Monday 27 April is an ordinary business day
        #expect(calendar.holiday(on: anzac)?.name == "ANZAC Day")
        let monday = CivilDate(iso: "2026-04-27")!
        #expect(calendar.holiday(on: monday) == nil)
        #expect(calendar.isBusinessDay(monday))
    }

    @Test func namesTheSovereignsBirthdayForTheReigningMonarch() {
        #expect(calendar.holiday(on: CivilDate(iso: "2022-06-13")!)?.name == "Queen's Birthday")
        #expect(calendar.holiday(on: CivilDate(iso: "2023-06-12")!)?.name == "King's Birthday")
    }

    @Test func includesNationalDayOfMourning2022() {
        #expect(calendar.holiday(on: CivilDate(iso: "2022-09-22")!)?.name == "National Day of Mourning")
    }

    @Test("uses each declared Friday before the AFL Grand Final", arguments: [
        "2015-10-02", "2016-09-30", "2017-09-29", "2018-09-28", "2019-09-27", "2020-10-23",
        "2021-09-24", "2022-09-23", "2023-09-29", "2024-09-27", "2025-09-26",
    ])
    func usesDeclaredGrandFinalFridays(iso: String) {
        let holiday = calendar.holiday(on: CivilDate(iso: iso)!)
        #expect(holiday?.name == "Friday before the AFL Grand Final")
        #expect(holiday?.isProvisional == false)
    }

    @Test func predictsUndeclaredGrandFinalFridayAsProvisional() {
        // Given no declared date for 2026
        let holiday = calendar.holidays(in: 2026).first { $0.name == "Friday before the AFL Grand Final" }
        // Then the Friday before the last Saturday of September is predicted, and marked provisional
        #expect(holiday?.date == CivilDate(iso: "2026-09-25"))
        #expect(holiday?.isProvisional == true)
        // And only the Grand Final Friday is ever provisional
        #expect(calendar.holidays(in: 2026).filter(\.isProvisional).count == 1)
    }

    @Test func configuredGrandFinalFridayReplacesThePrediction() {
        // Given configuration declares 2026's holiday as 2 October (a later Grand Final)
        let declared = CivilDate(iso: "2026-10-02")!
        let custom = BusinessCalendar(declaredGrandFinalFridays: [2026: declared])
        // Then that date is a settled holiday and the predicted Friday is a business day
        #expect(custom.holiday(on: declared)?.isProvisional == false)
        #expect(custom.isBusinessDay(CivilDate(iso: "2026-09-25")!))
    }

    @Test func noGrandFinalFridayBefore2015() {
        #expect(!calendar.holidays(in: 2014).contains { $0.name == "Friday before the AFL Grand Final" })
        #expect(calendar.isBusinessDay(CivilDate(iso: "2014-09-26")!))
    }

    @Test func easterSundayIsAHolidayFrom2016() {
        #expect(calendar.holiday(on: CivilDate(iso: "2016-03-27")!)?.name == "Easter Sunday")
        #expect(calendar.holiday(on: CivilDate(iso: "2015-04-05")!) == nil)
    }

    @Test func extraHolidaysFromConfigurationAreAdded() {
        // Given a council's local show day configured as a holiday
        let show = Holiday(date: CivilDate(iso: "2026-10-21")!, name: "Local show day")
        let custom = BusinessCalendar(extraHolidays: [show])
        // Then it is listed in date order and is not a business day
        #expect(custom.holiday(on: show.date) == show)
        #expect(!custom.isBusinessDay(show.date))
        let dates = custom.holidays(in: 2026).map(\.date)
        #expect(dates == dates.sorted())
        #expect(BusinessCalendar.victoria.isBusinessDay(show.date))
    }
}
