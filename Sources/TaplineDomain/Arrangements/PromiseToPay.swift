/// A customer's promise to pay an amount by a date, and whether it was kept (issue 13 item 5).
///
/// A promise is one of the "alternative payment arrangements in accordance with a customer's
/// capacity to pay" of Charter 5.5(a), so it is confirmed in writing within 10 business days
/// (5.5(b)). The date promised is a date told to the customer: a business day, not in the past,
/// and within `horizonDays` of the day it is made (past that, a payment plan under 5.4 is the
/// arrangement that fits). A promise is followed up when it is missed (`status`).
public struct PromiseToPay: Codable, Sendable, Hashable {
    /// Days ahead a promise may be made for: a bill's own time to pay (Charter 5.1, 28 days).
    public static let defaultHorizonDays = 28

    public let accountNumber: String
    public let amount: Money
    /// The day the customer promised to pay by (inclusive).
    public let promisedBy: CivilDate
    public let madeOn: CivilDate
    public let agent: String
    /// Last day to confirm the promise in writing (Charter 5.5(b)).
    public let writtenConfirmationDue: CivilDate

    public init(accountNumber: String, amount: Money, promisedBy: CivilDate, madeOn: CivilDate, agent: String,
                calendar: BusinessCalendar, horizonDays: Int = PromiseToPay.defaultHorizonDays) throws(PlanRefusal) {
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("record which agent took the promise") }
        guard amount > .zero else { throw PlanRefusal("the amount promised must be more than $0.00") }
        guard promisedBy >= madeOn else {
            throw PlanRefusal("\(promisedBy.display) is in the past; a promise is to pay on or after today (\(madeOn.display))")
        }
        let latest = madeOn.adding(days: horizonDays)
        guard promisedBy <= latest else {
            throw PlanRefusal("a promise to pay is for at most \(horizonDays) days (by \(latest.display)); "
                              + "for longer, set up a payment plan (5.4)")
        }
        guard calendar.isBusinessDay(promisedBy) else {
            let why = calendar.holiday(on: promisedBy).map { "is \($0.name)" } ?? "is a weekend"
            throw PlanRefusal("\(promisedBy.display) \(why); the next business day is "
                              + "\(calendar.nextBusinessDay(onOrAfter: promisedBy).display)")
        }
        self.accountNumber = accountNumber
        self.amount = amount
        self.promisedBy = promisedBy
        self.madeOn = madeOn
        self.agent = agent
        self.writtenConfirmationDue = WrittenConfirmation.due(agreedOn: madeOn, calendar: calendar)
    }

    /// Where a promise stands on a day.
    public enum Status: Hashable, Sendable {
        /// Not yet paid in full, and the date promised has not passed.
        case pending(paidSoFar: Money)
        /// Paid in full by the date promised: the day the payments reached the amount.
        case kept(on: CivilDate)
        /// The day after the date promised came with less than the amount paid: follow it up.
        case missed(paid: Money)
    }

    /// Whether the promise was kept, missed or is still pending on `today`, from the account's
    /// payments. Payments count from the day the promise was made (a payment that day may follow
    /// the call: counting it never wrongs the customer) to the date promised, inclusive; a
    /// payment after the date does not make a missed promise kept (it was still missed, and the
    /// follow-up says what came in late).
    public func status(payments: [Payment], today: CivilDate) -> Status {
        var paid = Money.zero
        for payment in payments.filter({ $0.date >= madeOn && $0.date <= promisedBy && $0.date <= today }).sorted(by: { $0.date < $1.date }) {
            paid = paid + payment.amount
            if paid >= amount { return .kept(on: payment.date) }
        }
        return today > promisedBy ? .missed(paid: paid) : .pending(paidSoFar: paid)
    }
}
