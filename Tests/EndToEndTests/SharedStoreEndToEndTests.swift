import Foundation
import Testing

/// Two logins on one SQLite file (`tapline admin share`): who they are comes from the operating
/// system, never from `USER`, and who may give roles is decided by the store.
@Suite("End to end: one SQLite file, several logins", .serialized, .enabled(if: OSUsers.available, "needs root to make logins"))
struct SharedStoreEndToEndTests {
    @Test func rolesAreGivenOnlyByTheAdminOrASupervisorWhateverUSERSays() throws {
        try OSUsers.ensure("tl-alice", "tl-sam")
        let (folder, database) = try OSUsers.sharedDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--database", database]

        // sam, an agent, cannot make himself a supervisor, though his environment says USER=root
        let selfPromotion = try OSUsers.tapline(as: "tl-sam", ["users", "set-role", "tl-sam", "supervisor"] + db)
        #expect(selfPromotion.status == 1)
        #expect(selfPromotion.output.contains("refused: only an admin or a supervisor may change roles, and tl-sam is not in the user directory"))

        // root created the file, so root is its admin and gives sam the supervisor role
        let byAdmin = try OSUsers.tapline(as: nil, ["users", "set-role", "tl-sam", "supervisor"] + db)
        #expect(byAdmin.status == 0, "\(byAdmin.output)")

        // sam, a supervisor now, makes alice a trainer, but not a supervisor
        #expect(try OSUsers.tapline(as: "tl-sam", ["users", "add", "tl-alice", "--role", "trainer"] + db).status == 0)
        let promotion = try OSUsers.tapline(as: "tl-sam", ["users", "set-role", "tl-alice", "supervisor"] + db)
        #expect(promotion.status == 1)
        #expect(promotion.output.contains("refused: only an admin may make someone a supervisor"))

        // and alice cannot demote sam
        let demotion = try OSUsers.tapline(as: "tl-alice", ["users", "set-role", "tl-sam", "agent"] + db)
        #expect(demotion.status == 1)

        let list = try OSUsers.tapline(as: "tl-alice", ["users", "list"] + db).output
        #expect(list.contains("root\tadmin") && list.contains("tl-sam\tsupervisor") && list.contains("tl-alice\ttrainer"))
    }

    @Test func eachLoginSeesItsOwnNameOnTheSharedFileAndTheFileStaysShared() throws {
        try OSUsers.ensure("tl-alice", "tl-sam")
        let (folder, database) = try OSUsers.sharedDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alice = try TmuxSession(arguments: ["--database", database], environment: ["USER": "root"], user: "tl-alice")
        try alice.waitFor("Where to?")
        #expect(try alice.screen().contains("tl-alice ·"), "the title bar names the login, not $USER")
        let sam = try TmuxSession(arguments: ["--database", database], environment: ["USER": "root"], user: "tl-sam")
        try sam.waitFor("Where to?")
        #expect(try sam.screen().contains("tl-sam ·"))
        let mode = try FileManager.default.attributesOfItem(atPath: database)[.posixPermissions] as? Int
        #expect(mode == 0o660, "opening by another login did not narrow the shared file")
    }
}
