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
public struct AuthorisedThirdParty: Hashable, Sendable, Codable {
    public var name: String
    /// How they relate to the customer: "Daughter", "Financial counsellor", "Power of attorney".
    public var relationship: String

    public init(name: String, relationship: String) {
        self.name = name
        self.relationship = relationship
    }
}
