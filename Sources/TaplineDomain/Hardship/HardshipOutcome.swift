/// What a hardship assessment concluded.
///
/// `referToFinancialCounsellor` is for when the evidence does not settle the question: an
/// independent counsellor at no cost to the customer (Charter 5.5(e)(2), 5.6(g)) can help
/// complete a statement, and the customer is assessed again with their help.
public enum HardshipOutcome: String, Codable, Sendable, CaseIterable, Hashable {
    case inHardship
    case notInHardship
    case referToFinancialCounsellor

    /// "In hardship": how the outcome is shown to an agent and in letters.
    public var displayName: String {
        switch self {
        case .inHardship: return "In hardship"
        case .notInHardship: return "Not in hardship"
        case .referToFinancialCounsellor: return "Referred to a financial counsellor"
        }
    }
}

/// An outcome with the reasons for it, written in neutral words (Charter 5.6(b)).
public struct HardshipRecommendation: Codable, Sendable, Hashable {
    public var outcome: HardshipOutcome
    /// Plain statements of fact ("Rents the home."), never a judgement of the customer.
    public var reasons: [String]

    public init(outcome: HardshipOutcome, reasons: [String]) {
        self.outcome = outcome
        self.reasons = reasons
    }
}
