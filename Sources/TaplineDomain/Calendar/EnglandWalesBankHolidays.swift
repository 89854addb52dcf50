/// Bank holidays in England and Wales by rule, with the one-offs proclaimed so far.
///
/// Banking and Financial Dealings Act 1971, Schedule 1, and the royal proclamations that
/// move or add days (gov.uk/bank-holidays). A substitute day replaces the weekend day:
/// the weekend date itself is not a bank holiday.
enum EnglandWalesBankHolidays {
    /// One-off bank holidays proclaimed for a single occasion.
    static let oneOffs: [Holiday] = [
        Holiday(date: CivilDate(year: 1999, month: 12, day: 31)!, name: "Millennium Celebrations"),
        Holiday(date: CivilDate(year: 2002, month: 6, day: 3)!, name: "Golden Jubilee"),
        Holiday(date: CivilDate(year: 2011, month: 4, day: 29)!, name: "Royal Wedding"),
        Holiday(date: CivilDate(year: 2012, month: 6, day: 5)!, name: "Diamond Jubilee"),
        Holiday(date: CivilDate(year: 2022, month: 6, day: 3)!, name: "Platinum Jubilee"),
        Holiday(date: CivilDate(year: 2022, month: 9, day: 19)!, name: "State Funeral of Queen Elizabeth II"),
        Holiday(date: CivilDate(year: 2023, month: 5, day: 8)!, name: "Coronation of King Charles III"),
    ]

    /// Years whose early May bank holiday was moved from the first Monday (VE Day anniversaries).
    static let movedEarlyMay: [Int: CivilDate] = [
        1995: CivilDate(year: 1995, month: 5, day: 8)!,
        2020: CivilDate(year: 2020, month: 5, day: 8)!,
    ]

    /// Years whose spring bank holiday was moved from the last Monday of May (jubilees).
    static let movedSpring: [Int: CivilDate] = [
        2002: CivilDate(year: 2002, month: 6, day: 4)!,
        2012: CivilDate(year: 2012, month: 6, day: 4)!,
        2022: CivilDate(year: 2022, month: 6, day: 2)!,
    ]

    static func holidays(in year: Int) -> [Holiday] {
        var list: [Holiday] = []
        func add(_ date: CivilDate, _ name: String) { list.append(Holiday(date: date, name: name)) }
        func date(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }

        let newYear = date(1, 1)
        add(newYear.isWeekend ? newYear.onOrAfter(.monday) : newYear,
            newYear.isWeekend ? "New Year's Day (substitute day)" : "New Year's Day")

        let easter = Easter.sunday(in: year)
        add(easter.adding(days: -2), "Good Friday")
        add(easter.adding(days: 1), "Easter Monday")

        add(movedEarlyMay[year] ?? CivilDate.nth(1, .monday, ofMonth: 5, year: year)!, "Early May bank holiday")
        add(movedSpring[year] ?? CivilDate.last(.monday, ofMonth: 5, year: year), "Spring bank holiday")
        add(CivilDate.last(.monday, ofMonth: 8, year: year), "Summer bank holiday")

        switch date(12, 25).weekday {
        case .friday:  // Boxing Day is Saturday.
            add(date(12, 25), "Christmas Day")
            add(date(12, 28), "Boxing Day (substitute day)")
        case .saturday:
            add(date(12, 27), "Christmas Day (substitute day)")
            add(date(12, 28), "Boxing Day (substitute day)")
        case .sunday:
            add(date(12, 26), "Boxing Day")
            add(date(12, 27), "Christmas Day (substitute day)")
        default:
            add(date(12, 25), "Christmas Day")
            add(date(12, 26), "Boxing Day")
        }

        list += oneOffs.filter { $0.date.year == year }
        return list
    }
}
