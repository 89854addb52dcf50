import TaplineDomain

/// What the account's audit trail screen needs from the store.
public protocol AuditTrailPort: Sendable {
    /// The account's audit entries, newest first, at most `limit`.
    func trail(forAccount accountNumber: String, limit: Int) throws -> [AuditEntry]
}
