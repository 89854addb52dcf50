/// Dates the utility promises a customer: always business days on the configured calendar.
///
/// Charter Part C defines a business day; 3.1(a) and (b) count replies in business days, so a
/// reply promised for a Saturday, a Sunday or a public holiday is a promise made on a day the
/// utility is shut. Every date promised to a complainant is checked here, and a refusal names
/// why the day is not a business day and the next one that is.
public enum CustomerPromise {
    /// Refuses `date` unless it is a business day on `calendar`.
    public static func checkBusinessDay(_ date: CivilDate, calendar: BusinessCalendar) throws(ComplaintRefusal) {
        guard !calendar.isBusinessDay(date) else { return }
        throw .notABusinessDay(date, why: whyNotABusinessDay(date, calendar: calendar) ?? "not a business day",
                               next: calendar.nextBusinessDay(onOrAfter: date))
    }

    /// "Christmas Day", "a Saturday": why a day is not a business day; nil when it is one.
    public static func whyNotABusinessDay(_ date: CivilDate, calendar: BusinessCalendar) -> String? {
        if let holiday = calendar.holiday(on: date) { return holiday.name }
        switch date.weekday {
        case .saturday: return "a Saturday"
        case .sunday: return "a Sunday"
        default: return nil
        }
    }

    /// The reply date to promise when the 3.1(a) date has already passed on `today`: the next
    /// business day after it. An apology does not buy time, so the promise is the soonest the
    /// utility can keep.
    public static func lateReplyBy(today: CivilDate, calendar: BusinessCalendar) -> CivilDate {
        calendar.adding(businessDays: 1, to: today)
    }
}
