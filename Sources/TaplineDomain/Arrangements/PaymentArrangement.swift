/// One of the payment arrangements an agent records on an account (issue 13 item 5): a due date
/// extended (Charter 5.5(d)), a promise to pay (5.5(a)), a payment method the customer chose
/// (5.2(e), (g)) or bills redirected to someone who agreed in writing to pay them (5.5(a)(2)).
///
/// Each is confirmed to the customer in writing within 10 business days of the agreement
/// (5.5(b)), so each carries that date. They are recorded once and never changed: a later
/// arrangement is a new record (a second extension of the same bill starts from the first's date).
public enum PaymentArrangement: Codable, Sendable, Hashable {
    case dueDateExtension(DueDateExtension)
    case promiseToPay(PromiseToPay)
    case paymentMethod(PaymentMethodArrangement)
    case billRedirection(BillRedirection)

    public var agreedOn: CivilDate {
        switch self {
        case .dueDateExtension(let granted): granted.agreedOn
        case .promiseToPay(let promise): promise.madeOn
        case .paymentMethod(let method): method.agreedOn
        case .billRedirection(let redirection): redirection.agreedOn
        }
    }

    /// The last day to send the written confirmation (Charter 5.5(b)).
    public func writtenConfirmationDue(calendar: BusinessCalendar) -> CivilDate {
        switch self {
        case .dueDateExtension(let granted): granted.writtenConfirmationDue
        case .promiseToPay(let promise): promise.writtenConfirmationDue
        case .paymentMethod(let method): method.writtenConfirmationDue
        case .billRedirection(let redirection): WrittenConfirmation.due(agreedOn: redirection.agreedOn, calendar: calendar)
        }
    }

    /// What was agreed, in one line with its clause and the date due:
    /// "Due date extended to Tue 15 Dec 2026 (5.5(d)) · bill issued Mon 2 Nov 2026": what matters first.
    public var summary: String {
        switch self {
        case .dueDateExtension(let granted):
            let part = granted.amountExtended == granted.amountOwed ? "" : " for \(granted.amountExtended.formatted)"
            return "Due date extended to \(granted.newDueDate.display)\(part) (5.5(d)) · bill \(granted.billReference)"
        case .promiseToPay(let promise):
            return "Promise to pay \(promise.amount.formatted) by \(promise.promisedBy.display) (5.5(a))"
        case .paymentMethod(let arrangement):
            return "\(arrangement.method.name) from \(arrangement.startsOn.display), \(arrangement.method.masked) "
                + "(chosen by the customer, \(arrangement.method.clause))"
        case .billRedirection(let redirection):
            return "Bills redirected to \(redirection.payerName), agreed in writing \(redirection.payerAgreedInWritingOn.display) (5.5(a)(2))"
        }
    }

    /// Words for the kind: "due date extension", "promise to pay"…
    public var kindName: String {
        switch self {
        case .dueDateExtension: "due date extension"
        case .promiseToPay: "promise to pay"
        case .paymentMethod(let arrangement): arrangement.method.name.lowercased()
        case .billRedirection: "bill redirection"
        }
    }
}
