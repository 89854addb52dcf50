/// Where an incident is in the conduct policy's flow.
///
/// Conduct policy, "The policy in action": frustration is the customer's right; when it
/// becomes unacceptable behaviour staff politely ask the person to stop; if it continues or
/// turns violent they end the contact; the incident is then reported for a supervisor to
/// review and decide. `ConductIncident.applying` is the only way to move between stages.
public enum ConductStage: String, Sendable, Codable, CaseIterable {
    /// No unacceptable behaviour recorded: the person is voicing frustration, as is their right.
    case frustrationOnly
    /// Unacceptable behaviour recorded; no request to stop yet.
    case unacceptableBehaviour
    /// The agent politely asked the person to stop; the outcome is not recorded yet.
    case askedToStop
    case behaviourStopped
    case behaviourContinued
    case turnedViolent
    case contactEnded
    /// The behaviour stopped when asked and nothing was violent; the agent closed it without
    /// a report. It still counts towards repeat-offender checks.
    case closedWithoutReport
    /// Reported: waiting for a supervisor's decision, or for a referral the incident must have.
    case awaitingSupervisorReview
    case decided

    public var label: String {
        switch self {
        case .frustrationOnly: "frustration only — no unacceptable behaviour"
        case .unacceptableBehaviour: "unacceptable behaviour"
        case .askedToStop: "asked to stop"
        case .behaviourStopped: "behaviour stopped"
        case .behaviourContinued: "behaviour continued"
        case .turnedViolent: "turned violent"
        case .contactEnded: "contact ended"
        case .closedWithoutReport: "closed without a report"
        case .awaitingSupervisorReview: "awaiting supervisor review"
        case .decided: "decided"
        }
    }
}
