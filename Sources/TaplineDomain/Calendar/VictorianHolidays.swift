/// Victoria's public holidays by rule: Public Holidays Act 1993 (Vic) s6.
///
/// s6 as substituted in 2008 and amended by the Public Holidays Amendment Act 2019
/// (austlii.edu.au, "Public Holidays Act 1993 - SECT 6"): (a)–(b) New Year's Day, and the
/// Monday after when it is a weekend day; (c) Australia Day, or the Monday after when it is a
/// weekend day; (d) Labour Day; (e)–(g) Good Friday, the Saturday before Easter Sunday, Easter
/// Sunday, Easter Monday; (h) ANZAC Day, with no substitute; (i) the Sovereign's birthday;
/// (ia) the Friday before the AFL Grand Final; (j) Melbourne Cup Day; (k)–(ka) Christmas Day,
/// and the Monday (Saturday Christmas) or Tuesday (Sunday Christmas) after; (l)–(m) Boxing
/// Day, and the Monday (Saturday) or Tuesday (Sunday) after. Earlier years are projected by
/// the same rules, except that Easter Sunday counts from 2016 and the Grand Final Friday from
/// 2015 (first appointed under s7 in 2015), and the June holiday is "Queen's Birthday" before
/// 2023. Not modelled: a non-metropolitan council's substitute for Melbourne Cup Day (s8A)
/// and one-off appointments under s7 other than those in `oneOffs`.
enum VictorianHolidays {
    /// One-off holidays proclaimed for a single year.
    static let oneOffs: [Holiday] = [
        // Proclaimed nationally for the death of Queen Elizabeth II.
        Holiday(date: CivilDate(year: 2022, month: 9, day: 22)!, name: "National Day of Mourning"),
    ]

    static func holidays(in year: Int, grandFinalFridays: [Int: CivilDate]) -> [Holiday] {
        var list: [Holiday] = []
        func add(_ date: CivilDate, _ name: String, provisional: Bool = false) {
            list.append(Holiday(date: date, name: name, isProvisional: provisional))
        }
        func date(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }

        // New Year's Day: a weekend 1 January keeps its holiday and adds the Monday.
        let newYear = date(1, 1)
        add(newYear, "New Year's Day")
        if newYear.isWeekend { add(newYear.onOrAfter(.monday), "New Year's Day (additional day)") }

        // Australia Day: moves to the Monday when 26 January is a weekend day.
        let australiaDay = date(1, 26)
        add(australiaDay.isWeekend ? australiaDay.onOrAfter(.monday) : australiaDay, "Australia Day")

        add(CivilDate.nth(2, .monday, ofMonth: 3, year: year)!, "Labour Day")

        let easter = Easter.sunday(in: year)
        add(easter.adding(days: -2), "Good Friday")
        add(easter.adding(days: -1), "Saturday before Easter Sunday")
        if year >= 2016 { add(easter, "Easter Sunday") }
        add(easter.adding(days: 1), "Easter Monday")

        // ANZAC Day: no substitute in Victoria when it falls on a weekend.
        add(date(4, 25), "ANZAC Day")

        add(CivilDate.nth(2, .monday, ofMonth: 6, year: year)!, year >= 2023 ? "King's Birthday" : "Queen's Birthday")

        if year >= GrandFinalFriday.firstYear {
            if let declared = grandFinalFridays[year] {
                add(declared, "Friday before the AFL Grand Final")
            } else {
                add(GrandFinalFriday.predicted(in: year), "Friday before the AFL Grand Final", provisional: true)
            }
        }

        add(CivilDate.nth(1, .tuesday, ofMonth: 11, year: year)!, "Melbourne Cup Day")

        // Christmas and Boxing Day: each weekend day adds the next free weekday.
        let christmas = date(12, 25)
        let boxing = date(12, 26)
        add(christmas, "Christmas Day")
        add(boxing, "Boxing Day")
        switch christmas.weekday {
        case .friday:  // Boxing Day is Saturday.
            add(date(12, 28), "Boxing Day (additional day)")
        case .saturday:  // Boxing Day is Sunday.
            add(date(12, 27), "Christmas Day (additional day)")
            add(date(12, 28), "Boxing Day (additional day)")
        case .sunday:  // Boxing Day is Monday.
            add(date(12, 27), "Christmas Day (additional day)")
        default:
            break
        }

        list += oneOffs.filter { $0.date.year == year }
        return list
    }
}
