/// What a customer in hardship is protected from while an agreed plan is kept (Charter 5.6(c)).
public enum HardshipProtection: String, Codable, Sendable, CaseIterable, Hashable {
    case noSupplyRestriction
    case noLegalAction
    case noAddedDebtRecoveryCosts

    /// How the protection is stated to the agent and the customer.
    public var displayName: String {
        switch self {
        case .noSupplyRestriction: return "Water supply will not be restricted"
        case .noLegalAction: return "No legal action will be taken"
        case .noAddedDebtRecoveryCosts: return "No additional debt recovery costs will be added"
        }
    }
}

/// Why the hardship policy stopped applying to a customer (Charter 5.6(j)).
///
/// The circumstances, documented here because the charter asks the policy to state them:
/// the debt is paid; the customer asks to leave the hardship programme; a review finds
/// the customer is no longer in hardship; the agreed plan is cancelled for non-payment
/// (see `PaymentPlan.missedInARowToCancel`); the customer is no longer a residential
/// customer of the utility.
public enum HardshipCessation: Codable, Sendable, Hashable {
    case debtPaid(on: CivilDate)
    case customerLeftProgramme(on: CivilDate)
    case reviewFoundNotInHardship(on: CivilDate)
    case planCancelledForNonPayment(on: CivilDate)
    case noLongerResidentialCustomer(on: CivilDate)

    /// The day the policy stopped applying.
    public var date: CivilDate {
        switch self {
        case .debtPaid(let d), .customerLeftProgramme(let d), .reviewFoundNotInHardship(let d),
             .planCancelledForNonPayment(let d), .noLongerResidentialCustomer(let d):
            return d
        }
    }

    /// A neutral sentence for the account history and letters.
    public var message: String {
        switch self {
        case .debtPaid(let d): return "The amount owed was paid in full on \(d.display)."
        case .customerLeftProgramme(let d): return "The customer asked to leave the hardship programme on \(d.display)."
        case .reviewFoundNotInHardship(let d): return "A review on \(d.display) found the customer is no longer in hardship."
        case .planCancelledForNonPayment(let d): return "The agreed payment plan was cancelled for non-payment on \(d.display)."
        case .noLongerResidentialCustomer(let d): return "The customer stopped being a residential customer on \(d.display)."
        }
    }
}

/// Whether the 5.6(c) protections apply to a customer now, and why or why not.
public enum HardshipProtectionStatus: Codable, Sendable, Hashable {
    case protected([HardshipProtection])
    case notProtected(reason: String)

    /// The protections in force; empty when not protected.
    public var protections: [HardshipProtection] {
        if case .protected(let list) = self { return list }
        return []
    }

    /// Whether the customer is in the hardship programme: the latest assessment found them in
    /// hardship and the policy has not ceased since (5.6(j)). Whether the 5.6(c) protections
    /// apply also depends on the agreed payments being kept (`evaluate`).
    public static func isInHardship(latest assessment: HardshipAssessment?, cessation: HardshipCessation?) -> Bool {
        guard let assessment, assessment.outcome == .inHardship else { return false }
        return !(cessation.map { $0.date >= assessment.assessedAt.date } ?? false)
    }

    /// Which protections apply, given the latest assessment and how the agreed payments are going.
    ///
    /// Charter 5.6(c): customers in hardship are exempt from restriction, legal action and
    /// added debt recovery costs "while payments are made according to an agreed flexible
    /// payment plan or other payment schedule". So all three apply only when the latest
    /// assessment is "in hardship", the policy has not ceased (5.6(j)) and the agreed
    /// payments are being kept.
    public static func evaluate(latest assessment: HardshipAssessment?, agreedPaymentsBeingKept: Bool,
                                cessation: HardshipCessation?) -> HardshipProtectionStatus {
        guard let assessment, assessment.outcome == .inHardship else {
            return .notProtected(reason: "The customer has not been assessed as in hardship.")
        }
        if let cessation, cessation.date >= assessment.assessedAt.date {
            return .notProtected(reason: "The hardship policy no longer applies. " + cessation.message)
        }
        guard agreedPaymentsBeingKept else {
            return .notProtected(reason: "The protections apply while payments are made under an agreed plan "
                                 + "or payment schedule, and none is being kept now (Charter 5.6(c)).")
        }
        return .protected(HardshipProtection.allCases)
    }
}
