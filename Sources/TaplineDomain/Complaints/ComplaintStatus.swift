/// Where a complaint stands, as shown in queues and on the complaint screen.
///
/// Whether a disputed amount may be collected is not read from here but worked out by
/// `DisputeResolution` (Charter 3.2), which needs the business days since the decision.
public enum ComplaintStatus: Hashable, Sendable, Codable {
    /// Logged, no decision yet.
    case open
    /// The complainant has been told the decision (Charter 3.2(a)).
    case responded(at: LocalDateTime)
    /// After a decision, the complainant asked for a further review (Charter 3.2(c)(1)).
    case furtherReviewSought(at: LocalDateTime)
    /// The dispute met Charter 3.2 on this date.
    case resolved(on: CivilDate)
    /// Closed in the register (Charter 3.1: the record is kept).
    case closed(at: LocalDateTime)

    /// "Responded": how the status is shown to a person.
    public var displayName: String {
        switch self {
        case .open: return "Open"
        case .responded: return "Responded"
        case .furtherReviewSought: return "Further review sought"
        case .resolved: return "Resolved"
        case .closed: return "Closed"
        }
    }

    public var isClosed: Bool {
        if case .closed = self { return true }
        return false
    }
}
