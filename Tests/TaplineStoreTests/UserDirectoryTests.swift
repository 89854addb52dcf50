import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Users and their roles: who may give which, enforced by the store")
struct UserDirectoryTests {
    typealias F = StoreFixtures

    @Test func aUserHasTheRoleLastAssignedAndTheChangeIsAudited() throws {
        let database = try F.memory()
        #expect(try database.users.role(of: "asmith") == nil)
        try database.users.assign(.agent, to: "asmith", by: "root", at: F.at(8))
        try database.users.assign(.supervisor, to: "asmith", by: "root", at: F.at(9))
        try database.users.assign(.trainer, to: "ctrainer", by: "root", at: F.at(9))
        #expect(try database.users.role(of: "asmith") == .supervisor)
        #expect(try database.users.users() == [ConsoleUser(name: "root", role: .admin), ConsoleUser(name: "asmith", role: .supervisor),
                                               ConsoleUser(name: "ctrainer", role: .trainer)])
        #expect(try database.audit.entries(by: "root").map(\.detail).contains("role of asmith set to supervisor"))
    }

    @Test func onlyASupervisorOrTheAdminNamesDecidersOrRecordsAFireBan_3_1d1_7_3d() throws {
        let database = try F.memory()
        try database.users.assign(.agent, to: "bob", by: "root", at: F.at(8))
        try database.users.assign(.supervisor, to: "sam", by: "root", at: F.at(8))
        let day = F.at(9).date
        #expect(throws: StoreError.self) {
            try database.setComplaintDecider("bob", name: "Bob", level: .manager, by: "bob", at: F.at(9))
        }
        #expect(throws: StoreError.self) { try database.declareTotalFireBan(district: "Central", on: day, by: "bob", at: F.at(9)) }
        #expect(throws: StoreError.self) { try database.declareTotalFireBan(district: "Central", on: day, by: "stranger", at: F.at(9)) }
        #expect(try database.complaintDeciders().isEmpty)
        #expect(try database.audit.entries(by: "bob").filter { $0.action == .refused }.count == 2)
        try database.setComplaintDecider("sam", name: "Sam Lee", level: .manager, by: "sam", at: F.at(10))
        try database.declareTotalFireBan(district: "Central", on: day, by: "sam", at: F.at(10))
        try database.revokeTotalFireBan(district: "Central", on: day, by: "root", at: F.at(11))
        #expect(try database.complaintDeciders().map(\.user) == ["sam"])
    }

    @Test func anAgentCannotMakeThemselvesASupervisorAndTheRefusalIsAudited() throws {
        let database = try F.memory()
        try database.users.assign(.agent, to: "bob", by: "root", at: F.at(8))
        #expect(throws: StoreError.self) { try database.users.assign(.supervisor, to: "bob", by: "bob", at: F.at(9)) }
        #expect(try database.users.role(of: "bob") == .agent, "nothing changed")
        let refusal = try #require(try database.audit.entries(by: "bob").first)
        #expect(refusal.action == .refused)
        #expect(refusal.detail.contains("role of bob not set to supervisor: only an admin or a supervisor may change roles"))
    }

    @Test func aStrangerCannotGiveRolesEither() throws {
        let database = try F.memory()
        #expect(throws: StoreError.refused("only an admin or a supervisor may change roles, and mallory is not in the user directory (an agent)")) {
            try database.users.assign(.trainer, to: "mallory", by: "mallory", at: F.at(9))
        }
    }

    @Test func aSupervisorGivesAgentAndTrainerRolesButNeverSupervisorsOrTheirOwn() throws {
        let database = try F.memory()
        try database.users.assign(.supervisor, to: "sam", by: "root", at: F.at(8))
        try database.users.assign(.supervisor, to: "sue", by: "root", at: F.at(8))
        try database.users.assign(.trainer, to: "alice", by: "sam", at: F.at(9))
        #expect(try database.users.role(of: "alice") == .trainer)
        try database.users.assign(.agent, to: "alice", by: "sam", at: F.at(10))
        #expect(try database.users.role(of: "alice") == .agent)
        #expect(throws: StoreError.refused("only an admin may make someone a supervisor")) {
            try database.users.assign(.supervisor, to: "alice", by: "sam", at: F.at(11))
        }
        #expect(throws: StoreError.refused("only an admin may change the role of sue, who is a supervisor")) {
            try database.users.assign(.agent, to: "sue", by: "sam", at: F.at(11))
        }
        #expect(throws: StoreError.refused("a supervisor may not change their own role; ask an admin")) {
            try database.users.assign(.agent, to: "sam", by: "sam", at: F.at(11))
        }
        #expect(try database.users.role(of: "sue") == .supervisor)
    }

    @Test func theFilesOwnerIsItsAdminAndOpeningKeepsTheGroupAccessItWasGiven() throws {
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let database = try AppDatabase.open(path: path)
        #expect(database.admin == SystemLogin.current)
        #expect(try database.users.role(of: SystemLogin.current) == .admin)
        #expect(try Self.mode(path) == 0o600, "a new file is the owner's alone")
        chmod(path, 0o664)
        _ = try AppDatabase.open(path: path)
        #expect(try Self.mode(path) == 0o660, "group access is kept, access for everyone else is not")
    }

    @Test func aDatabaseMigratedByANewerTaplineIsRefusedUntouched() throws {
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let database = try AppDatabase.open(path: path)
        try database.writer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future')") }
        #expect(throws: StoreError.schemaTooNew(unknownMigrations: ["v9-from-the-future"])) { try AppDatabase.open(path: path) }
        #expect(StoreError.schemaTooNew(unknownMigrations: ["v9-from-the-future"]).message.contains("newer version of Tapline"))
    }

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }
}
