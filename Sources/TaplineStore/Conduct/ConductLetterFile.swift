import Foundation
import TaplineDomain

/// The letter a supervisor's decision calls for, written to a private file: the same on both stores.
public enum ConductLetterFile {
    /// A letter on disk and what the audit log says about it.
    public struct Written: Sendable {
        public let file: URL
        public let auditDetail: String
    }

    /// Writes a warning letter for `.warningLetter`, a restriction notice for `.contactRestriction`
    /// (other decisions have no letter) to the customer at the address, into `folder`.
    ///
    /// The folder is created owner-only (0700) and the file 0600: letters hold personal
    /// information. In demo mode (`training`) the letter is marked TRAINING in its text and file
    /// name (`TrainingLetter`).
    public static func write(
        for incident: ConductIncident, decision: SupervisorDecision, customerName: String, addressLines: [String],
        into folder: URL, utilityName: String, training: Bool
    ) throws -> Written {
        let (text, kind): (String, String)
        switch decision.kind {
        case .warningLetter:
            text = try ConductLetters.warningLetter(for: incident, decision: decision, customerName: customerName,
                                                    addressLines: addressLines, utilityName: utilityName)
            kind = "warning-letter"
        case .contactRestriction:
            text = try ConductLetters.restrictionNotice(for: incident, decision: decision, customerName: customerName,
                                                        addressLines: addressLines, utilityName: utilityName)
            kind = "restriction-notice"
        case .noFurtherAction, .policeReferral, .hrReferral:
            throw ConductStoreError.letterNotNeeded(decision.kind)
        }
        let number = (incident.decisions.firstIndex(of: decision) ?? 0) + 1
        let name = "\(incident.id)-\(number)-\(kind)"
        let file = folder.appendingPathComponent((training ? TrainingLetter.fileName(name) : name) + ".md")
        try writePrivately(training ? TrainingLetter.marked(text) : text, to: file)
        return Written(file: file, auditDetail: "Conduct incident \(incident.id): \(kind.replacingOccurrences(of: "-", with: " ")) written to \(file.path)")
    }

    /// The lines of a postal address: the street lines, then suburb, state and postcode.
    public static func addressLines(_ address: Address) -> [String] {
        address.lines + ["\(address.suburb) \(address.state) \(address.postcode)"]
    }

    /// Writes text to a file readable by its owner only, in an owner-only folder.
    static func writePrivately(_ text: String, to file: URL) throws {
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw ConductStoreError.cannotWriteLetter(path: file.path, reason: "the file could not be created")
            }
        } catch let error as ConductStoreError {
            throw error
        } catch {
            throw ConductStoreError.cannotWriteLetter(path: file.path, reason: error.localizedDescription)
        }
    }
}
