/// Victoria's Friday before the AFL Grand Final: appointed each year, so kept as data.
///
/// The Minister appoints the day each year under s7(1)(a) of the Public Holidays Act 1993 (Vic)
/// (first in 2015, Victoria Government Gazette; see business.vic.gov.au "Victorian public
/// holidays"). The AFL sets the Grand Final date, so the holiday cannot be derived by rule:
/// in 2020 the Grand Final was played on 24 October at the Gabba and the Victorian holiday
/// followed it to Friday 23 October. For a year with no declared date the calendar predicts
/// the Friday before the last Saturday of September and marks it provisional.
enum GrandFinalFriday {
    /// Dates declared for Victoria, by year.
    ///
    /// Sources, checked against each year's Grand Final (always the next day):
    /// business.vic.gov.au "Victorian public holiday dates" (2015–2025 lists); AFL Grand Final
    /// dates 3 Oct 2015, 1 Oct 2016, 30 Sep 2017, 29 Sep 2018, 28 Sep 2019, 24 Oct 2020
    /// (Brisbane), 25 Sep 2021 (Perth), 24 Sep 2022, 30 Sep 2023, 28 Sep 2024, 27 Sep 2025.
    static let declared: [Int: CivilDate] = [
        2015: CivilDate(year: 2015, month: 10, day: 2)!,
        2016: CivilDate(year: 2016, month: 9, day: 30)!,
        2017: CivilDate(year: 2017, month: 9, day: 29)!,
        2018: CivilDate(year: 2018, month: 9, day: 28)!,
        2019: CivilDate(year: 2019, month: 9, day: 27)!,
        2020: CivilDate(year: 2020, month: 10, day: 23)!,
        2021: CivilDate(year: 2021, month: 9, day: 24)!,
        2022: CivilDate(year: 2022, month: 9, day: 23)!,
        2023: CivilDate(year: 2023, month: 9, day: 29)!,
        2024: CivilDate(year: 2024, month: 9, day: 27)!,
        2025: CivilDate(year: 2025, month: 9, day: 26)!,
    ]

    /// The first year the holiday existed.
    static let firstYear = 2015

    /// The usual pattern: the Friday before the last Saturday of September.
    static func predicted(in year: Int) -> CivilDate {
        CivilDate.last(.saturday, ofMonth: 9, year: year).adding(days: -1)
    }
}
