import TaplineDomain

/// The names training uses for other areas' values, and the values they stand for.
///
/// Scenario files and `TraineeAction`s name escalation levels as `"teamLeader"`, `"manager"`,
/// `"generalManager"` (Swift case names, as `TraineeAction` documents), while the complaints
/// register stores `EscalationLevel` raw values ("team-leader"). This is the one place the two meet.
enum TrainingNames {
    /// The levels a complaint can be raised to, by training name (Charter 3.1(d)(1)).
    static let escalationNames = EscalationLevel.allCases.filter { $0 != .frontline }.map { String(describing: $0) }

    /// The level a training name stands for, ignoring case; nil for anything else.
    static func escalationLevel(named name: String) -> EscalationLevel? {
        EscalationLevel.allCases.first { $0 != .frontline && String(describing: $0).lowercased() == name.lowercased() }
    }
}
