import TaplineDomain

/// What training needs from the store: a fresh customer for each call, and the attempts kept.
///
/// Implementations throw `TrainingRefusal` with words for the trainee when the store refuses.
///
/// Demo mode builds the training screens itself and hands them this port (they are not part
/// of the ordinary console, so nothing registers it in `Services`).
public protocol TrainingPort: Sendable {
    /// Creates a fresh copy of `scenario`'s account for an attempt by `trainee`.
    func prepareCall(_ scenario: Scenario, for trainee: String, at time: LocalDateTime) throws -> PreparedCall
    /// Keeps a finished attempt for the trainer's view.
    func save(_ attempt: TrainingAttempt) throws
    /// Every trainee's attempts and the misses most made; refused to agents.
    func trainerReport(for role: Role) throws -> TrainerReport
}

/// The customer created for one training call: the account, and its earlier complaints.
public struct PreparedCall: Sendable, Equatable {
    public let accountNumber: String
    /// The fixture's earlier complaints by number, oldest first: a "complaint" start opens the last.
    public let complaintNumbers: [String]

    public init(accountNumber: String, complaintNumbers: [String] = []) {
        self.accountNumber = accountNumber
        self.complaintNumbers = complaintNumbers
    }
}

/// Why the training port refused, in words shown to the trainee as they are.
public struct TrainingRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// The scenarios demo mode loaded, and the files it could not load ("scenarios/x.toml:14: …").
public struct TrainingCatalogue: Sendable {
    public var scenarios: [Scenario]
    /// Each broken scenario file, as "file:line: message", for the trainer to fix.
    public var problems: [String]

    public init(scenarios: [Scenario], problems: [String] = []) {
        self.scenarios = scenarios
        self.problems = problems
    }
}
