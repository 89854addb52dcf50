import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Notes: appended, never lost, even by two consoles at once")
struct NoteRepositoryTests {
    typealias F = StoreFixtures

    @Test func aNoteIsKeptWithItsAgentAndTimeAndAudited() throws {
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith")], in: database)
        let note = Note(text: "Dog on property: call ahead", agent: "asmith", at: F.at(14, 5))
        try database.notes.add(note, to: "1000000002")
        #expect(try database.notes.notes(for: "1000000002") == [note])
        let audit = try #require(try database.audit.entries(forAccount: "1000000002").first)
        #expect(audit.action == .noteAdded && audit.who == "asmith" && audit.at == F.at(14, 5))
    }

    @Test func aNoteOnAnUnknownAccountIsRefused() throws {
        let database = try F.memory()
        #expect(throws: StoreError.accountNotFound("1000000009")) {
            try database.notes.add(Note(text: "x", agent: "asmith", at: F.morning), to: "1000000009")
        }
    }

    @Test func twoConsolesAddingNotesToTheSameAccountLoseNone() async throws {
        // Given one database file opened by two consoles (two connection pools, as two processes would)
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shared.sqlite").path
        let first = try AppDatabase.open(path: path)
        try F.create([F.account("1000000002", "John Smith")], in: first)
        let second = try AppDatabase.open(path: path)
        // When each adds 40 notes to the same account at the same time
        let perConsole = 40
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (console, database) in [("asmith", first), ("bnguyen", second)] {
                group.addTask {
                    for index in 0..<perConsole {
                        try database.notes.add(Note(text: "\(console) \(index)", agent: console, at: F.at(9, index)), to: "1000000002")
                    }
                }
            }
            try await group.waitForAll()
        }
        // Then all 80 notes are there, each once
        let notes = try first.notes.notes(for: "1000000002", limit: 1_000)
        #expect(notes.count == 2 * perConsole)
        #expect(Set(notes.map(\.text)).count == 2 * perConsole)
    }

    @Test func twoConsolesSavingTheSameAccountGetAClearConflict() throws {
        // Given two consoles on one file that both loaded the account at version 1
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shared.sqlite").path
        let first = try AppDatabase.open(path: path)
        try F.create([F.account("1000000002", "John Smith")], in: first)
        let second = try AppDatabase.open(path: path)
        var mine = try #require(try first.accounts.account("1000000002"))
        var theirs = try #require(try second.accounts.account("1000000002"))
        // When both save, one after the other
        mine.customers[0].phone = "0491 570 006"
        theirs.occupancyForTest = .tenant
        _ = try first.accounts.update(mine, by: "asmith", at: F.at(10))
        // Then the later save is refused and tells the agent what to do
        #expect {
            _ = try second.accounts.update(theirs, by: "bnguyen", at: F.at(10, 1))
        } throws: { error in
            (error as? ChangedSinceRead)?.by == "asmith"
        }
        #expect(try second.accounts.account("1000000002")?.property.occupancy == .owner)
    }
}

private extension Account {
    var occupancyForTest: Occupancy {
        get { property.occupancy }
        set { property.occupancy = newValue }
    }
}
