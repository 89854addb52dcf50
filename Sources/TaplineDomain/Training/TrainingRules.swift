/// The rules the console's screens enforce, as scoring reads them: the same domain functions,
/// never a copy, so a score can never contradict what the screen allowed.
///
/// Trainee actions name other areas' values as plain strings (`TraineeAction`); these turn
/// them back into the domain's values to ask the domain's own rules.
extension EscalationLevel {
    /// The name training uses: the Swift case name ("teamLeader", "generalManager"), as the
    /// complaint screens record it in `TraineeAction.escalatedComplaint`.
    public var trainingName: String { String(describing: self) }

    /// The level a training name stands for, ignoring case ("Manager" is `.manager`).
    public init?(trainingName name: String) {
        guard let level = EscalationLevel.allCases.first(where: { $0.trainingName.lowercased() == name.lowercased() }) else {
            return nil
        }
        self = level
    }
}

enum TrainingRules {
    /// Whether an escalation from `current` to `target` is one the escalation dialog offers:
    /// `EscalationLevel.higherLevels`, the list the dialog is built from — any higher level,
    /// not only the next (Charter 3.1(d)(1)).
    static func escalationIsAllowed(from current: EscalationLevel, to target: EscalationLevel) -> Bool {
        current.higherLevels.contains(target)
    }

    /// The conduct policy's refusal of a trainee's conduct step against a caller who is only
    /// frustrated, or nil when the policy allows it: the step is applied, through
    /// `ConductIncident.applying`, to an incident with no unacceptable behaviour — the one
    /// the conduct panel itself would refuse ("Customers have every right to voice frustration").
    static func conductRefusalForFrustratedCaller(_ action: TraineeAction, at time: LocalDateTime) -> ConductRefusal? {
        let step: ConductStep
        switch action {
        case .conductRequestToStop: step = .askedToStop(words: "Please stop.")
        case .conductContactEnded: step = .contactEnded
        case .conductReported: step = .reported
        default: return nil
        }
        do {
            let incident = try ConductIncident(id: "training", accountNumber: "training",
                                               person: ConductPerson(name: "the caller", description: ""),
                                               personKind: .accountHolder, customerIsEmployee: false, channel: .phone,
                                               raisedBy: "trainee", raisedAt: time)
            _ = try incident.applying(step, at: time, by: "trainee")
            return nil
        } catch {
            return error
        }
    }
}
