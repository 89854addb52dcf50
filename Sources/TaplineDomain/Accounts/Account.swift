/// A customer account: who is billed, for which property, where bills go, and what is owed.
///
/// This is the account as it stands now. Its history (bills, payments, contacts) travels
/// beside it in `AccountDetail`, so a lookup or an edit never has to carry three years of bills.
public struct Account: Hashable, Sendable, Codable {
    /// The utility's reference for the account, digits only: "1000000001".
    public var accountNumber: String
    /// Where paper bills go (Charter 4.4(a)); often the property's own address.
    public var billingAddress: Address
    /// Where electronic bills go, when the customer asked for them (Charter 4.4(a)).
    public var electronicAddress: String?
    public var concession: Concession
    /// The card's validity and the bill its credit starts on (5.3), when recorded on screen.
    public var concessionTerms: ConcessionTerms?
    /// Applications for a concession (7.2(b)) or a Utility Relief Grant (7.2(c)), oldest first.
    public var concessionApplications: [ConcessionApplication]
    /// Everyone named on the account; exactly one is primary.
    public var customers: [Customer]
    public var property: Property
    /// What the customer owes now; negative is a credit.
    public var balance: Money
    public var specialNeeds: SpecialNeedsRegistration?
    /// How the customers want to be contacted, when they said (issue 13 item 2).
    public var preferredContact: ContactMethod?
    /// An interpreter or the TTY service (Charter 14.10), when needed.
    public var communicationNeeds: CommunicationNeeds?
    /// Bumped by the store on every saved change, so a save based on a stale copy is refused
    /// instead of silently overwriting another agent's change.
    public var version: Int

    public init(accountNumber: String, billingAddress: Address, electronicAddress: String? = nil,
                concession: Concession = .none, customers: [Customer], property: Property,
                balance: Money = .zero, specialNeeds: SpecialNeedsRegistration? = nil, version: Int = 1,
                concessionTerms: ConcessionTerms? = nil, concessionApplications: [ConcessionApplication] = [],
                preferredContact: ContactMethod? = nil, communicationNeeds: CommunicationNeeds? = nil) {
        self.accountNumber = accountNumber
        self.billingAddress = billingAddress
        self.electronicAddress = electronicAddress
        self.concession = concession
        self.concessionTerms = concessionTerms
        self.concessionApplications = concessionApplications
        self.customers = customers
        self.property = property
        self.balance = balance
        self.specialNeeds = specialNeeds
        self.version = version
        self.preferredContact = preferredContact
        self.communicationNeeds = communicationNeeds
    }

    /// The customer a lookup row names: the one marked primary, else the first.
    public var primaryCustomer: Customer? { customers.first(where: \.isPrimary) ?? customers.first }

    /// The badges this account's own details earn, in display order.
    ///
    /// Other areas (hardship, complaints, payment plans) add their flags from their own records.
    public var flags: [AccountFlag] {
        Account.flags(specialNeed: specialNeeds?.need, holdsConcession: concession.isHeld, occupancy: property.occupancy)
    }

    /// The badges earned by an account's special-needs registration (Charter 9.5), concession
    /// (5.3) and occupancy: the one rule, for callers that hold only those details.
    public static func flags(specialNeed: SpecialNeed?, holdsConcession: Bool, occupancy: Occupancy) -> [AccountFlag] {
        var flags: [AccountFlag] = []
        switch specialNeed {
        case .lifeSupport: flags.append(.lifeSupport)
        case .other: flags.append(.specialNeeds)
        case nil: break
        }
        if holdsConcession { flags.append(.concession) }
        if occupancy == .tenant { flags.append(.tenant) }
        return flags
    }

    /// The summary a lookup row shows for this account.
    public var summary: AccountSummary {
        AccountSummary(accountNumber: accountNumber, primaryName: primaryCustomer?.name ?? "",
                       addressLine: property.address.oneLine, phone: primaryCustomer?.phone,
                       balance: balance, flags: flags)
    }
}
