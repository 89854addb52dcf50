import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Complaint letters written to files (Charter 3.1(f))")
struct ComplaintLetterFilesTests {
    typealias F = ComplaintStoreFixtures

    func letters(_ database: AppDatabase, folder: URL) -> ComplaintLetterFiles {
        ComplaintLetterFiles(database, folder: folder, calendar: F.calendar)
    }

    @Test func theAcknowledgementIsAPrivateMarkdownFileAddressedToTheCustomer_3_1f() throws {
        // Given a logged complaint and a letters folder that does not exist yet
        let database = try F.database()
        let complaint = try database.complaints(calendar: F.calendar).log(try F.complaint(disputed: Money(dollars: 684, cents: 90)))
        let folder = StoreFixtures.temporaryFolder().appendingPathComponent("letters")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        // When the acknowledgement is written on the day of receipt
        let url = try letters(database, folder: folder).writeAcknowledgement(for: complaint, date: F.date("2025-04-17"))
        // Then it is named for the complaint, readable by its owner only, and states the reply date
        #expect(url.lastPathComponent == "C-2025-000001-acknowledgement-2025-04-17.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("John Smith"))
        #expect(text.contains("27 Main Street"))
        #expect(text.contains("Bacchus Marsh VIC 3340"))
        #expect(text.contains("**Complaint number:** C-2025-000001"))
        #expect(text.contains("6 May 2025"))
        #expect(text.contains("$684.90"))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test func aSecondLetterTheSameDayIsKeptBesideTheFirst() throws {
        let database = try F.database()
        let complaint = try F.responding(try database.complaints(calendar: F.calendar).log(try F.complaint()),
                                         at: "2025-04-22T10:00")
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = letters(database, folder: folder)
        let first = try files.writeResponse(for: complaint, date: F.date("2025-04-22"))
        let second = try files.writeResponse(for: complaint, date: F.date("2025-04-22"))
        #expect(first.lastPathComponent == "C-2025-000001-response-2025-04-22.md")
        #expect(second.lastPathComponent == "C-2025-000001-response-2025-04-22-2.md")
        #expect(try String(contentsOf: first, encoding: .utf8).contains("Two readings agree."))
    }

    @Test func aResponseLetterNeedsAResponse_3_1c() throws {
        let database = try F.database()
        let complaint = try database.complaints(calendar: F.calendar).log(try F.complaint())
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ComplaintRefusal.noResponseYet) {
            try letters(database, folder: folder).writeResponse(for: complaint, date: F.date("2025-04-17"))
        }
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        #expect(written.isEmpty, "nothing is written when the letter is refused")
    }
}
