/// A new customer taking on the property (issue 13 item 6): a tenant or owner moving in, or a
/// new owner on a change of ownership. The new customer gets an account of their own, charged
/// from the day they move in, and a copy or summary of the charter within one month of
/// becoming a customer (Charter 14.17(b)).
public struct MoveIn: Codable, Sendable, Hashable {
    /// The new customers, the primary one first.
    public let customers: [Customer]
    public let occupancy: Occupancy
    /// The day the new customer's charges start.
    public let movingInOn: CivilDate
    /// 14.17(b): the last day to send the charter or its summary.
    public let charterSummaryDue: CivilDate

    public init(customers: [Customer], occupancy: Occupancy, movingInOn: CivilDate, today: CivilDate, calendar: BusinessCalendar) {
        self.customers = customers
        self.occupancy = occupancy
        self.movingInOn = movingInOn
        self.charterSummaryDue = MoveIn.charterSummaryDue(becameCustomerOn: max(movingInOn, today), calendar: calendar)
    }

    /// 14.17(b): one month after the day someone became a customer (the same day of the next
    /// month, or its last day), brought back to a business day, so the promise is kept
    /// within the month and falls on a day letters go out. A customer recorded after moving
    /// in became one, for us, on the day they were recorded.
    public static func charterSummaryDue(becameCustomerOn day: CivilDate, calendar: BusinessCalendar) -> CivilDate {
        var due = day.adding(months: 1)
        while !calendar.isBusinessDay(due) { due = due.adding(days: -1) }
        return due
    }
}
