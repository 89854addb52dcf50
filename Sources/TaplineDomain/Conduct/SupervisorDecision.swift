/// A supervisor's decision on a reported incident, with the reasons for it.
///
/// Made only through `ConductIncident.applying(.supervisorDecided…)`, which takes the
/// supervisor's name and the time from the step, so a decision can't claim another author.
/// The reasons are quoted in letters to the customer: write them for the customer to read.
public struct SupervisorDecision: Hashable, Sendable, Codable {
    /// Settable inside the domain only so a customer's review request can be recorded on
    /// the restriction it holds.
    public internal(set) var kind: SupervisorDecisionKind
    /// At least one, none blank.
    public let reasons: [String]
    public let supervisor: String
    public let decidedAt: LocalDateTime

    init(kind: SupervisorDecisionKind, reasons: [String], supervisor: String, decidedAt: LocalDateTime) {
        self.kind = kind
        self.reasons = reasons
        self.supervisor = supervisor
        self.decidedAt = decidedAt
    }
}
