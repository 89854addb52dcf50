import TaplineDomain

/// Why the training store refused; `message` is shown to the trainee or trainer as it is.
public enum TrainingStoreError: Error, Hashable, Sendable {
    /// Only trainers and supervisors see every trainee's scores.
    case reportNeedsTrainer(role: Role)

    public var message: String {
        switch self {
        case .reportNeedsTrainer(let role):
            // Says why and what the trainee can see instead; never how to get round it.
            return "the trainer view shows every trainee's scores, so it is for trainers and supervisors; "
                + "you are signed in as \(role == .agent ? "an agent" : "a \(role.rawValue)"). "
                + "Your own score card shows at the end of each call; ask your trainer to see the class's"
        }
    }
}
