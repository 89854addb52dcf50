import TaplineDomain

/// What the payment arrangements screen needs from the store (issue 13 item 5; Charter 5.2(e),
/// (g), 5.5(a)(2), (b), (d)): the account's bills, payments and arrangements, a way to record
/// one, and its written confirmation.
public protocol ArrangementsPort: Sendable {
    /// What the screen starts from, or nil when there is no such account.
    func start(accountNumber: String) throws -> ArrangementsStart?
    /// Records an arrangement agreed on the account, audited in `agent`'s name.
    func record(_ arrangement: PaymentArrangement, on accountNumber: String, by agent: String, at time: LocalDateTime) throws
    /// Writes the arrangement's written confirmation (5.5(b)) dated `date`.
    func writeConfirmation(for arrangement: PaymentArrangement, accountNumber: String, date: CivilDate) throws -> ArrangementLetter
    /// Promises to pay missed and not followed up on `today`, dated within the last
    /// `ArrangementStanding.followUpDays`, taken by `agent` (nil: by anyone).
    func promisesToFollowUp(today: CivilDate, takenBy agent: String?) throws -> [PromiseToPay]
}

/// The account as the arrangements screen reads it.
public struct ArrangementsStart: Equatable, Sendable {
    public var customerName: String
    /// The amount owed when positive: a promise's amount to start from.
    public var balance: Money
    /// Oldest first.
    public var bills: [Bill]
    /// Oldest first: what a promise is kept or missed by.
    public var payments: [Payment]
    /// Oldest agreed first.
    public var arrangements: [PaymentArrangement]

    public init(customerName: String, balance: Money, bills: [Bill], payments: [Payment], arrangements: [PaymentArrangement]) {
        self.customerName = customerName
        self.balance = balance
        self.bills = bills
        self.payments = payments
        self.arrangements = arrangements
    }

    /// A bill's due date now: the last extension of it, else the date on the bill (a second
    /// extension starts from the first's new date).
    public func dueDate(of bill: Bill) -> CivilDate {
        let reference = ArrangementForm.billReference(bill)
        return arrangements.compactMap { arrangement -> CivilDate? in
            if case .dueDateExtension(let granted) = arrangement, granted.billReference == reference { return granted.newDueDate }
            return nil
        }.last ?? bill.dueDate
    }
}

/// A confirmation letter written: where, and what it says.
public struct ArrangementLetter: Equatable, Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
