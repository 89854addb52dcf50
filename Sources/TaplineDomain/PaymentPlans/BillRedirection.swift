/// A customer's bills sent to another person who has agreed in writing to pay them.
///
/// Charter 5.5(a)(2): "redirection of the bill to another person for payment provided that
/// person agrees in writing" — so a redirection without that written agreement is refused.
/// Charter 5.5(c): the other person gets the information they need within 10 business days,
/// provided the customer agrees in writing to it being shared.
public struct BillRedirection: Codable, Sendable, Hashable {
    public let accountNumber: String
    public let payerName: String
    public let payerAddress: String
    /// Where the bills now go as a postal address: the account's billing address from the day
    /// the redirection is set up (Charter 4.4(b)), when recorded as one.
    public let payerPostalAddress: Address?
    /// The day the payer's written agreement to pay was received.
    public let payerAgreedInWritingOn: CivilDate
    /// The day the customer's written consent to share account information was received.
    public let customerConsentedInWritingOn: CivilDate?
    public let agreedOn: CivilDate
    public let agent: String

    public init(accountNumber: String, payerName: String, payerAddress: String, payerPostalAddress: Address? = nil,
                payerAgreedInWritingOn: CivilDate?, customerConsentedInWritingOn: CivilDate?, agreedOn: CivilDate,
                agent: String) throws(PlanRefusal) {
        guard !payerName.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("enter the name of the person who will pay") }
        guard !payerAddress.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("enter where the bills are to be sent") }
        guard let payerAgreedInWritingOn else {
            throw PlanRefusal("bills can be redirected to \(payerName) only when they agree in writing to pay them "
                              + "(Charter 5.5(a)(2)); record the date their written agreement was received")
        }
        guard payerAgreedInWritingOn <= agreedOn else {
            throw PlanRefusal("the written agreement (\(payerAgreedInWritingOn.display)) cannot be dated after the redirection is set up")
        }
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("record which agent set up the redirection") }
        self.accountNumber = accountNumber
        self.payerName = payerName
        self.payerAddress = payerAddress
        self.payerPostalAddress = payerPostalAddress
        self.payerAgreedInWritingOn = payerAgreedInWritingOn
        self.customerConsentedInWritingOn = customerConsentedInWritingOn
        self.agreedOn = agreedOn
        self.agent = agent
    }

    /// Last day to give the payer the information they need (Charter 5.5(c)); refused
    /// until the customer's written consent is recorded.
    public func informationToPayerDue(calendar: BusinessCalendar) throws(PlanRefusal) -> CivilDate {
        let payer = ThirdPartyAuthority(name: payerName, role: .other, writtenConsentReceivedOn: customerConsentedInWritingOn)
        do {
            return try payer.informationDue(agreedOn: agreedOn, calendar: calendar)
        } catch {
            throw PlanRefusal(error.message)
        }
    }
}
