/// Something that happened in an incident, applied with `ConductIncident.applying(_:at:by:)`.
///
/// Every accepted step is kept in the incident's timeline with its time and author, which is
/// also the incident's audit trail.
public enum ConductStep: Hashable, Sendable, Codable {
    /// Unacceptable behaviour seen before any request to stop.
    case behaviourObserved(Set<ConductBehaviour>)
    /// Conduct policy: "Politely and respectfully ask the customer … to stop"; the words used.
    case askedToStop(words: String)
    case behaviourStopped
    /// The behaviour went on after the request (or started again); any new behaviour seen.
    case behaviourContinued(Set<ConductBehaviour>)
    /// Physical violence or a threat of it; must include at least one such behaviour.
    case turnedViolent(Set<ConductBehaviour>)
    /// Conduct policy: "they will end the conversation and remove themselves from the situation."
    case contactEnded
    /// Reported for supervisor review, whether or not the contact has ended (the policy asks
    /// staff to report what happened, not to end a call that carried on calmly).
    case reported
    /// Closed at the agent's level: only when the behaviour stopped and nothing was violent,
    /// whether or not the contact has ended.
    case closedWithoutReport(reason: String)
    /// What happened, in the words of the agent who faced it: what the supervisor reads.
    /// Written again, it replaces the earlier text (the timeline keeps each version).
    case whatHappenedWritten(String)
    /// The account the incident is about, linked after it was raised without one (an abusive
    /// caller who was not identified at first).
    case accountLinked(String)
    case evidenceAdded(ConductEvidence)
    /// The person also made a complaint, which the policy welcomes.
    case complaintLinked(id: String)
    /// A supervisor's decision; the supervisor and time come from the step's author and time.
    case supervisorDecided(SupervisorDecisionKind, reasons: [String])
    /// The customer asked for the current contact restriction to be reviewed, on that day.
    case customerRequestedRestrictionReview(on: CivilDate)
    /// A supervisor gave the incident to `to` to carry on with (issue 12 item 4): it is theirs
    /// from then on (`ConductIncident.owner`), as it was its raiser's until then.
    case assigned(to: String)

    /// What the step does, for refusals: "ask the person to stop".
    public var label: String {
        switch self {
        case .behaviourObserved: "record behaviour"
        case .askedToStop: "ask the person to stop"
        case .behaviourStopped: "record that the behaviour stopped"
        case .behaviourContinued: "record that the behaviour continued"
        case .turnedViolent: "record that it turned violent"
        case .contactEnded: "end the contact"
        case .reported: "report the incident"
        case .closedWithoutReport: "close without a report"
        case .whatHappenedWritten: "write what happened"
        case .accountLinked: "link the account"
        case .evidenceAdded: "add evidence"
        case .complaintLinked: "link a complaint"
        case .supervisorDecided: "record a decision"
        case .customerRequestedRestrictionReview: "record a review request"
        case .assigned: "give the incident to someone"
        }
    }

    /// One line for the timeline and the audit log: what happened, with its details.
    public var summary: String {
        switch self {
        case .behaviourObserved(let b): "Recorded behaviour: \(Self.list(b))"
        case .askedToStop(let words): "Asked politely to stop: “\(words)”"
        case .behaviourStopped: "Behaviour stopped after the request"
        case .behaviourContinued(let b): b.isEmpty ? "Behaviour continued after the request" : "Behaviour continued after the request: \(Self.list(b))"
        case .turnedViolent(let b): "Turned violent: \(Self.list(b))"
        case .contactEnded: "Ended the contact"
        case .reported: "Reported for supervisor review"
        case .closedWithoutReport(let reason): "Closed without a report: \(reason)"
        case .whatHappenedWritten(let text): "Wrote what happened: “\(text)”"
        case .accountLinked(let number): "Linked account \(number)"
        case .evidenceAdded(let e): "Added evidence: \(e.label)"
        case .complaintLinked(let id): "Linked complaint \(id)"
        case .supervisorDecided(let kind, let reasons): "Decided \(kind.label): \(reasons.joined(separator: "; "))"
        case .customerRequestedRestrictionReview(let day): "Customer asked for a review of the contact restriction on \(day.display)"
        case .assigned(let owner): "Given to \(owner)"
        }
    }

    private static func list(_ behaviours: Set<ConductBehaviour>) -> String {
        ConductBehaviour.ordered(behaviours).map(\.label).joined(separator: "; ")
    }
}
