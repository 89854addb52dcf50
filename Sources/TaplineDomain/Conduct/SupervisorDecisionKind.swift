/// What a supervisor decided to do about an incident.
public enum SupervisorDecisionKind: Hashable, Sendable, Codable {
    /// Never allowed for threats or violence, nor for an employee (HR decides).
    case noFurtherAction
    case warningLetter
    case contactRestriction(ContactRestriction)
    /// The police's reference number is required.
    case policeReferral(reference: String)
    /// Only for a customer who is also an employee.
    case hrReferral

    public var label: String {
        switch self {
        case .noFurtherAction: "no further action"
        case .warningLetter: "warning letter"
        case .contactRestriction: "contact restriction"
        case .policeReferral(let reference): "police referral (\(reference))"
        case .hrReferral: "HR referral"
        }
    }

    /// The referral this decision makes, if it is one.
    public var referral: ConductReferral? {
        switch self {
        case .policeReferral: .police
        case .hrReferral: .hr
        case .noFurtherAction, .warningLetter, .contactRestriction: nil
        }
    }

    /// Decisions of the customer conduct process, which do not apply to employees.
    ///
    /// Conduct policy, "Purpose": an employee's conduct as a customer is addressed through
    /// HR, so letters, restrictions and "no further action" are HR's call, not ours. A police
    /// referral is not a customer-process decision: threats and violence are always reported.
    public var isCustomerProcess: Bool {
        switch self {
        case .noFurtherAction, .warningLetter, .contactRestriction: true
        case .policeReferral, .hrReferral: false
        }
    }
}
