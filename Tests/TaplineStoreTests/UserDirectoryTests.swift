import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Users and their roles")
struct UserDirectoryTests {
    typealias F = StoreFixtures

    @Test func aUserHasTheRoleLastAssignedAndTheChangeIsAudited() throws {
        let database = try F.memory()
        #expect(try database.users.role(of: "asmith") == nil)
        try database.users.assign(.agent, to: "asmith", by: "root", at: F.at(8))
        try database.users.assign(.supervisor, to: "asmith", by: "root", at: F.at(9))
        try database.users.assign(.trainer, to: "ctrainer", by: "root", at: F.at(9))
        #expect(try database.users.role(of: "asmith") == .supervisor)
        #expect(try database.users.users() == [ConsoleUser(name: "asmith", role: .supervisor), ConsoleUser(name: "ctrainer", role: .trainer)])
        #expect(try database.audit.entries(by: "root").map(\.detail).contains("role of asmith set to supervisor"))
    }
}
