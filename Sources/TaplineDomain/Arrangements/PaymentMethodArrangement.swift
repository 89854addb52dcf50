/// A customer's choice to pay by direct debit (Charter 5.2(g)) or by Centrepay deduction (5.2(e)).
///
/// Charter 5.2: "Western Water will not require customers to agree to direct debit as a
/// condition of service." So an arrangement exists only as the customer's own choice: it cannot
/// be made unless the agent records that the customer chose it (`customerChose`), and no rule
/// in Tapline (plan eligibility, hardship, restriction, a complaint) takes one as an input, so
/// nothing can be made to depend on it. Bank and card details are shown masked (`masked`);
/// a card is recorded by the payment provider's reference, never its number. Confirmed in
/// writing within 10 business days (5.5(b)).
public struct PaymentMethodArrangement: Codable, Sendable, Hashable {
    /// How the customer pays.
    public enum Method: Codable, Sendable, Hashable {
        /// 5.2(g): direct debit from a bank account, by BSB and account number (digits only).
        case directDebitFromBank(bsb: String, accountNumber: String)
        /// 5.2(g): direct debit from a card, by the payment provider's reference.
        case directDebitFromCard(reference: String)
        /// 5.2(e): a deduction by Services Australia (Centrepay), by the customer's CRN.
        case centrepay(crn: String)

        public var clause: String {
            if case .centrepay = self { return "5.2(e)" }
            return "5.2(g)"
        }

        /// "Direct debit" or "Centrepay".
        public var name: String {
            if case .centrepay = self { return "Centrepay" }
            return "Direct debit"
        }

        /// The details with all but the last few characters hidden: "bank account ending 4321 (BSB 063-•••)".
        public var masked: String {
            switch self {
            case .directDebitFromBank(let bsb, let account):
                return "bank account ending \(account.suffix(4)) (BSB \(bsb.prefix(3))-•••)"
            case .directDebitFromCard(let reference):
                return "card, provider reference ending \(reference.suffix(4))"
            case .centrepay(let crn):
                return "CRN ending \(crn.suffix(4))"
            }
        }
    }

    public let accountNumber: String
    public let method: Method
    /// The first day payments are taken this way: a business day.
    public let startsOn: CivilDate
    public let agreedOn: CivilDate
    public let agent: String
    /// Last day to confirm the arrangement in writing (Charter 5.5(b)).
    public let writtenConfirmationDue: CivilDate

    /// Refuses an arrangement the customer did not choose (5.2), a start in the past or on a
    /// day that is not a business day, and malformed details (`PaymentMethodRules`).
    public init(accountNumber: String, method: Method, startsOn: CivilDate, agreedOn: CivilDate, agent: String,
                customerChose: Bool, calendar: BusinessCalendar) throws(PlanRefusal) {
        guard customerChose else {
            throw PlanRefusal("record \(method.name.lowercased()) only when the customer chose it: "
                              + "direct debit is never a condition of service (Charter 5.2)")
        }
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("record which agent set up the arrangement") }
        if let problem = PaymentMethodRules.problem(method) { throw PlanRefusal(problem) }
        guard startsOn >= agreedOn else {
            throw PlanRefusal("\(startsOn.display) is in the past; payments can start today (\(agreedOn.display)) or later")
        }
        guard calendar.isBusinessDay(startsOn) else {
            let why = calendar.holiday(on: startsOn).map { "is \($0.name)" } ?? "is a weekend"
            throw PlanRefusal("\(startsOn.display) \(why); the next business day is \(calendar.nextBusinessDay(onOrAfter: startsOn).display)")
        }
        self.accountNumber = accountNumber
        self.method = PaymentMethodRules.normalised(method)
        self.startsOn = startsOn
        self.agreedOn = agreedOn
        self.agent = agent
        self.writtenConfirmationDue = WrittenConfirmation.due(agreedOn: agreedOn, calendar: calendar)
    }
}
