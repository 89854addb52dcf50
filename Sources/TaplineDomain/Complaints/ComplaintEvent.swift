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
        /// A letter stating all of 3.1(a)–(e) was written (so the customer is told of them, 3.1(f)).
        case letterWritten(ComplaintLetterKind)
        case claimLodged(forum: ExternalForum, on: CivilDate)
        case claimFinalised(forum: ExternalForum, on: CivilDate)
        case resolved
        case closed
        /// The complaint became `to`'s to work (issue 12: owned by whoever logged it until reassigned).
        case assigned(to: String)
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
        case .letterWritten(let letter): return "\(letter.displayName) letter written (3.1(a)–(e) stated)"
        case .claimLodged(let forum, let date): return "\(forum.rawValue) claim lodged \(date.display)"
        case .claimFinalised(let forum, let date): return "\(forum.rawValue) claim finalised \(date.display)"
        case .resolved: return "Dispute resolved"
        case .closed: return "Closed"
        case .assigned(let owner): return "Given to \(owner)"
        }
    }
}

/// The letters written about a complaint (Charter 3.1(f): both state 3.1(a)–(e)).
public enum ComplaintLetterKind: String, Sendable, CaseIterable, Codable {
    /// Acknowledges the complaint and says when the reply is due (3.1(a)).
    case acknowledgement
    /// Gives the latest decision with its reasons (3.1(b), (c)).
    case response

    /// "Acknowledgement", "Response".
    public var displayName: String {
        switch self {
        case .acknowledgement: return "Acknowledgement"
        case .response: return "Response"
        }
    }
}
