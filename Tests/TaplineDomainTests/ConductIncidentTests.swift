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

    @Test("a caller not identified yet is recorded with no account (Key principles: “during any form of interaction”)",
          arguments: ConductPersonKind.allCases)
    func anyoneMayBeRecordedBeforeTheirAccountIsKnown(kind: ConductPersonKind) throws {
        let incident = try ConductIncident(id: "CI-9", accountNumber: "  ", person: ConductPerson(name: nil, description: "Man in a red cap"),
                                           personKind: kind, customerIsEmployee: false, channel: .onTheRoad, raisedBy: "alice",
                                           raisedAt: ConductFixture.raisedAt)
        #expect(incident.accountNumber == nil)
    }

    @Test func whatHappenedIsKeptApartFromWhoThePersonWas() throws {
        // Given the agent's account of what happened and a description of who the person was
        let incident = try ConductIncident(
            id: "CI-9", accountNumber: "1234567", person: ConductPerson(name: nil, description: "  Man who said he was the tenant's brother "),
            personKind: .someoneActingForThem, customerIsEmployee: false, channel: .phone,
            behaviours: [.insultingIntelligenceOrCharacter], whatHappened: "  Called me an idiot when I asked for ID. ",
            raisedBy: "alice", raisedAt: ConductFixture.raisedAt)
        // Then each is kept, trimmed, in its own place
        #expect(incident.whatHappened == "Called me an idiot when I asked for ID.")
        #expect(incident.person.description == "Man who said he was the tenant's brother")
        // And a blank account of what happened is "not written yet"
        let blank = try ConductFixture.incident()
        #expect(blank.whatHappened == nil)
    }

    @Test func anIncidentSavedBeforeWhatHappenedExistedStillDecodes() throws {
        // Given an incident's JSON as saved before the field existed
        let incident = try ConductFixture.incident(behaviours: [.insultingIntelligenceOrCharacter])
        var json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(incident)) as? [String: Any])
        json.removeValue(forKey: "whatHappened")
        #expect(json["whatHappened"] == nil)
        // When it is decoded, then it has no account of what happened and is otherwise the same
        let decoded = try JSONDecoder().decode(ConductIncident.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(decoded == incident)
        #expect(decoded.whatHappened == nil)
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
