import Testing
@testable import TaplineDomain

/// Issue 12 item 4: whose work a complaint is, who may give it to someone, and how raising it
/// to a level gives it to the person holding that level (Charter 3.1(d)(1)).
@Suite("Complaint ownership: the logger's until a supervisor gives it away; an escalation goes to the level's holder")
struct ComplaintAssignmentTests {
    typealias F = ComplaintFixtures

    @Test func aComplaintIsItsLoggersUntilASupervisorGivesItToSomeone() throws {
        let logged = try F.logged()
        #expect(logged.owner == "ajones")
        let given = try logged.assigned(to: "bnguyen", at: F.time("2026-03-02T10:00"), by: "sam", role: .supervisor, note: "leave")
        #expect(given.owner == "bnguyen")
        #expect(given.timeline.last == ComplaintEvent(at: F.time("2026-03-02T10:00"), agent: "sam", kind: .assigned(to: "bnguyen"), note: "leave"))
        #expect(given.timeline.last?.summary == "Given to bnguyen")
        let back = try given.assigned(to: "ajones", at: F.time("2026-03-02T11:00"), by: "admin", role: .admin)
        #expect(back.owner == "ajones", "the latest assignment wins; an admin may do what a supervisor does")
    }

    @Test func onlyASupervisorGivesAComplaintToSomeoneAndNotToItsOwnerOrNobody() throws {
        let logged = try F.logged()
        let at = F.time("2026-03-02T10:00")
        #expect(throws: ComplaintRefusal.onlySupervisorsAssign(role: .agent)) {
            try logged.assigned(to: "bnguyen", at: at, by: "ajones", role: .agent)
        }
        #expect(throws: ComplaintRefusal.onlySupervisorsAssign(role: .trainer)) {
            try logged.assigned(to: "bnguyen", at: at, by: "tess", role: .trainer)
        }
        #expect(throws: ComplaintRefusal.alreadyOwnedBy("ajones")) { try logged.assigned(to: "ajones", at: at, by: "sam", role: .supervisor) }
        #expect(throws: ComplaintRefusal.missingAssignee) { try logged.assigned(to: "  ", at: at, by: "sam", role: .supervisor) }
        #expect(ComplaintRefusal.onlySupervisorsAssign(role: .agent).message
            == "only a supervisor gives a complaint to someone, and you are an agent")
    }

    @Test func aClosedComplaintIsGivenToNobody_3_1() throws {
        let closed = try F.responded().closing(at: F.time("2026-03-05T09:00"), by: "ajones")
        #expect(throws: ComplaintRefusal.closed) {
            try closed.assigned(to: "bnguyen", at: F.time("2026-03-06T09:00"), by: "sam", role: .supervisor)
        }
    }

    /// Charter 3.1(d)(1): raised to the Manager, the complaint is the Manager's to decide, so it
    /// goes to whoever holds that level (the first by login when several do).
    @Test func raisingAComplaintGivesItToTheHolderOfTheLevel_3_1d1() throws {
        let deciders = [ComplaintResponder(user: "mlee", role: .supervisor, holds: .manager),
                        ComplaintResponder(user: "kpatel", role: .supervisor, holds: .manager),
                        ComplaintResponder(user: "tlo", role: .supervisor, holds: .teamLeader)]
        #expect(ComplaintAssignment.holder(of: .manager, among: deciders) == "kpatel")
        #expect(ComplaintAssignment.holder(of: .generalManager, among: deciders) == nil)
        let raised = try F.logged().escalated(to: .manager, at: F.time("2026-03-02T10:00"), by: "ajones",
                                               assigningTo: ComplaintAssignment.holder(of: .manager, among: deciders))
        #expect(raised.owner == "kpatel" && raised.level == .manager)
        #expect(raised.timeline.map(\.kind).suffix(2) == [.escalated(from: .frontline, to: .manager), .assigned(to: "kpatel")])
        let unheld = try F.logged().escalated(to: .generalManager, at: F.time("2026-03-02T10:00"), by: "ajones", assigningTo: nil)
        #expect(unheld.owner == "ajones", "nobody holds the level: its owner keeps it")
    }

    /// What both stores check on every save: an agent's assignment must be their escalation's,
    /// to a holder of the level raised to.
    @Test func anAgentsAssignmentIsAcceptedOnlyWithTheirEscalationToTheLevelsHolder_3_1d1() throws {
        let holds: (String) -> EscalationLevel? = { ["kpatel": .manager, "tlo": .teamLeader][$0] }
        let at = F.time("2026-03-02T10:00")
        let raised = try F.logged().escalated(to: .manager, at: at, by: "ajones", assigningTo: "kpatel")
        try ComplaintAssignment.check(added: raised.timeline.dropFirst(), role: .agent, holds: holds)
        let toTheWrongPerson = try F.logged().escalated(to: .manager, at: at, by: "ajones", assigningTo: "tlo")
        #expect(throws: ComplaintRefusal.onlySupervisorsAssign(role: .agent)) {
            try ComplaintAssignment.check(added: toTheWrongPerson.timeline.dropFirst(), role: .agent, holds: holds)
        }
        let given = try F.logged().assigned(to: "bnguyen", at: at, by: "sam", role: .supervisor)
        #expect(throws: ComplaintRefusal.onlySupervisorsAssign(role: .agent)) {
            try ComplaintAssignment.check(added: given.timeline.dropFirst(), role: .agent, holds: holds)
        }
        try ComplaintAssignment.check(added: given.timeline.dropFirst(), role: .supervisor, holds: holds)
        // After a decision, raising it records the further review before the assignment (3.2(c)(1))
        let reviewed = try F.responded().escalated(to: .manager, at: F.time("2026-03-05T09:00"), by: "ajones", assigningTo: "kpatel")
        try ComplaintAssignment.check(added: reviewed.timeline.suffix(3), role: .agent, holds: holds)
    }
}
