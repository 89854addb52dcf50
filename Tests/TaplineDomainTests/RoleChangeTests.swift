import Testing
@testable import TaplineDomain

@Suite("Who may give whom a role")
struct RoleChangeTests {
    @Test("an admin gives any role", arguments: Role.allCases)
    func anAdminGivesAnyRole(role: Role) {
        #expect(RoleChange.refusal(actor: "root", actorRole: .admin, target: "sam", currentRole: .supervisor, newRole: role) == nil)
    }

    @Test("agents, trainers and strangers give none", arguments: [Role.agent, .trainer, nil])
    func othersGiveNone(actorRole: Role?) {
        let refusal = RoleChange.refusal(actor: "bob", actorRole: actorRole, target: "bob", currentRole: actorRole, newRole: .supervisor)
        #expect(refusal?.hasPrefix("only an admin or a supervisor may change roles") == true)
    }

    @Test func aSupervisorGivesAgentAndTrainerToOthersOnly() {
        #expect(RoleChange.refusal(actor: "sam", actorRole: .supervisor, target: "ann", currentRole: nil, newRole: .trainer) == nil)
        #expect(RoleChange.refusal(actor: "sam", actorRole: .supervisor, target: "ann", currentRole: .trainer, newRole: .agent) == nil)
        #expect(RoleChange.refusal(actor: "sam", actorRole: .supervisor, target: "ann", currentRole: nil, newRole: .supervisor) != nil)
        #expect(RoleChange.refusal(actor: "sam", actorRole: .supervisor, target: "sue", currentRole: .supervisor, newRole: .agent) != nil)
        #expect(RoleChange.refusal(actor: "sam", actorRole: .supervisor, target: "sam", currentRole: .supervisor, newRole: .agent) != nil)
    }
}
