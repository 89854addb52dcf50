import Testing
@testable import TaplineDomain

/// Issue 12 item 4: whose a conduct incident is, and who may give it to someone.
@Suite("Conduct incident ownership: the raiser's until a supervisor gives it to someone")
struct ConductOwnershipTests {
    static let raisedAt = LocalDateTime(iso: "2026-03-02T10:00")!

    func raised() throws -> ConductIncident {
        try ConductIncident(id: "CI-2026-000001", accountNumber: "1002003004", person: ConductPerson(name: "Pat Smith", description: "caller"),
                            personKind: .accountHolder, customerIsEmployee: false, channel: .phone,
                            behaviours: [.hurtfulViolentOrAbusiveSpeech], raisedBy: "alice", raisedAt: Self.raisedAt)
    }

    @Test func anIncidentIsItsRaisersUntilASupervisorGivesItToSomeone() throws {
        let incident = try raised()
        #expect(incident.owner == "alice")
        let given = try incident.applying(.assigned(to: " bob "), at: LocalDateTime(iso: "2026-03-02T11:00")!, by: "sam", role: .supervisor)
        #expect(given.owner == "bob")
        #expect(given.timeline.last?.step == .assigned(to: "bob"))
        #expect(given.timeline.last?.step.summary == "Given to bob")
        #expect(given.stage == incident.stage, "giving it to someone changes nothing else")
    }

    @Test func onlyASupervisorGivesItAndTheNewOwnerCarriesOn() throws {
        let at = LocalDateTime(iso: "2026-03-02T11:00")!
        let incident = try raised()
        #expect(throws: ConductRefusal.onlySupervisorsAssign) { try incident.applying(.assigned(to: "bob"), at: at, by: "alice", role: .agent) }
        #expect(throws: ConductRefusal.alreadyOwnedBy("alice")) { try incident.applying(.assigned(to: "alice"), at: at, by: "sam", role: .supervisor) }
        #expect(throws: ConductRefusal.assigneeRequired) { try incident.applying(.assigned(to: " "), at: at, by: "sam", role: .supervisor) }
        let given = try incident.applying(.assigned(to: "bob"), at: at, by: "sam", role: .supervisor)
        #expect(ConductPermissions.canView(given, user: "bob", role: .agent))
        #expect(ConductPermissions.canView(given, user: "alice", role: .agent), "its raiser still sees what they raised")
        #expect(!ConductPermissions.canView(given, user: "carol", role: .agent))
        let asked = try given.applying(.askedToStop(words: "Please stop using that language."), at: at, by: "bob", role: .agent)
        #expect(asked.timeline.last?.by == "bob")
        #expect(throws: ConductRefusal.notYourIncident) {
            try given.applying(.evidenceAdded(.writtenNote("note")), at: at, by: "carol", role: .agent)
        }
    }
}
