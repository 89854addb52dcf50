/// A payment received on an account.
public struct Payment: Hashable, Sendable, Codable {
    public var date: CivilDate
    /// Positive: the amount received.
    public var amount: Money
    public var method: PaymentMethod

    public init(date: CivilDate, amount: Money, method: PaymentMethod) {
        self.date = date
        self.amount = amount
        self.method = method
    }
}

/// The ways a customer may pay (Charter 5.2(a)–(h)). Direct debit is never a condition of
/// service (5.2, last paragraph).
public enum PaymentMethod: String, Hashable, Sendable, Codable, CaseIterable {
    /// 5.2(a): in person at the Sunbury office.
    case inPerson
    /// 5.2(b): at a post office.
    case postOffice
    /// 5.2(c): by telephone with a credit card.
    case phoneCard
    /// 5.2(d): on the internet, including BPAY.
    case internet
    /// 5.2(e): a deduction by an income-support provider.
    case centrepay
    /// 5.2(f): by mail.
    case mail
    /// 5.2(g): direct debit from a bank account.
    case directDebit
    /// 5.2(h): in advance, as agreed.
    case inAdvance

    public var displayName: String {
        switch self {
        case .inPerson: return "In person"
        case .postOffice: return "Post office"
        case .phoneCard: return "Phone (card)"
        case .internet: return "Internet / BPAY"
        case .centrepay: return "Centrepay"
        case .mail: return "Mail"
        case .directDebit: return "Direct debit"
        case .inAdvance: return "In advance"
        }
    }
}
