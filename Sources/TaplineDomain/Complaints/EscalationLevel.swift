/// Who is handling a complaint: the internal levels a customer may raise it to.
///
/// Charter 3.1(d)(1): "the opportunity to raise the complaint to a higher level such as a
/// Team Leader, Manager or General Manager". Ordered lowest to highest.
public enum EscalationLevel: String, Sendable, CaseIterable, Codable, Comparable {
    case frontline
    case teamLeader = "team-leader"
    case manager
    case generalManager = "general-manager"

    /// "Team Leader": how the level is shown to a person and named in letters.
    public var title: String {
        switch self {
        case .frontline: return "Customer Service Officer"
        case .teamLeader: return "Team Leader"
        case .manager: return "Manager"
        case .generalManager: return "General Manager"
        }
    }

    /// "CS Officer", "General Mgr": `title` shortened for a narrow column, never another name.
    public var shortTitle: String {
        switch self {
        case .frontline: return "CS Officer"
        case .generalManager: return "General Mgr"
        case .teamLeader, .manager: return title
        }
    }

    /// The levels above this one, lowest first: where the customer may still take the complaint.
    public var higherLevels: [EscalationLevel] {
        EscalationLevel.allCases.filter { $0 > self }
    }

    private var rank: Int { EscalationLevel.allCases.firstIndex(of: self)! }

    public static func < (lhs: EscalationLevel, rhs: EscalationLevel) -> Bool { lhs.rank < rhs.rank }
}
