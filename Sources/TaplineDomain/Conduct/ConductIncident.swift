/// An incident of unacceptable behaviour towards staff, from first frustration to a decision.
///
/// A value: change it only with `applying(_:at:by:)`, which checks the conduct policy's rules
/// and returns a new incident with the step added to its timeline. Nothing here reads the
/// clock; every step carries the local time it happened.
public struct ConductIncident: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    /// Nil for a member of the public, who has no account, and for a caller not identified
    /// yet, whose account is linked later (`ConductStep.accountLinked`).
    public internal(set) var accountNumber: String?
    /// Who the person was: a name when known, and a description when they are not the
    /// account holder.
    public let person: ConductPerson
    public let personKind: ConductPersonKind
    /// Conduct policy, "Purpose": an employee who is also a customer is dealt with by HR,
    /// not by the customer conduct process.
    public let customerIsEmployee: Bool
    public let channel: ConductChannel
    public let raisedBy: String
    public let raisedAt: LocalDateTime

    /// Empty means frustration only: no unacceptable behaviour.
    public internal(set) var behaviours: Set<ConductBehaviour>
    public internal(set) var stage: ConductStage
    /// Accepted steps in the order applied (and so in time order).
    public internal(set) var timeline: [ConductTimelineEntry]
    /// Supervisor decisions in the order made.
    public internal(set) var decisions: [SupervisorDecision]
    /// Conduct policy, "Purpose": customers may also "make an official complaint"; the policy
    /// welcomes it, so a complaint is linked, never a reason to treat the person worse.
    public internal(set) var linkedComplaintId: String?
    /// What happened, in the words of the agent who faced it: what the supervisor reads
    /// before deciding. Nil until written (incidents saved before it existed have none).
    public internal(set) var whatHappened: String?

    /// Raises an incident; with no behaviours it starts as frustration only.
    public init(
        id: String,
        accountNumber: String?,
        person: ConductPerson,
        personKind: ConductPersonKind,
        customerIsEmployee: Bool,
        channel: ConductChannel,
        behaviours: Set<ConductBehaviour> = [],
        whatHappened: String? = nil,
        raisedBy: String,
        raisedAt: LocalDateTime
    ) throws(ConductRefusal) {
        let id = id.trimmingCharactersWhitespace()
        let account = accountNumber?.trimmingCharactersWhitespace() ?? ""
        let author = raisedBy.trimmingCharactersWhitespace()
        guard !id.isEmpty else { throw .idRequired }
        guard !author.isEmpty else { throw .authorRequired }
        // Conduct policy, "Key principles": unacceptable behaviour is not tolerated "during any
        // form of interaction", so a caller who has not been identified is recorded too; the
        // account is linked when it is known. A member of the public has none to link.
        guard person.isDescribed else { throw .personNotDescribed }
        self.id = id
        self.accountNumber = account.isEmpty ? nil : account
        self.person = person
        self.personKind = personKind
        self.customerIsEmployee = customerIsEmployee
        self.channel = channel
        self.raisedBy = author
        self.raisedAt = raisedAt
        self.behaviours = behaviours
        self.stage = behaviours.isEmpty ? .frustrationOnly : .unacceptableBehaviour
        // Behaviour seen when raising is the first timeline entry, so the audit trail shows it.
        self.timeline = behaviours.isEmpty ? [] : [ConductTimelineEntry(step: .behaviourObserved(behaviours), at: raisedAt, by: author)]
        self.decisions = []
        self.linkedComplaintId = nil
        let written = whatHappened?.trimmingCharactersWhitespace() ?? ""
        self.whatHappened = written.isEmpty ? nil : written
    }

    // MARK: - What the incident shows

    /// No unacceptable behaviour recorded: the customer is voicing frustration, as is their right.
    public var isFrustrationOnly: Bool { behaviours.isEmpty }

    /// Actual or threatened physical harm was recorded.
    public var isViolentOrThreatening: Bool { behaviours.contains { $0.isViolentOrThreatening } }

    /// Conduct policy: any actual or threat of physical harm "will always be reported".
    public var mustBeReported: Bool { isViolentOrThreatening }

    /// Referrals this incident must have before it counts as decided: police for threats or
    /// violence, HR for an employee.
    public var requiredReferrals: Set<ConductReferral> {
        var required: Set<ConductReferral> = []
        if isViolentOrThreatening { required.insert(.police) }
        if customerIsEmployee { required.insert(.hr) }
        return required
    }

    /// Required referrals not yet recorded by a supervisor.
    public var outstandingReferrals: Set<ConductReferral> {
        requiredReferrals.subtracting(decisions.compactMap(\.kind.referral))
    }

    /// The polite request to stop: when, by whom and the words used.
    public var requestToStop: (at: LocalDateTime, by: String, words: String)? {
        for entry in timeline {
            if case .askedToStop(let words) = entry.step { return (entry.at, entry.by, words) }
        }
        return nil
    }

    /// Where the conversation itself got to, which may run on after the incident is reported
    /// or closed: the last of asked to stop, stopped, continued, turned violent or ended, else
    /// unacceptable behaviour or frustration only. While the incident is being recorded it is
    /// the same as `stage`.
    public var conversation: ConductStage {
        for entry in timeline.reversed() {
            switch entry.step {
            case .askedToStop: return .askedToStop
            case .behaviourStopped: return .behaviourStopped
            case .behaviourContinued: return .behaviourContinued
            case .turnedViolent: return .turnedViolent
            case .contactEnded: return .contactEnded
            default: continue
            }
        }
        return behaviours.isEmpty ? .frustrationOnly : .unacceptableBehaviour
    }

    public var contactEndedAt: LocalDateTime? { firstTime { $0 == .contactEnded } }
    public var reportedAt: LocalDateTime? { firstTime { $0 == .reported } }

    /// Evidence references in the order added.
    public var evidence: [ConductEvidence] {
        timeline.compactMap { entry in
            if case .evidenceAdded(let evidence) = entry.step { evidence } else { nil }
        }
    }

    /// The latest contact restriction decided: a later one replaces an earlier one.
    public var currentRestriction: ContactRestriction? { currentRestrictionIndex.map { restriction(at: $0) } }

    /// The current restriction if it applies on that day; what account banners show.
    public func activeRestriction(on day: CivilDate) -> ContactRestriction? {
        currentRestriction.flatMap { $0.isActive(on: day) ? $0 : nil }
    }

    /// The raising of the incident, then one entry per accepted step: for the store's audit log.
    public var auditTrail: [ConductAuditEntry] {
        let raised = ConductAuditEntry(
            incidentId: id, who: raisedBy, at: raisedAt,
            what: "Raised conduct incident (\(channel.label), \(personKind.label))"
        )
        return [raised] + timeline.map { ConductAuditEntry(incidentId: id, who: $0.by, at: $0.at, what: $0.step.summary) }
    }

    // MARK: - Helpers for the rules

    var currentRestrictionIndex: Int? {
        decisions.lastIndex { if case .contactRestriction = $0.kind { true } else { false } }
    }

    func restriction(at index: Int) -> ContactRestriction {
        guard case .contactRestriction(let restriction) = decisions[index].kind else {
            preconditionFailure("decision \(index) is not a contact restriction")
        }
        return restriction
    }

    private func firstTime(where matches: (ConductStep) -> Bool) -> LocalDateTime? {
        timeline.first { matches($0.step) }?.at
    }
}
