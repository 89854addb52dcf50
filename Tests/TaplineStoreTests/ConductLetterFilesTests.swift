import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Conduct store: letters written to files")
struct ConductLetterFilesTests {
    typealias F = ConductFixtures

    @Test func aRestrictionNoticeIsWrittenOwnerOnlyToTheAccountHolderAndAudited() throws {
        // Given a restriction decided on a reported incident
        let database = try F.database()
        let folder = StoreFixtures.temporaryFolder().appendingPathComponent("letters")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let decided = try F.restrict(try F.reported(in: database), in: database, "2026-03-03", "2026-09-03")
        // When its letter is written
        let file = try database.conduct.writeLetter(for: decided.id, decision: decided.decisions[0], into: folder,
                                                    utilityName: "Western Water", by: F.supervisor, at: F.time("2026-03-03T12:05"))
        // Then the notice is in the folder, addressed to the account holder, readable by its owner only
        #expect(file.lastPathComponent == "\(decided.id)-1-restriction-notice.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("Dear Pat Smith,"))
        #expect(text.contains("27 Main Street"))
        #expect(text.contains("Notice of contact restriction"))
        #expect(text.contains("until 3 September 2026"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(try database.audit.entries(by: F.supervisor).first?.detail == "Conduct incident \(decided.id): restriction notice written to \(file.path)")
    }

    @Test func aWarningLetterIsWrittenForAWarningDecision() throws {
        let database = try F.database()
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reported = try F.reported(in: database)
        let decided = try database.conduct.apply([.supervisorDecided(.warningLetter, reasons: ["You swore at our staff"])], to: reported.id, read: .incident(version: try F.version(reported.id, database)),
                                                 by: F.supervisor, role: .supervisor, at: F.time("2026-03-03T09:00"))
        let file = try database.conduct.writeLetter(for: decided.id, decision: decided.decisions[0], into: folder,
                                                    utilityName: "Western Water", by: F.supervisor, at: F.time("2026-03-03T09:01"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(file.lastPathComponent == "\(decided.id)-1-warning-letter.md")
        #expect(text.contains("Formal warning about behaviour towards our staff"))
        #expect(text.contains("- You swore at our staff"))
    }

    @Test func decisionsWithoutALetterAndIncidentsWithoutAnAccountAreRefused() throws {
        let database = try F.database()
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let threat = try F.raise(in: database, behaviours: [.threatOfViolenceOrUnwantedContact], then: [.contactEnded, .reported])
        let referred = try database.conduct.apply([.supervisorDecided(.policeReferral(reference: "VP-1"), reasons: ["Threat"])], to: threat.id, read: .incident(version: try F.version(threat.id, database)),
                                                  by: F.supervisor, role: .supervisor, at: F.time("2026-03-03T09:00"))
        #expect(throws: ConductStoreError.letterNotNeeded(.policeReferral(reference: "VP-1"))) {
            try database.conduct.writeLetter(for: referred.id, decision: referred.decisions[0], into: folder, utilityName: "Western Water",
                                             by: F.supervisor, at: F.time("2026-03-03T09:01"))
        }
        let stranger = try F.reported(in: database, at: "2026-03-02T11:00", reportedAt: "2026-03-02T11:05", account: nil)
        let warned = try database.conduct.apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], to: stranger.id, read: .incident(version: try F.version(stranger.id, database)),
                                                by: F.supervisor, role: .supervisor, at: F.time("2026-03-03T09:00"))
        #expect(throws: ConductStoreError.noAccountForLetter(incidentId: stranger.id)) {
            try database.conduct.writeLetter(for: warned.id, decision: warned.decisions[0], into: folder, utilityName: "Western Water",
                                             by: F.supervisor, at: F.time("2026-03-03T09:01"))
        }
    }
}
