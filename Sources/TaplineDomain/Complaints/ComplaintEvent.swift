/// One entry in a complaint's timeline: what happened, when, and who did it.
///
/// Charter 3.1: "keep a record of all complaints and responses". The timeline is append-only
/// and in time order; transitions refuse a time earlier than the last entry.
public struct ComplaintEvent: Hashable, Sendable, Codable {
    public let at: LocalDateTime
    public let agent: String
    public let kind: Kind
    /// Free text the agent added, empty when none.
    public let note: String

    public init(at: LocalDateTime, agent: String, kind: Kind, note: String = "") {
        self.at = at
        self.agent = agent
        self.kind = kind
        self.note = note
    }

    /// What happened.
    public enum Kind: Hashable, Sendable, Codable {
        case logged
        case escalated(from: EscalationLevel, to: EscalationLevel)
        case furtherReviewSought
        case responded
        case complexNotified(promisedBy: CivilDate)
        case ewovReferralGiven
        case informed(of: [ComplaintRight])
        case claimLodged(forum: ExternalForum, on: CivilDate)
        case claimFinalised(forum: ExternalForum, on: CivilDate)
        case resolved
        case closed
    }

    /// "Escalated: Team Leader → Manager": one line for a timeline on screen.
    public var summary: String {
        switch kind {
        case .logged: return "Logged"
        case .escalated(let from, let to): return "Escalated: \(from.title) → \(to.title)"
        case .furtherReviewSought: return "Further review sought"
        case .responded: return "Response given"
        case .complexNotified(let date): return "Told complex: reply by \(date.display)"
        case .ewovReferralGiven: return "EWOV referral information given"
        case .informed(let rights): return "Informed of " + rights.map(\.clause).joined(separator: ", ")
        case .claimLodged(let forum, let date): return "\(forum.rawValue) claim lodged \(date.display)"
        case .claimFinalised(let forum, let date): return "\(forum.rawValue) claim finalised \(date.display)"
        case .resolved: return "Dispute resolved"
        case .closed: return "Closed"
        }
    }
}
