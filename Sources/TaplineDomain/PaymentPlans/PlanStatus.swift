/// Where a payment plan stands. A plan is never deleted: its status records how it ended.
public enum PlanStatus: Codable, Sendable, Hashable {
    case active
    case completed(on: CivilDate)
    /// Replaced by a renegotiated plan on a change of circumstances (Charter 5.4(d)).
    case renegotiated(replacedBy: String, on: CivilDate)
    /// Cancelled because instalments were not paid (Charter 5.4, 7.1(e)(2)).
    case cancelledForNonPayment(on: CivilDate)
    /// Ended before it was paid off for another reason, which the agent wrote down: the
    /// customer asked to end it, or paid another way. Not a non-payment cancellation, so it
    /// never counts towards the 5.4 limit of two.
    case cancelled(on: CivilDate, reason: String)

    /// "Active", "Cancelled for non-payment on Mon 3 Mar 2025": for screens and history.
    public var displayName: String {
        switch self {
        case .active: return "Active"
        case .completed(let d): return "Completed on \(d.display)"
        case .renegotiated(_, let d): return "Renegotiated on \(d.display)"
        case .cancelledForNonPayment(let d): return "Cancelled for non-payment on \(d.display)"
        case .cancelled(let d, _): return "Cancelled on \(d.display)"
        }
    }
}
