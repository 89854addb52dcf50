import Foundation
import TaplineDomain
import TaplineStore

extension PostgresStore {
    /// Writes the letter a decision calls for (`ConductLetterFile`) to the account's primary
    /// customer at the billing address, and audits it in the session user's name.
    ///
    /// The incident is read under the session's row-level security, so only someone who may
    /// read it can write its letter.
    public func writeConductLetter(
        for incidentId: String, decision: SupervisorDecision, into folder: URL, utilityName: String,
        by user: String, at time: LocalDateTime, training: Bool
    ) throws -> URL {
        try conductRefusals {
            try transaction { connection in
                let session = try ConductSession.signedIn(as: user, connection)
                if session.role == .trainer { throw ConductRefusal.trainersHaveNoAccess }
                guard let incident = try ConductTable.fetch(incidentId, connection) else {
                    throw try ConductTable.unreadable(incidentId, session, connection)
                }
                guard let accountNumber = incident.accountNumber, let addressee = try Self.addressee(of: accountNumber, connection) else {
                    throw ConductStoreError.noAccountForLetter(incidentId: incidentId)
                }
                let letter = try ConductLetterFile.write(for: incident, decision: decision, customerName: addressee.name,
                                                         addressLines: ConductLetterFile.addressLines(addressee.address),
                                                         into: folder, utilityName: utilityName, training: training)
                try ConductTable.audit(AuditEntry(who: session.user, at: time, action: .changed, accountNumber: accountNumber,
                                                  detail: letter.auditDetail), connection)
                return letter.file
            }
        }
    }

    /// The account's primary customer and billing address: whom a letter goes to.
    static func addressee(of accountNumber: String, _ connection: PGConnection) throws -> (name: String, address: Address)? {
        guard let row = try connection.execute("""
            SELECT c.name, b.lines, b.suburb, b.postcode, b.state
            FROM account a JOIN address b ON b.id = a.billing_address_id
            JOIN customer c ON c.account_id = a.id AND c.is_primary
            WHERE a.number = $1 ORDER BY c.position LIMIT 1
            """, [accountNumber]).first else { return nil }
        let lines = try row.string("lines")
        let address = Address(lines: lines.isEmpty ? [] : lines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                              suburb: try row.string("suburb"), postcode: try row.string("postcode"), state: try row.string("state"))
        return (try row.string("name"), address)
    }
}
