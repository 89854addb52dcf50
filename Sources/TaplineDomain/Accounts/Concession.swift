/// A State Government concession the customer has told the utility about (Charter 5.3).
///
/// The utility credits a concession only once advised of the entitlement, so the card on
/// record is what bills apply and what the concession badge reflects.
public enum Concession: Hashable, Sendable, Codable {
    case none
    case card(ConcessionCardType, number: String)

    public var isHeld: Bool { self != .none }
}

/// The concession cards a Victorian water concession is granted on.
public enum ConcessionCardType: String, Hashable, Sendable, Codable, CaseIterable {
    case pensionerConcessionCard = "pensioner"
    case healthCareCard = "healthcare"
    case veteransAffairsGoldCard = "dva-gold"

    /// What an agent sees: "Pensioner Concession Card".
    public var displayName: String {
        switch self {
        case .pensionerConcessionCard: return "Pensioner Concession Card"
        case .healthCareCard: return "Health Care Card"
        case .veteransAffairsGoldCard: return "DVA Gold Card"
        }
    }
}
