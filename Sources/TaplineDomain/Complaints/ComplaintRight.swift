/// Something the charter says a complainant must be told (Charter 3.1(a)–(e), required by 3.1(f)).
///
/// A complaint records which of these the customer has been told (`Complaint.informedOf`),
/// so a supervisor can see at a glance that 3.1(f) has been met.
public enum ComplaintRight: String, Sendable, CaseIterable, Codable, Comparable {
    /// 3.1(a): a reply as soon as possible, within 10 business days of receipt.
    case replyWithinTenBusinessDays = "reply-within-10-business-days"
    /// 3.1(b): a reply that deals with the substance, or, if complex, when that reply will come.
    case substantiveReplyOrDate = "substantive-reply-or-date"
    /// 3.1(c): the reasons for a decision, with their legislative or policy basis.
    case reasonsForDecision = "reasons-for-decision"
    /// 3.1(d)(1): the complaint may be raised to a Team Leader, Manager or General Manager.
    case escalation
    /// 3.1(d)(2): referral to the Energy and Water Ombudsman (Victoria) or another forum.
    case ewovReferral = "ewov-referral"
    /// 3.1(e): no attempt to recover a disputed amount until the dispute is resolved.
    case noRecoveryWhileDisputed = "no-recovery-while-disputed"

    /// "3.1(d)(2)": the charter clause that grants the right.
    public var clause: String {
        switch self {
        case .replyWithinTenBusinessDays: return "3.1(a)"
        case .substantiveReplyOrDate: return "3.1(b)"
        case .reasonsForDecision: return "3.1(c)"
        case .escalation: return "3.1(d)(1)"
        case .ewovReferral: return "3.1(d)(2)"
        case .noRecoveryWhileDisputed: return "3.1(e)"
        }
    }

    /// A one-line summary for checklists on screen.
    public var summary: String {
        switch self {
        case .replyWithinTenBusinessDays: return "Reply within 10 business days"
        case .substantiveReplyOrDate: return "Substantive reply, or date of reply if complex"
        case .reasonsForDecision: return "Reasons and policy basis for the decision"
        case .escalation: return "Can raise to Team Leader, Manager or General Manager"
        case .ewovReferral: return "Can refer to EWOV or another external forum"
        case .noRecoveryWhileDisputed: return "Disputed amount not recovered until resolved"
        }
    }

    public static func < (lhs: ComplaintRight, rhs: ComplaintRight) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
