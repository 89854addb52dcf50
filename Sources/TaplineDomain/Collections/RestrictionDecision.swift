/// Whether supply may be restricted now: permitted with notes, or not with every reason.
public enum RestrictionDecision: Codable, Sendable, Hashable {
    /// Restriction may go ahead; the notes (the two-litre floor of 7.3 first) must be followed.
    case permitted(notes: [String])
    /// Restriction may not go ahead, for every one of these reasons.
    case notPermitted(reasons: [RestrictionReason])

    public var isPermitted: Bool {
        if case .permitted = self { return true }
        return false
    }

    /// The reasons against; empty when permitted.
    public var reasons: [RestrictionReason] {
        if case .notPermitted(let reasons) = self { return reasons }
        return []
    }

    /// The notes for a permitted restriction; empty when not permitted.
    public var notes: [String] {
        if case .permitted(let notes) = self { return notes }
        return []
    }

    /// The clauses of the reasons against, in order, for tests and summaries.
    public var clauses: [String] { reasons.map(\.clause) }
}
