import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

/// Issue 10 item 5: demo mode's letters are training letters, and every one says so.
@Suite("Training letters: every letter written in demo mode is marked TRAINING")
struct TrainingLetterFilesTests {
    func expectMarked(_ url: URL) throws {
        #expect(url.lastPathComponent.hasPrefix("TRAINING-"))
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix(TrainingLetter.banner))
        #expect(text.hasSuffix(TrainingLetter.banner + "\n"))
        #expect(text.contains("TRAINING — NOT A REAL LETTER"))
    }

    @Test func aPlanConfirmationWrittenInDemoModeSaysTraining_5_4e() throws {
        let database = try PlanStoreFixtures.database()
        let plan = try PlanStoreFixtures.agree(database)
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try PlanLetterFiles(database, folder: folder, training: true).writeConfirmation(for: plan, date: PlanStoreFixtures.now.date)
        try expectMarked(url)
        #expect(url.lastPathComponent == "TRAINING-PP-2026-000001-confirmation-2026-03-03.md")
        // And the real console's letter is unmarked
        let real = try PlanLetterFiles(database, folder: folder).writeConfirmation(for: plan, date: PlanStoreFixtures.now.date)
        #expect(try !String(contentsOf: real, encoding: .utf8).contains("TRAINING"))
    }

    @Test func aComplaintLetterWrittenInDemoModeSaysTraining_3_1f() throws {
        typealias F = ComplaintStoreFixtures
        let database = try F.database()
        let complaint = try database.complaints(calendar: F.calendar).log(try F.complaint())
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try ComplaintLetterFiles(database, folder: folder, calendar: F.calendar, training: true)
            .writeAcknowledgement(for: complaint, date: F.date("2025-04-17"))
        try expectMarked(url)
    }

    @Test func aConductLetterWrittenInDemoModeSaysTraining() throws {
        typealias F = ConductFixtures
        let database = try F.database()
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let decided = try F.restrict(try F.reported(in: database), in: database, "2026-03-03", "2026-09-03")
        let url = try database.conduct.writeLetter(for: decided.id, decision: decided.decisions[0], into: folder,
                                                   utilityName: "Western Water", by: F.supervisor, at: F.time("2026-03-03T12:05"),
                                                   training: true)
        try expectMarked(url)
    }
}
