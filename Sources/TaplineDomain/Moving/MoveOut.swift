/// A customer leaving the property (issue 13 item 6; Charter 14.11(a)).
///
/// 14.11(a): a customer must pay the charges incurred when vacating, and the utility may go on
/// charging when it is not told within 48 hours that the customer is vacating. So the charges
/// end on the later of the day the customer moves out and the day 48 hours after they told
/// us; the final meter reading is promised for the first business day on or after that (a
/// date told to the customer is a business day), and the final bill goes to the forwarding
/// address.
public struct MoveOut: Codable, Sendable, Hashable {
    /// The day the customer leaves (or left) the property.
    public let movingOutOn: CivilDate
    /// When the customer told us: the 48 hours of 14.11(a) run from here.
    public let notifiedAt: LocalDateTime
    /// Where the final bill and any later letters go.
    public let forwardingAddress: Address
    /// The last day charged (14.11(a)).
    public let chargesEndOn: CivilDate
    /// The final meter reading, a business day on or after `chargesEndOn`.
    public let finalReadingOn: CivilDate

    public init(movingOutOn: CivilDate, notifiedAt: LocalDateTime, forwardingAddress: Address, calendar: BusinessCalendar) {
        self.movingOutOn = movingOutOn
        self.notifiedAt = notifiedAt
        self.forwardingAddress = forwardingAddress
        self.chargesEndOn = MoveOut.chargesEnd(movingOutOn: movingOutOn, notifiedAt: notifiedAt)
        self.finalReadingOn = calendar.nextBusinessDay(onOrAfter: chargesEndOn)
    }

    /// 14.11(a): how long after the notice the utility may go on charging.
    public static let noticeHours = 48

    /// The day 48 hours after `notifiedAt`, or the day the customer moves out when later.
    public static func chargesEnd(movingOutOn: CivilDate, notifiedAt: LocalDateTime) -> CivilDate {
        // 48 hours from a moment falls on the same time of day two days later.
        let noticeRunsOut = notifiedAt.date.adding(days: noticeHours / 24)
        return max(movingOutOn, noticeRunsOut)
    }

    /// Whether the customer told us too late to stop the charges on the day they leave: then
    /// the charges run on to 48 hours after the notice (14.11(a)), and the agent says so.
    public var chargedPastMoveOut: Bool { chargesEndOn > movingOutOn }

    /// The service charges the final bill will carry after the last bill's period, estimated
    /// from that bill: its service charges per day (in cents, rounded to the nearest cent
    /// once, over the whole span) times the days from the day after its period to the day
    /// charges end. Water used since the last reading is billed from the final reading.
    public func estimatedServiceCharges(after lastBill: Bill?) -> Money {
        guard let lastBill else { return .zero }
        let days = lastBill.usage.end.days(until: chargesEndOn)
        guard days > 0, lastBill.usage.days > 0 else { return .zero }
        let perPeriod = lastBill.charges(of: .serviceCharge).map(\.amount).sum().cents
        let periodDays = Int64(lastBill.usage.days)
        return Money(cents: (perPeriod * Int64(days) + periodDays / 2) / periodDays)
    }
}
