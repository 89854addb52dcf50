import Foundation
import GRDB
import TaplineDomain

extension ConductRepository {
    /// Writes the letter a supervisor's decision calls for into `folder` and returns its file.
    ///
    /// A warning letter for `.warningLetter`, a restriction notice for `.contactRestriction`;
    /// other decisions have no letter. The letter goes to the account's primary customer at
    /// the billing address. The folder is created owner-only (0700) and the file 0600: letters
    /// hold personal information. Writing it is recorded in the audit log. In demo mode
    /// (`training`) the letter is marked TRAINING in its text and file name (`TrainingLetter`).
    public func writeLetter(
        for incidentId: String, decision: SupervisorDecision, into folder: URL, utilityName: String,
        by user: String, at time: LocalDateTime, training: Bool = false
    ) throws -> URL {
        guard let incident = try database.writer.read({ db in try ConductRows.fetch(incidentId, db) }) else {
            throw ConductStoreError.incidentNotFound(incidentId)
        }
        guard let accountNumber = incident.accountNumber,
              let account = try database.accounts.account(accountNumber),
              let customer = account.primaryCustomer else {
            throw ConductStoreError.noAccountForLetter(incidentId: incidentId)
        }
        let address = account.billingAddress.lines + ["\(account.billingAddress.suburb) \(account.billingAddress.state) \(account.billingAddress.postcode)"]
        let (text, kind): (String, String)
        switch decision.kind {
        case .warningLetter:
            text = try ConductLetters.warningLetter(for: incident, decision: decision, customerName: customer.name,
                                                    addressLines: address, utilityName: utilityName)
            kind = "warning-letter"
        case .contactRestriction:
            text = try ConductLetters.restrictionNotice(for: incident, decision: decision, customerName: customer.name,
                                                        addressLines: address, utilityName: utilityName)
            kind = "restriction-notice"
        case .noFurtherAction, .policeReferral, .hrReferral:
            throw ConductStoreError.letterNotNeeded(decision.kind)
        }
        let number = (incident.decisions.firstIndex(of: decision) ?? 0) + 1
        let name = "\(incidentId)-\(number)-\(kind)"
        let file = folder.appendingPathComponent((training ? TrainingLetter.fileName(name) : name) + ".md")
        try Self.writePrivately(training ? TrainingLetter.marked(text) : text, to: file)
        try database.audit.record(AuditEntry(who: user, at: time, action: .changed, accountNumber: accountNumber,
                                             detail: "Conduct incident \(incidentId): \(kind.replacingOccurrences(of: "-", with: " ")) written to \(file.path)"))
        return file
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
