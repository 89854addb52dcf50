import TaplineDomain

/// What the restriction check needs from the store: the account's facts as they stand.
public protocol RestrictionPort: Sendable {
    /// Everything that decides whether the account's supply may be restricted on `today`
    /// (notices, contacts, plans, hardship, applications, complaints, special needs, fire bans).
    func facts(for accountNumber: String, today: CivilDate) throws -> RestrictionFacts
}
