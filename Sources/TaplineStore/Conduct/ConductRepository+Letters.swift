import Foundation
import GRDB
import TaplineDomain

extension ConductRepository {
    /// Writes the letter a supervisor's decision calls for into `folder` and returns its file
    /// (`ConductLetterFile`), to the account's primary customer at the billing address.
    /// Writing it is recorded in the audit log.
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
        let letter = try ConductLetterFile.write(for: incident, decision: decision, customerName: customer.name,
                                                 addressLines: ConductLetterFile.addressLines(account.billingAddress),
                                                 into: folder, utilityName: utilityName, training: training)
        try database.audit.record(AuditEntry(who: user, at: time, action: .changed, accountNumber: accountNumber, detail: letter.auditDetail))
        return letter.file
    }
}
