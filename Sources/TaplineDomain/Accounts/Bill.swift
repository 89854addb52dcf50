/// A bill as issued: everything Charter 4.5 requires it to state, with charges itemised (4.6).
///
/// The amounts the charter asks for are derived, not stored, so they always agree:
/// the amount carried from previous bills (4.5(k)) is the previous bill's amount less the
/// payments since (4.5(l)); the amount to pay (4.5(e)) adds this period's charges and takes
/// off the concession (4.5(m)). The fixed notices of 4.5(g)–(j) — ways to pay, help with
/// payment difficulties, contact numbers, interpreters — are the same on every bill and are
/// not repeated here.
public struct Bill: Hashable, Sendable, Codable {
    /// 4.5(a)
    public let issueDate: CivilDate
    /// 4.5(f): never less than 28 days after issue (Charter 5.1).
    public let dueDate: CivilDate
    /// 4.5(b)
    public let accountNumber: String
    /// 4.5(b): where this bill was sent.
    public let billingAddress: Address
    /// 4.5(c): the property the charges relate to.
    public let propertyAddress: Address
    /// The period billed, its usage and how the meter was read (4.5(d), 4.5(n)).
    public let usage: UsagePeriod
    /// The amount of the previous bill (zero for the first bill).
    public let previousBillAmount: Money
    /// 4.5(l): total paid since the previous bill was issued.
    public let paymentsSinceLastBill: Money
    /// 4.6: this period's charges, itemised.
    public let charges: [Charge]
    /// 4.5(m): concession credited on this bill (zero or positive).
    public let concessionApplied: Money

    /// Charter 5.1: the earliest due date a bill issued on `issueDate` may carry.
    public static func earliestDueDate(issuedOn issueDate: CivilDate) -> CivilDate { issueDate.adding(days: 28) }

    /// Creates a bill, refusing one the charter would not allow.
    public init(issueDate: CivilDate, dueDate: CivilDate, accountNumber: String, billingAddress: Address,
                propertyAddress: Address, usage: UsagePeriod, previousBillAmount: Money,
                paymentsSinceLastBill: Money, charges: [Charge], concessionApplied: Money) throws(BillError) {
        guard usage.start <= usage.end else { throw .periodEndsBeforeItStarts(start: usage.start, end: usage.end) }
        guard issueDate >= usage.end else { throw .issuedBeforePeriodEnded(issued: issueDate, periodEnd: usage.end) }
        guard dueDate >= Bill.earliestDueDate(issuedOn: issueDate) else {
            throw .dueDateTooSoon(issued: issueDate, due: dueDate, earliest: Bill.earliestDueDate(issuedOn: issueDate))
        }
        guard !paymentsSinceLastBill.isNegative else { throw .negativePayments(paymentsSinceLastBill) }
        guard !concessionApplied.isNegative else { throw .negativeConcession(concessionApplied) }
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.accountNumber = accountNumber
        self.billingAddress = billingAddress
        self.propertyAddress = propertyAddress
        self.usage = usage
        self.previousBillAmount = previousBillAmount
        self.paymentsSinceLastBill = paymentsSinceLastBill
        self.charges = charges
        self.concessionApplied = concessionApplied
    }

    /// 4.5(k): outstanding debit (positive) or credit (negative) from previous bills.
    public var carriedFromPreviousBills: Money { previousBillAmount - paymentsSinceLastBill }

    /// 4.6: the sum of this period's itemised charges.
    public var newCharges: Money { charges.map(\.amount).sum() }

    /// 4.5(e): the amount the customer is asked to pay; negative means the account is in credit.
    public var amountDue: Money { carriedFromPreviousBills + newCharges - concessionApplied }

    /// 4.5(d): the meter read date or the statement that the reading was estimated.
    public var meterRead: MeterRead { usage.meterRead }

    /// 4.5(n): average daily use over the billed period, in litres.
    public var averageDailyLitres: Int { usage.averageDailyLitres }

    /// The itemised charges of one kind, in bill order (4.6(a)–(d)).
    public func charges(of kind: ChargeKind) -> [Charge] { charges.filter { $0.kind == kind } }
}

/// Why a bill was refused; `message` is shown as it is.
public enum BillError: Error, Hashable, Sendable {
    case dueDateTooSoon(issued: CivilDate, due: CivilDate, earliest: CivilDate)
    case periodEndsBeforeItStarts(start: CivilDate, end: CivilDate)
    case issuedBeforePeriodEnded(issued: CivilDate, periodEnd: CivilDate)
    case negativePayments(Money)
    case negativeConcession(Money)

    public var message: String {
        switch self {
        case let .dueDateTooSoon(issued, due, earliest):
            return "a bill issued \(issued.display) cannot be due \(due.display): the earliest due date is \(earliest.display) (28 days, Charter 5.1)"
        case let .periodEndsBeforeItStarts(start, end):
            return "the billing period ends \(end.display), before it starts \(start.display)"
        case let .issuedBeforePeriodEnded(issued, periodEnd):
            return "a bill cannot be issued \(issued.display), before its period ends \(periodEnd.display)"
        case .negativePayments(let amount):
            return "payments since the last bill cannot be negative (\(amount.formatted))"
        case .negativeConcession(let amount):
            return "a concession is a credit and cannot be negative (\(amount.formatted))"
        }
    }
}
