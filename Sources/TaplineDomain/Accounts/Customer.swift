/// A person named on an account: who the agent may speak with, and how to reach them.
///
/// An account can name several customers (a couple, house-mates); exactly one is primary and
/// is the name a lookup row shows. A customer may authorise someone else to act for them
/// (Charter 4.4(c)): an agent must see that before discussing the account with a caller.
public struct Customer: Hashable, Sendable, Codable {
    public var name: String
    /// As the customer gave it: "0412 345 678". Lookup matches it by digits alone.
    public var phone: String?
    public var email: String?
    public var isPrimary: Bool
    public var authorisedThirdParty: AuthorisedThirdParty?

    public init(name: String, phone: String? = nil, email: String? = nil, isPrimary: Bool,
                authorisedThirdParty: AuthorisedThirdParty? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.isPrimary = isPrimary
        self.authorisedThirdParty = authorisedThirdParty
    }
}

/// Someone a customer has authorised to act on their behalf (Charter 4.4(c)).
///
/// An agent may give them the account's information only once the customer's written
/// agreement has arrived (5.5(c)); until then they are named but not spoken to about it.
public struct AuthorisedThirdParty: Hashable, Sendable, Codable {
    public var name: String
    /// How they relate to the customer: "Daughter", "Financial counsellor", "Power of attorney".
    public var relationship: String
    /// The day the customer's written consent arrived (5.5(c)), or nil while it has not.
    public var consentReceived: CivilDate?

    public init(name: String, relationship: String, consentReceived: CivilDate? = nil) {
        self.name = name
        self.relationship = relationship
        self.consentReceived = consentReceived
    }

    /// 5.5(c): whether the agent may discuss the account with them on `today`.
    public func mayDiscussAccount(on today: CivilDate) -> Bool { consentReceived.map { $0 <= today } ?? false }

    /// "Mary Ng (daughter), written consent Thu 1 Oct 2026", or "… , no written consent".
    public var summary: String {
        "\(name) (\(relationship)), " + (consentReceived.map { "written consent \($0.display)" } ?? "no written consent")
    }
}
