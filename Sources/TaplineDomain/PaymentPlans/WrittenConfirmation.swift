/// When written confirmation of an agreed payment arrangement must be sent.
///
/// Charter 5.5(b) and 5.6(e): "written confirmation … will be sent to the customer within
/// 10 business days of an agreement being reached"; 5.5(c) and 5.6(f) give the same
/// 10 business days for information to a third party acting for the customer.
public enum WrittenConfirmation {
    /// Business days allowed between agreement and written confirmation.
    public static let businessDaysAllowed = 10

    /// The last day the confirmation may be sent: 10 business days after the agreement.
    public static func due(agreedOn: CivilDate, calendar: BusinessCalendar) -> CivilDate {
        calendar.adding(businessDays: businessDaysAllowed, to: agreedOn)
    }
}
