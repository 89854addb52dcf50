import TaplineDomain

/// What `tapline audit verify` and `tapline bench audit` need from a store — whichever it is.
///
/// Both stores chain every entry the same way (`AuditChain`) and judge a trail the same way
/// (`AuditChainVerifier`); the account's trail itself is `AccountsStore.auditEntries`. Who may
/// verify is decided by the caller (supervisors and admins); on PostgreSQL row-level security
/// also shows anyone else only their own entries, so their check could not pass.
public protocol AuditStore: Sendable {
    /// Checks every entry, in sequence order, against the chain's head, streaming the trail.
    func verifyAuditTrail() throws -> AuditVerification

    /// Appends `count` of `AuditBenchmarkEntries` as chained entries, in bulk, reporting
    /// progress every million: for benchmarks on a scratch store (entries stay for good).
    func appendBenchmarkAuditEntries(_ count: Int, start: LocalDateTime, progress: (Int) -> Void) throws
}
