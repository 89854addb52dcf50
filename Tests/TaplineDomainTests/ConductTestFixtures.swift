import Testing
@testable import TaplineDomain

/// Shared builders for the conduct tests: incidents walked to a given stage through real steps.
enum ConductFixture {
    static let agent = "alice"
    static let otherAgent = "bob"
    static let supervisor = "sam"
    static let raisedAt = time("2026-03-02T10:00")

    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func incident(
        id: String = "CI-1", account: String? = "1234567", name: String? = "Pat Smith",
        kind: ConductPersonKind = .accountHolder, employee: Bool = false, channel: ConductChannel = .phone,
        behaviours: Set<ConductBehaviour> = [], by author: String = agent, at: LocalDateTime = raisedAt
    ) throws -> ConductIncident {
        try ConductIncident(
            id: id, accountNumber: account, person: ConductPerson(name: name, description: "caller"),
            personKind: kind, customerIsEmployee: employee, channel: channel,
            behaviours: behaviours, raisedBy: author, raisedAt: at
        )
    }

    /// Applies steps one minute apart after the incident's last step.
    static func walk(_ incident: ConductIncident, _ steps: [ConductStep], by author: String = agent) throws -> ConductIncident {
        var current = incident
        for step in steps {
            current = try current.applying(step, at: nextTime(after: current), by: author)
        }
        return current
    }

    /// A minute after the incident's last step (or after it was raised).
    static func nextTime(after incident: ConductIncident) -> LocalDateTime {
        let last = incident.timeline.last?.at ?? incident.raisedAt
        let minutes = last.minuteOfDay + 1
        return LocalDateTime(date: last.date, hour: minutes / 60, minute: minutes % 60)
    }

    static let askWords = "Please stop speaking to me like that."
    static let sixMonthRestriction = try! ContactRestriction(
        kinds: [.writtenContactOnly], startDate: date("2026-03-02"), reviewDate: date("2026-09-02")
    )

    /// The steps that take a fresh, frustration-only incident to a stage (non-violent where
    /// the stage allows it).
    static func steps(to stage: ConductStage) -> [ConductStep] {
        let observe: ConductStep = .behaviourObserved([.insultingIntelligenceOrCharacter])
        let ask: ConductStep = .askedToStop(words: askWords)
        switch stage {
        case .frustrationOnly: return []
        case .unacceptableBehaviour: return [observe]
        case .askedToStop: return [observe, ask]
        case .behaviourStopped: return [observe, ask, .behaviourStopped]
        case .behaviourContinued: return [observe, ask, .behaviourContinued([])]
        case .turnedViolent: return [observe, ask, .turnedViolent([.threatOfViolenceOrUnwantedContact])]
        case .contactEnded: return [observe, ask, .behaviourStopped, .contactEnded]
        case .closedWithoutReport: return steps(to: .contactEnded) + [.closedWithoutReport(reason: "Apologised")]
        case .awaitingSupervisorReview: return [observe, ask, .behaviourContinued([]), .contactEnded, .reported]
        case .decided: return steps(to: .awaitingSupervisorReview) + [.supervisorDecided(.warningLetter, reasons: ["Abuse continued"])]
        }
    }

    /// A fresh incident walked to a stage, decisions made by the supervisor.
    static func incident(at stage: ConductStage) throws -> ConductIncident {
        var current = try incident()
        for step in steps(to: stage) {
            let author = if case .supervisorDecided = step { supervisor } else { agent }
            current = try current.applying(step, at: nextTime(after: current), by: author)
        }
        return current
    }

    /// A reported incident with the given behaviours, ready for a decision.
    static func reported(behaviours: Set<ConductBehaviour>, employee: Bool = false) throws -> ConductIncident {
        let raised = try incident(employee: employee, behaviours: behaviours)
        let ending: [ConductStep] = raised.isViolentOrThreatening
            ? [.contactEnded, .reported]
            : [.askedToStop(words: askWords), .behaviourContinued([]), .contactEnded, .reported]
        return try walk(raised, ending)
    }

    /// Applies a supervisor decision a minute after the last step.
    static func decide(_ incident: ConductIncident, _ kind: SupervisorDecisionKind, reasons: [String] = ["Staff were abused"]) throws(ConductRefusal) -> ConductIncident {
        try incident.applying(.supervisorDecided(kind, reasons: reasons), at: nextTime(after: incident), by: supervisor)
    }
}
