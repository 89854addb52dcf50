/// One payment in a plan's schedule: when it is due, how much, and what happened to it.
public struct Instalment: Codable, Sendable, Hashable {
    /// What is known about an instalment's payment.
    public enum State: Codable, Sendable, Hashable {
        case due
        case paid(on: CivilDate)
        case missed(recordedOn: CivilDate)
    }

    /// 1 for the first instalment.
    public let number: Int
    /// The date the period gives (start plus whole periods), before any move.
    public let scheduledDate: CivilDate
    /// The date payment is due: the scheduled date or, if that is not a business day, the next one.
    public let dueDate: CivilDate
    public let amount: Money
    public var state: State

    public init(number: Int, scheduledDate: CivilDate, dueDate: CivilDate, amount: Money, state: State = .due) {
        self.number = number
        self.scheduledDate = scheduledDate
        self.dueDate = dueDate
        self.amount = amount
        self.state = state
    }

    /// True when the due date moved off a weekend or public holiday.
    public var wasMoved: Bool { dueDate != scheduledDate }
}
