import ArgumentParser
import Foundation
import TaplineStore

/// `tapline audit verify [--database …]`: recomputes every entry's hash in sequence order and
/// names the first entry altered, deleted or inserted out of order (exit 2); exit 0 with the
/// count checked when the trail is sound.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit trail's hash chain; name the first entry altered, deleted or inserted out of order (exit 2)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try AuditReader.open(global, doing: "verify the audit trail")
        let verification = try StoreFailure.reported { try session.store.verifyAuditTrail() }
        if let problem = verification.firstBreak {
            FileHandle.standardError.write(Data("""
                tapline: the audit trail has been tampered with: \(problem.message)
                (\(verification.checked.formatted()) entries before it are sound)

                """.utf8))
            throw ExitCode(2)
        }
        print("The audit trail is sound: \(verification.checked.formatted()) entries checked, in sequence, against the chain's head.")
        // Written down elsewhere, the head also shows a trail rewritten whole from its first entry.
        let hash = verification.head.hash.map { String(format: "%02x", $0) }.joined()
        print("Head: entry \(verification.head.sequence), SHA-256 \(hash)")
    }
}
