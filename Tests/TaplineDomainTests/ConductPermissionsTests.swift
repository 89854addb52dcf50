import Testing
@testable import TaplineDomain

@Suite("Conduct permissions")
struct ConductPermissionsTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let role: Role
        let user: String
        let step: ConductStep
        let refusal: ConductRefusal?
        var testDescription: String { "\(role.rawValue) \(user): \(step.label) → \(refusal.map { "\($0)" } ?? "allowed")" }
    }

    static let note = ConductStep.evidenceAdded(.writtenNote("Caller shouted"))
    static let decision = ConductStep.supervisorDecided(.warningLetter, reasons: ["Abuse"])
    static let review = ConductStep.customerRequestedRestrictionReview(on: ConductFixture.date("2026-03-02"))

    // The incident was raised by ConductFixture.agent ("alice").
    static let rows: [Row] = [
        Row(role: .agent, user: ConductFixture.agent, step: note, refusal: nil),
        Row(role: .agent, user: ConductFixture.agent, step: .contactEnded, refusal: nil),
        Row(role: .agent, user: ConductFixture.otherAgent, step: note, refusal: .notYourIncident),
        Row(role: .agent, user: ConductFixture.otherAgent, step: .reported, refusal: .notYourIncident),
        Row(role: .agent, user: ConductFixture.agent, step: decision, refusal: .onlySupervisorsDecide),
        Row(role: .agent, user: ConductFixture.otherAgent, step: review, refusal: nil),
        Row(role: .supervisor, user: ConductFixture.supervisor, step: decision, refusal: nil),
        Row(role: .supervisor, user: ConductFixture.supervisor, step: note, refusal: nil),
        Row(role: .trainer, user: ConductFixture.agent, step: note, refusal: .trainersHaveNoAccess),
        Row(role: .trainer, user: "tina", step: decision, refusal: .trainersHaveNoAccess),
    ]

    @Test("who may apply which step", arguments: rows)
    func stepPermissions(row: Row) throws {
        let incident = try ConductFixture.incident(at: .behaviourStopped)
        let result = Result { () throws(ConductRefusal) in
            try ConductPermissions.check(row.step, on: incident, user: row.user, role: row.role)
        }
        switch result {
        case .success: #expect(row.refusal == nil)
        case .failure(let refusal): #expect(refusal == row.refusal)
        }
    }

    @Test("who may open an incident", arguments: [
        (Role.agent, ConductFixture.agent, true), (.agent, ConductFixture.otherAgent, false),
        (.supervisor, ConductFixture.supervisor, true), (.trainer, ConductFixture.agent, false),
    ])
    func viewing(role: Role, user: String, allowed: Bool) throws {
        #expect(ConductPermissions.canView(try ConductFixture.incident(), user: user, role: role) == allowed)
    }

    @Test func trainersCannotRaise() {
        #expect(throws: ConductRefusal.trainersHaveNoAccess) { try ConductPermissions.checkRaise(as: .trainer) }
        #expect(throws: Never.self) { try ConductPermissions.checkRaise(as: .agent) }
        #expect(throws: Never.self) { try ConductPermissions.checkRaise(as: .supervisor) }
    }

    @Test func applyingAsARoleChecksPermissionFirst() throws {
        // Given a reported incident
        let reported = try ConductFixture.incident(at: .awaitingSupervisorReview)
        let at = ConductFixture.nextTime(after: reported)
        // When the agent who raised it tries to decide, then it is refused
        #expect(throws: ConductRefusal.onlySupervisorsDecide) {
            try reported.applying(Self.decision, at: at, by: ConductFixture.agent, role: .agent)
        }
        // When a supervisor decides, then the rules apply and it is decided
        #expect(try reported.applying(Self.decision, at: at, by: ConductFixture.supervisor, role: .supervisor).stage == .decided)
    }
}
