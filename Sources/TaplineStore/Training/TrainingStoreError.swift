import TaplineDomain

/// Why the training store refused; `message` is shown to the trainee or trainer as it is.
public enum TrainingStoreError: Error, Hashable, Sendable {
    /// Only trainers and supervisors see every trainee's scores.
    case reportNeedsTrainer(role: Role)

    public var message: String {
        switch self {
        case .reportNeedsTrainer(let role):
            return "the trainer view shows every trainee's scores, so it is for trainers and supervisors; "
                + "you are signed in as \(role == .agent ? "an agent" : "a \(role.rawValue)") (demo mode: --role trainer)"
        }
    }
}
