/// Who works a complaint (issue 12 item 4): whoever logged it, until a supervisor gives it to
/// someone else, or it is raised to a level someone holds (Charter 3.1(d)(1): the Team Leader,
/// Manager or General Manager the customer asked for then has it in their work).
///
/// An owner is a timeline entry (`assigned(to:)`), not a field to overwrite: the register keeps
/// who had the complaint when, as Charter 3.1 asks it to keep everything done.
extension Complaint {
    /// The login whose work the complaint is now.
    public var owner: String {
        for event in timeline.reversed() {
            if case .assigned(let to) = event.kind { return to }
        }
        return timeline.first?.agent ?? ""
    }

    /// The complaint given to `assignee` by a supervisor.
    public func assigned(to assignee: String, at time: LocalDateTime, by supervisor: String, role: Role,
                         note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: supervisor)
        guard role.actsAsSupervisor else { throw .onlySupervisorsAssign(role: role) }
        let login = assignee.trimmingCharactersWhitespace()
        guard !login.isEmpty else { throw .missingAssignee }
        guard login != owner else { throw .alreadyOwnedBy(login) }
        var next = self
        next.record(.assigned(to: login), at: time, by: supervisor, note: note)
        return next
    }

    /// The complaint raised to `level` and given to `holder`, someone holding that level
    /// (`ComplaintAssignment.holder`); kept by its owner when nobody holds it, or they already have it.
    public func escalated(to level: EscalationLevel, at time: LocalDateTime, by agent: String, note: String = "",
                          assigningTo holder: String?) throws(ComplaintRefusal) -> Complaint {
        var next = try escalated(to: level, at: time, by: agent, note: note)
        if let holder, holder != owner { next.record(.assigned(to: holder), at: time, by: agent) }
        return next
    }
}

/// The assignment rules both stores check on every save.
public enum ComplaintAssignment {
    /// Who a complaint raised to `level` goes to: the first, by login, of those holding it.
    public static func holder(of level: EscalationLevel, among deciders: [ComplaintResponder]) -> String? {
        deciders.filter { $0.holds == level }.map(\.user).min()
    }

    /// Refuses new timeline entries that give the complaint to someone without the right to.
    ///
    /// A supervisor may give it to anyone. Anyone else's assignment must come straight after
    /// their escalation, to a person who holds the level raised to (`holds` says what a login
    /// holds): raising a complaint to the Manager is not a way for an agent to give work away.
    public static func check(added: some Collection<ComplaintEvent>, role: Role,
                             holds: (String) throws -> EscalationLevel?) throws {
        var raisedTo: EscalationLevel?
        for event in added {
            switch event.kind {
            case .escalated(_, let to):
                raisedTo = to
            case .assigned(let owner) where !role.actsAsSupervisor:
                guard let raisedTo, try holds(owner) == raisedTo else { throw ComplaintRefusal.onlySupervisorsAssign(role: role) }
            case .furtherReviewSought:
                break // an escalation after a decision records the review it asks for (3.2(c)(1)) before the assignment
            default:
                raisedTo = nil
            }
        }
    }
}
