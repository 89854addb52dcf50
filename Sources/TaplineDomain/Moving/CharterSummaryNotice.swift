/// A new customer's copy or summary of the Customer Service Charter (Charter 14.17(b)):
/// due within one month of becoming a customer, tracked until it is recorded as sent.
public struct CharterSummaryNotice: Codable, Sendable, Hashable {
    public let accountNumber: String
    public let customerName: String
    public let due: CivilDate
    public var sentOn: CivilDate?

    public init(accountNumber: String, customerName: String, due: CivilDate, sentOn: CivilDate? = nil) {
        self.accountNumber = accountNumber
        self.customerName = customerName
        self.due = due
        self.sentOn = sentOn
    }

    public enum Status: Hashable, Sendable {
        case sent(on: CivilDate)
        case due(by: CivilDate)
        case overdue(since: CivilDate)
    }

    /// Where it stands on `today`: sent, due by its day, or overdue from the day after.
    public func status(on today: CivilDate) -> Status {
        if let sentOn { return .sent(on: sentOn) }
        return today > due ? .overdue(since: due.adding(days: 1)) : .due(by: due)
    }

    /// "Charter summary (14.17(b)) due by Fri 1 Jan 2027: not yet sent", as the account shows it.
    public func summary(on today: CivilDate) -> String {
        switch status(on: today) {
        case .sent(let on): "Charter summary (14.17(b)) sent \(on.display)"
        case .due(let by): "Charter summary (14.17(b)) due by \(by.display): not yet sent"
        case .overdue: "Charter summary (14.17(b)) OVERDUE since \(due.display): not yet sent"
        }
    }
}
