/// Help a customer in hardship must be told about, each offered and either taken up or not.
///
/// Charter 5.6(g): Government assistance (the Utility Relief Grant Scheme) and no-cost
/// independent financial counsellors; 5.6(h): the complaints procedure and the right to
/// complain to EWOV; 5.6(i): reducing water use and Government water-efficiency programmes.
public enum ReferralKind: String, Codable, Sendable, CaseIterable, Hashable {
    case utilityReliefGrant
    case financialCounsellor
    case waterEfficiency
    case complaintsAndEWOV

    /// How the referral is named to the agent and the customer.
    public var displayName: String {
        switch self {
        case .utilityReliefGrant: return "Utility Relief Grant Scheme"
        case .financialCounsellor: return "Independent financial counsellor (no cost to you)"
        case .waterEfficiency: return "Water-efficiency programmes and ways to use less water"
        case .complaintsAndEWOV: return "Our complaints procedure and the Energy and Water Ombudsman (Victoria)"
        }
    }

    /// The clause that requires the offer.
    public var clause: String {
        switch self {
        case .utilityReliefGrant, .financialCounsellor: return "5.6(g)"
        case .complaintsAndEWOV: return "5.6(h)"
        case .waterEfficiency: return "5.6(i)"
        }
    }
}

/// One referral offered to the customer on a date, and whether they accepted it.
public struct ReferralOffer: Codable, Sendable, Hashable {
    public var kind: ReferralKind
    public var offeredOn: CivilDate
    public var accepted: Bool

    public init(_ kind: ReferralKind, offeredOn: CivilDate, accepted: Bool) {
        self.kind = kind
        self.offeredOn = offeredOn
        self.accepted = accepted
    }
}
