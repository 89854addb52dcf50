import ArgumentParser
import Foundation
import TaplineDomain

/// Who may read the audit trail: supervisors and admins, on either store.
///
/// The trail says who looked at which customer's account (Charter 14.15, privacy), so it is
/// read only by those who answer for that. On PostgreSQL row-level security also shows anyone
/// else only their own entries; the commands refuse them first, with a message that says why.
enum AuditReader {
    /// Opens the store the options name, refusing (stderr, exit 1) anyone not a supervisor or admin.
    static func open(_ global: GlobalOptions, doing what: String) throws -> StoreSession {
        let session = try StoreFailure.reported { try global.storeLocation().openSession() }
        guard session.role.actsAsSupervisor else {
            let role = session.role
            FileHandle.standardError.write(Data(
                "tapline: only supervisors and admins may \(what) (\(session.user) is \(role == .agent || role == .admin ? "an" : "a") \(role.rawValue))\n".utf8))
            throw ExitCode.failure
        }
        return session
    }
}
