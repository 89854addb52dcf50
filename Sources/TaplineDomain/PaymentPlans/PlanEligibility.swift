/// Whether a new flexible payment plan may be offered straight away, or needs an assurance first.
///
/// Charter 5.4: the utility "is not required to offer a customer a flexible payment plan if the
/// customer has, in the previous 12 months, had two flexible payment plans cancelled due to
/// non-payment unless the customer provides reasonable assurance". Tapline still lets the
/// agent offer the plan, once the assurance is recorded (`ReasonableAssurance`).
///
/// "In the previous 12 months": a cancellation counts while it is after the same date one
/// year earlier and not after today. A plan cancelled on 10 Mar 2024 counts on 9 Mar 2025
/// and stops counting on 10 Mar 2025.
public enum PlanEligibility: Codable, Sendable, Hashable {
    case eligible
    /// Two or more plans were cancelled for non-payment in the 12 months (their dates, oldest first).
    case needsAssurance(cancelledOn: [CivilDate])

    /// Cancellations for non-payment within 12 months that require an assurance.
    public static let cancellationsRequiringAssurance = 2

    public static func check(history: [PaymentPlan], today: CivilDate) -> PlanEligibility {
        let yearAgo = today.adding(months: -12)
        let recent = history.compactMap { plan -> CivilDate? in
            guard case .cancelledForNonPayment(let date) = plan.status, date > yearAgo, date <= today else { return nil }
            return date
        }.sorted()
        return recent.count >= cancellationsRequiringAssurance ? .needsAssurance(cancelledOn: recent) : .eligible
    }

    /// What the agent is told.
    public var message: String {
        switch self {
        case .eligible:
            return "A flexible payment plan can be offered."
        case .needsAssurance(let dates):
            return "\(dates.count) plans were cancelled for non-payment in the past 12 months ("
                + dates.map(\.display).joined(separator: ", ")
                + "). Record the customer's reasonable assurance that they can keep a new plan before offering one (Charter 5.4)."
        }
    }
}
