import Foundation
import Testing
@testable import TaplineDomain

@Suite("Raising a conduct incident")
struct ConductIncidentTests {
    @Test func frustrationOnlyIsItsOwnState_policyPurpose() throws {
        // Given an incident raised with no behaviour
        let incident = try ConductFixture.incident()
        // Then it is frustration only: nothing to report, nothing required
        #expect(incident.isFrustrationOnly)
        #expect(incident.stage == .frustrationOnly)
        #expect(!incident.mustBeReported)
        #expect(incident.requiredReferrals.isEmpty)
        #expect(incident.timeline.isEmpty)
    }

    @Test func behaviourSeenWhenRaisingIsTheFirstTimelineEntry() throws {
        let incident = try ConductFixture.incident(behaviours: [.harassmentOrRepeatedContact])
        #expect(incident.stage == .unacceptableBehaviour)
        #expect(incident.timeline == [ConductTimelineEntry(step: .behaviourObserved([.harassmentOrRepeatedContact]), at: ConductFixture.raisedAt, by: ConductFixture.agent)])
    }

    @Test("only a member of the public may have no account", arguments: ConductPersonKind.allCases)
    func accountRequiredUnlessMemberOfPublic(kind: ConductPersonKind) throws {
        let result = Result { () throws(ConductRefusal) in
            try ConductIncident(id: "CI-9", accountNumber: "  ", person: ConductPerson(name: nil, description: "Man in a red cap"),
                                personKind: kind, customerIsEmployee: false, channel: .onTheRoad, raisedBy: "alice", raisedAt: ConductFixture.raisedAt)
        }
        switch result {
        case .success(let incident):
            #expect(kind == .memberOfPublic)
            #expect(incident.accountNumber == nil)
        case .failure(let refusal):
            #expect(refusal == .accountRequired(kind))
        }
    }

    @Test func refusesMissingIdAuthorOrDescription() throws {
        let person = ConductPerson(name: "Pat", description: "")
        func raise(id: String = "CI-1", person: ConductPerson = person, by: String = "alice") throws(ConductRefusal) -> ConductIncident {
            try ConductIncident(id: id, accountNumber: "1234567", person: person, personKind: .accountHolder,
                                customerIsEmployee: false, channel: .phone, raisedBy: by, raisedAt: ConductFixture.raisedAt)
        }
        #expect(throws: ConductRefusal.idRequired) { try raise(id: " ") }
        #expect(throws: ConductRefusal.authorRequired) { try raise(by: "") }
        #expect(throws: ConductRefusal.personNotDescribed) { try raise(person: ConductPerson(name: "  ", description: " ")) }
        #expect(try raise().person.name == "Pat")
    }

    @Test func auditTrailHasTheRaisingThenOneEntryPerStep() throws {
        // Given an incident walked to a decision
        let decided = try ConductFixture.incident(at: .decided)
        // Then the audit trail starts with the raising and mirrors the timeline
        let trail = decided.auditTrail
        #expect(trail.count == decided.timeline.count + 1)
        #expect(trail.first == ConductAuditEntry(incidentId: "CI-1", who: ConductFixture.agent, at: ConductFixture.raisedAt,
                                                 what: "Raised conduct incident (phone call, account holder)"))
        #expect(trail.dropFirst().map(\.what) == decided.timeline.map(\.step.summary))
        #expect(trail.last?.who == ConductFixture.supervisor)
        #expect(trail.last?.what == "Decided warning letter: Abuse continued")
        #expect(trail.allSatisfy { $0.incidentId == "CI-1" })
    }

    @Test func roundTripsThroughJSON() throws {
        // Given an incident with evidence, a complaint, and a restriction with a review request
        let decided = try ConductFixture.decide(try ConductFixture.incident(at: .decided), .contactRestriction(ConductFixture.sixMonthRestriction))
        let full = try ConductFixture.walk(decided, [
            .evidenceAdded(.callRecording(id: "REC-1")), .complaintLinked(id: "C-1"),
            .customerRequestedRestrictionReview(on: ConductFixture.date("2026-03-02")),
        ])
        // When encoded and decoded, then it is unchanged
        let data = try JSONEncoder().encode(full)
        #expect(try JSONDecoder().decode(ConductIncident.self, from: data) == full)
    }
}
