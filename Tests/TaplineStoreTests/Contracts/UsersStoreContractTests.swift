import Foundation
import Testing
import TaplineDomain
import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Who may give whom a role (`RoleChange`), proved on both stores: on SQLite as named logins,
/// on PostgreSQL as the session's role, each refusal audited in the refused user's name.
@Suite("UsersStore contract: one rule for roles on both stores")
struct UsersStoreContractTests {
    /// One store seen by several users: its admin, and anyone else by name.
    struct Users {
        let kind: StoreKind
        let admin: any UsersStore
        let adminName: String
        let acting: (String) throws -> any UsersStore
        let auditDetails: (_ who: String) throws -> [String]

        init(_ kind: StoreKind) throws {
            self.kind = kind
            switch kind {
            case .sqlite:
                let database = try TestStores.sqlite()
                admin = database.users(actingAs: "root")
                adminName = "root"
                acting = { database.users(actingAs: $0) }
                auditDetails = { who in try database.audit.entries(by: who).map { "\($0.action.rawValue): \($0.detail)" } }
            case .postgres:
                let store = try TestStores.postgres()
                admin = store
                adminName = try store.sessionUser()
                acting = { try store.actingAs($0) }
                auditDetails = { who in
                    try store.withConnection { connection in
                        try connection.execute("SELECT action || ': ' || detail AS line FROM audit_log WHERE who = $1 ORDER BY id DESC", [who])
                            .rows.compactMap { $0["line"] }
                    }
                }
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theAdminGivesRolesAndEachChangeIsAudited(kind: StoreKind) throws {
        let store = try Users(kind), name = TestLogins()
        // Given nobody has a role yet
        #expect(try store.admin.role(of: name("sam")) == nil)
        // When the admin adds sam as an agent, then makes him a supervisor
        try store.admin.add(name("sam"), as: .agent)
        try store.admin.setRole(of: name("sam"), to: .supervisor, readRole: try store.admin.role(of: name("sam")))
        try store.admin.add(name("tina"), as: .trainer)
        // Then each holds the role last given, the listing says so, and the trail names the admin
        #expect(try store.admin.role(of: name("sam")) == .supervisor)
        #expect(try store.admin.role(of: name("tina")) == .trainer)
        let listed = try store.admin.users().filter { $0.name.hasSuffix(name.suffix) }
        #expect(listed == [ConsoleUser(name: name("sam"), role: .supervisor), ConsoleUser(name: name("tina"), role: .trainer)])
        let trail = try store.auditDetails(store.adminName)
        #expect(trail.contains("changed: role of \(name("sam")) set to agent"))
        #expect(trail.contains("changed: role of \(name("sam")) set to supervisor"))
        #expect(try store.acting(name("sam")).currentUser() == name("sam"))
    }

    @Test(arguments: StoreKind.allCases)
    func anAgentCannotChangeAnyRoleNotEvenTheirOwnAndEachRefusalIsAudited(kind: StoreKind) throws {
        let store = try Users(kind), name = TestLogins()
        try store.admin.add(name("alice"), as: .agent)
        try store.admin.add(name("bob"), as: .agent)
        let alice = try store.acting(name("alice"))
        // When alice tries to make herself a supervisor, or bob a trainer
        #expect(throws: StoreError.refused("only an admin or a supervisor may change roles, and \(name("alice")) is an agent")) {
            try alice.setRole(of: name("alice"), to: .supervisor, readRole: try alice.role(of: name("alice")))
        }
        #expect(throws: StoreError.refused("only an admin or a supervisor may change roles, and \(name("alice")) is an agent")) {
            try alice.add(name("bob"), as: .trainer)
        }
        // Then nothing changed, and both refusals are in the trail in her name
        #expect(try store.admin.role(of: name("alice")) == .agent)
        #expect(try store.admin.role(of: name("bob")) == .agent)
        let trail = try store.auditDetails(name("alice"))
        #expect(trail.contains("refused: role of \(name("alice")) not set to supervisor: only an admin or a supervisor may change roles, and \(name("alice")) is an agent"))
        #expect(trail.contains { $0.hasPrefix("refused: role of \(name("bob")) not set to trainer") })
    }

    @Test(arguments: StoreKind.allCases)
    func aSupervisorGivesAgentAndTrainerButNeverSupervisorNorTheirOwnNorASupervisorsRole(kind: StoreKind) throws {
        let store = try Users(kind), name = TestLogins()
        try store.admin.add(name("sam"), as: .supervisor)
        try store.admin.add(name("sue"), as: .supervisor)
        try store.admin.add(name("alice"), as: .agent)
        let sam = try store.acting(name("sam"))
        // A supervisor makes an agent a trainer, and back
        try sam.setRole(of: name("alice"), to: .trainer, readRole: try sam.role(of: name("alice")))
        #expect(try sam.role(of: name("alice")) == .trainer)
        try sam.setRole(of: name("alice"), to: .agent, readRole: try sam.role(of: name("alice")))
        #expect(try sam.role(of: name("alice")) == .agent)
        // but never a supervisor, nor changes another supervisor, nor himself
        #expect(throws: StoreError.refused("only an admin may make someone a supervisor")) {
            try sam.setRole(of: name("alice"), to: .supervisor, readRole: try sam.role(of: name("alice")))
        }
        #expect(throws: StoreError.refused("only an admin may change the role of \(name("sue")), who is a supervisor")) {
            try sam.setRole(of: name("sue"), to: .agent, readRole: try sam.role(of: name("sue")))
        }
        #expect(throws: StoreError.refused("a supervisor may not change their own role; ask an admin")) {
            try sam.setRole(of: name("sam"), to: .agent, readRole: try sam.role(of: name("sam")))
        }
        #expect(try store.admin.role(of: name("sue")) == .supervisor)
        #expect(try store.admin.role(of: name("alice")) == .agent)
        #expect(try store.auditDetails(name("sam")).filter { $0.hasPrefix("refused:") }.count == 3)
    }

    /// Issue 12 item 3: `users set-role` (and any console) sets a role against the one it read.
    @Test(arguments: StoreKind.allCases)
    func aRoleChangedSinceItWasReadIsNotOverwrittenAndTheRefusalNamesWhoChangedIt_issue12_3(kind: StoreKind) throws {
        let store = try Users(kind), name = TestLogins()
        try store.admin.add(name("sam"), as: .supervisor)
        try store.admin.add(name("alice"), as: .agent)
        let sam = try store.acting(name("sam"))
        // Given sam read alice's role: agent
        let read = try sam.role(of: name("alice"))
        #expect(read == .agent)
        // When the admin makes her a trainer, and sam, on what he read, makes her a trainer too
        try store.admin.setRole(of: name("alice"), to: .trainer, readRole: .agent)
        let refusal = #expect(throws: ChangedSinceRead.self) {
            try sam.setRole(of: name("alice"), to: .trainer, readRole: read)
        }
        // Then sam is told who changed it, and to what; nothing of his is recorded
        #expect(refusal?.record == "the role of \(name("alice"))")
        #expect(refusal?.by == store.adminName)
        #expect(refusal?.change == "role of \(name("alice")) set to trainer")
        #expect(try store.auditDetails(name("sam")).isEmpty)
        // When he makes the change again on the role as it is now, Then it is given and audited in his name
        try sam.setRole(of: name("alice"), to: .trainer, readRole: try sam.role(of: name("alice")))
        #expect(try store.admin.role(of: name("alice")) == .trainer)
        #expect(try store.auditDetails(name("sam")) == ["changed: role of \(name("alice")) set to trainer"])
    }
}
