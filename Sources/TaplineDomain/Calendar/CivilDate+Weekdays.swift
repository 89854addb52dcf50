/// Weekday arithmetic that holiday rules are written in ("second Monday in March").
extension CivilDate {
    /// The `n`th given weekday of a month (n = 1 for the first); nil when the month has fewer.
    static func nth(_ n: Int, _ weekday: Weekday, ofMonth month: Int, year: Int) -> CivilDate? {
        let first = CivilDate(year: year, month: month, day: 1)!
        let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        let day = 1 + offset + (n - 1) * 7
        return CivilDate(year: year, month: month, day: day)
    }

    /// The last given weekday of a month.
    static func last(_ weekday: Weekday, ofMonth month: Int, year: Int) -> CivilDate {
        let end = CivilDate(year: year, month: month, day: daysIn(month: month, year: year))!
        let back = (end.weekday.rawValue - weekday.rawValue + 7) % 7
        return end.adding(days: -back)
    }

    /// The first day on or after self that is the given weekday.
    func onOrAfter(_ weekday: Weekday) -> CivilDate {
        adding(days: (weekday.rawValue - self.weekday.rawValue + 7) % 7)
    }
}
