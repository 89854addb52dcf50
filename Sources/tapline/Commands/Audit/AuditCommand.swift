import ArgumentParser

/// `tapline audit …`: the audit trail for supervisors and admins — check that nobody has
/// rewritten it, and read an account's (who viewed, who changed what, when: Charter 14.15).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit trail: verify its hash chain, or list an account's entries (supervisors and admins).",
        subcommands: [AuditVerifyCommand.self, AuditListCommand.self]
    )
}
