/// The account a scenario needs, described so the console can create it in the demo database.
///
/// Scenarios carry their own customer rather than pointing at generated demo data, so a
/// scenario means the same thing whatever demo seed is loaded. Account numbers are digits like
/// every account's, from a range generated data never reaches (9000001001…).
public struct ScenarioFixture: Codable, Sendable, Hashable {
    public let accountNumber: String
    public let customerName: String
    public let propertyAddress: String
    /// Amount owing now (positive = owed by the customer).
    public let balance: Money
    /// Registered under Charter 9.5(a): water for a life-support machine.
    public let lifeSupport: Bool
    /// Holds a concession card (a hardship indicator, Charter 5.6 note 1).
    public let concession: Bool
    /// A tenant rather than the owner (a hardship indicator, Charter 5.6 note 1; 7.2(d)).
    public let tenant: Bool
    /// Flexible payment plans cancelled for non-payment in the last 12 months. Charter 5.4.
    public let plansCancelledLast12Months: Int
    public let bills: [FixtureBill]
    /// Earlier complaints on the account, oldest first.
    public let complaints: [FixtureComplaint]
    /// Account notes the console shows, oldest first ("Notice Before Restriction sent 1 Aug 2025").
    public let notes: [String]

    public init(accountNumber: String, customerName: String, propertyAddress: String, balance: Money,
                lifeSupport: Bool = false, concession: Bool = false, tenant: Bool = false,
                plansCancelledLast12Months: Int = 0, bills: [FixtureBill] = [],
                complaints: [FixtureComplaint] = [], notes: [String] = []) {
        self.accountNumber = accountNumber
        self.customerName = customerName
        self.propertyAddress = propertyAddress
        self.balance = balance
        self.lifeSupport = lifeSupport
        self.concession = concession
        self.tenant = tenant
        self.plansCancelledLast12Months = plansCancelledLast12Months
        self.bills = bills
        self.complaints = complaints
        self.notes = notes
    }
}

/// A bill already issued on a fixture account.
public struct FixtureBill: Codable, Sendable, Hashable {
    public let issuedOn: CivilDate
    public let dueOn: CivilDate
    public let amount: Money
    /// The reading was estimated, not actual. Charter 4.5(d).
    public let estimatedRead: Bool
    /// The part of `amount` that is the usage charge, when the caller talks about it ("the usage
    /// charge of $684.90"); the rest is service charges. Nil leaves the split to the console.
    public let usageCharge: Money?

    public init(issuedOn: CivilDate, dueOn: CivilDate, amount: Money, estimatedRead: Bool = false, usageCharge: Money? = nil) {
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.amount = amount
        self.estimatedRead = estimatedRead
        self.usageCharge = usageCharge
    }
}

/// An earlier complaint on a fixture account, with how far it has already been taken.
public struct FixtureComplaint: Codable, Sendable, Hashable {
    public let receivedAt: LocalDateTime
    public let category: String
    public let summary: String
    /// The highest level it has been raised to ("teamLeader"), nil if never escalated. Charter 3.1(d)(1).
    public let escalatedTo: String?
    /// When the business replied, nil if it has not.
    public let respondedOn: CivilDate?

    public init(receivedAt: LocalDateTime, category: String, summary: String,
                escalatedTo: String? = nil, respondedOn: CivilDate? = nil) {
        self.receivedAt = receivedAt
        self.category = category
        self.summary = summary
        self.escalatedTo = escalatedTo
        self.respondedOn = respondedOn
    }
}
