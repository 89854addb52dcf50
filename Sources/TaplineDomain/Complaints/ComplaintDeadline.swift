/// When a reply to a complaint is due (Charter 3.1(a)).
public enum ComplaintDeadline {
    /// The 10th business day after the calendar date the complaint was received.
    ///
    /// Charter 3.1(a): "within 10 business days of receipt". The hour and the day of receipt
    /// do not matter: a complaint received at 23:59 on a Friday, or on a Sunday or a public
    /// holiday, counts from that calendar date. Counting from the next business day instead
    /// would give the utility extra time, so Tapline takes the reading that never favours it.
    public static func dueDate(receivedAt: LocalDateTime, calendar: BusinessCalendar) -> CivilDate {
        calendar.adding(businessDays: replyBusinessDays, to: receivedAt.date)
    }

    /// Charter 3.1(a): ten business days.
    public static let replyBusinessDays = 10
}
