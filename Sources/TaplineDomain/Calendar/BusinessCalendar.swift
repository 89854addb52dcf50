/// The one place Tapline decides which days are business days and counts them.
///
/// Charter Part C: a business day is "a day on which banks are open for general banking
/// business in Sunbury, not being a Saturday, Sunday or Public Holiday". Every deadline in the
/// charter (10 business days to reply, 3.1(a); 10 business days before a dispute is resolved,
/// 3.2(b)) is counted here, so all rules agree on the same days. Holidays come from the
/// jurisdiction's rules, the declared Grand Final Fridays (Victoria) and `extraHolidays`
/// from configuration (one-off or local holidays such as a council's replacement for Cup Day).
///
/// ```swift
/// let cal = BusinessCalendar.victoria
/// cal.adding(businessDays: 10, to: CivilDate(iso: "2026-04-02")!)  // 2026-04-20
/// ```
public struct BusinessCalendar: Sendable, Hashable {
    public let jurisdiction: Jurisdiction
    private let extraHolidays: [Holiday]
    private let grandFinalFridays: [Int: CivilDate]

    /// - Parameters:
    ///   - extraHolidays: one-off or local holidays from configuration, added to the rules.
    ///   - declaredGrandFinalFridays: Victoria's declared Fridays before the AFL Grand Final by
    ///     year; nil uses the built-in list. Years without an entry are predicted and provisional.
    public init(jurisdiction: Jurisdiction = .auVIC, extraHolidays: [Holiday] = [],
                declaredGrandFinalFridays: [Int: CivilDate]? = nil) {
        self.jurisdiction = jurisdiction
        self.extraHolidays = extraHolidays
        self.grandFinalFridays = declaredGrandFinalFridays ?? GrandFinalFriday.declared
    }

    /// Victoria with the built-in holiday data: the charter's own jurisdiction.
    public static let victoria = BusinessCalendar(jurisdiction: .auVIC)

    /// Every holiday in a year, sorted by date, each named. Two holidays on one date are both listed.
    public func holidays(in year: Int) -> [Holiday] {
        let byRule: [Holiday]
        switch jurisdiction {
        case .auVIC: byRule = VictorianHolidays.holidays(in: year, grandFinalFridays: grandFinalFridays)
        case .gbEAW: byRule = EnglandWalesBankHolidays.holidays(in: year)
        }
        let all = byRule + extraHolidays.filter { $0.date.year == year }
        return all.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// The holiday on a date, if any (the rule-based one first when a configured one coincides).
    public func holiday(on date: CivilDate) -> Holiday? {
        holidays(in: date.year).first { $0.date == date }
    }

    public func isPublicHoliday(_ date: CivilDate) -> Bool { holiday(on: date) != nil }

    /// True unless the date is a Saturday, Sunday or public holiday (Charter Part C).
    public func isBusinessDay(_ date: CivilDate) -> Bool {
        !date.isWeekend && !isPublicHoliday(date)
    }

    /// The `n`th business day after `date`; `n` = 0 gives `date` itself, whatever day it is.
    ///
    /// A negative `n` counts back: the |n|th business day before `date`.
    public func adding(businessDays n: Int, to date: CivilDate) -> CivilDate {
        var days = BusinessDaySet(calendar: self)
        let step = n < 0 ? -1 : 1
        var current = date
        var remaining = abs(n)
        while remaining > 0 {
            current = current.adding(days: step)
            if days.contains(current) { remaining -= 1 }
        }
        return current
    }

    /// Business days after `start` up to and including `end`; negative when `end` is before
    /// `start` (then the business days after `end` up to and including `start`, negated).
    ///
    /// Agrees with `adding`: `businessDays(from: d, to: adding(businessDays: n, to: d)) == n`.
    public func businessDays(from start: CivilDate, to end: CivilDate) -> Int {
        if end < start { return -businessDays(from: end, to: start) }
        var days = BusinessDaySet(calendar: self)
        var count = 0
        var current = start
        while current < end {
            current = current.adding(days: 1)
            if days.contains(current) { count += 1 }
        }
        return count
    }

    /// `date` when it is a business day, else the first business day after it.
    public func nextBusinessDay(onOrAfter date: CivilDate) -> CivilDate {
        var days = BusinessDaySet(calendar: self)
        var current = date
        while !days.contains(current) { current = current.adding(days: 1) }
        return current
    }
}

/// Business-day lookups that compute each year's holidays once while a count walks through days.
private struct BusinessDaySet {
    let calendar: BusinessCalendar
    private var holidayDates: [Int: Set<CivilDate>] = [:]

    init(calendar: BusinessCalendar) { self.calendar = calendar }

    mutating func contains(_ date: CivilDate) -> Bool {
        if date.isWeekend { return false }
        if holidayDates[date.year] == nil {
            holidayDates[date.year] = Set(calendar.holidays(in: date.year).map(\.date))
        }
        return !holidayDates[date.year]!.contains(date)
    }
}
