/// A bill's due date moved later for some or all of the amount owed (Charter 5.5(d)).
///
/// The new date must be after the current due date (otherwise nothing is extended) and a
/// business day, so the customer can pay on it (Charter Part C); a weekend or holiday is
/// refused with the next business day suggested rather than moved silently, because the
/// agent has told the customer a date.
public struct DueDateExtension: Codable, Sendable, Hashable {
    public let billReference: String
    public let amountOwed: Money
    /// The part of the amount owed that the new date applies to ("some or all").
    public let amountExtended: Money
    public let currentDueDate: CivilDate
    public let newDueDate: CivilDate
    public let agreedOn: CivilDate
    public let agent: String
    /// Last day to confirm the extension in writing (Charter 5.5(b)).
    public let writtenConfirmationDue: CivilDate

    public init(billReference: String, amountOwed: Money, amountExtended: Money, currentDueDate: CivilDate,
                newDueDate: CivilDate, agreedOn: CivilDate, agent: String, calendar: BusinessCalendar) throws(PlanRefusal) {
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("record which agent agreed the extension") }
        guard amountExtended > .zero else { throw PlanRefusal("the amount extended must be more than $0.00") }
        guard amountExtended <= amountOwed else {
            throw PlanRefusal("the amount extended (\(amountExtended.formatted)) is more than the amount owed (\(amountOwed.formatted))")
        }
        guard newDueDate > currentDueDate else {
            throw PlanRefusal("the new due date must be after the current due date (\(currentDueDate.display))")
        }
        guard calendar.isBusinessDay(newDueDate) else {
            let why = calendar.holiday(on: newDueDate).map { "is \($0.name)" } ?? "is a weekend"
            throw PlanRefusal("\(newDueDate.display) \(why); the next business day is "
                              + "\(calendar.nextBusinessDay(onOrAfter: newDueDate).display)")
        }
        self.billReference = billReference
        self.amountOwed = amountOwed
        self.amountExtended = amountExtended
        self.currentDueDate = currentDueDate
        self.newDueDate = newDueDate
        self.agreedOn = agreedOn
        self.agent = agent
        self.writtenConfirmationDue = WrittenConfirmation.due(agreedOn: agreedOn, calendar: calendar)
    }

    /// Days gained by the extension.
    public var daysExtended: Int { currentDueDate.days(until: newDueDate) }
}
