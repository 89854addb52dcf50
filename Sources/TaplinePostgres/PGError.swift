/// What PostgreSQL (or libpq) said went wrong, with its SQLSTATE when the server sent one.
///
/// The SQLSTATE lets callers tell a refusal (42501 insufficient privilege, a row-level
/// security policy) from a conflict (23505 unique violation) or a lost server (08xxx, or no
/// state at all) without reading the message.
public struct PGError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    /// Five characters ("42501"), or nil when libpq failed before the server answered.
    public let sqlState: String?

    public init(message: String, sqlState: String? = nil) {
        self.message = message
        self.sqlState = sqlState
    }

    /// The server refused: a missing privilege or a row-level security policy.
    public var isPermissionDenied: Bool { sqlState == "42501" }
    /// A unique constraint held: someone else saved the same key first.
    public var isUniqueViolation: Bool { sqlState == "23505" }
    /// The connection is gone (the server stopped or restarted); the work can be retried.
    public var isConnectionLost: Bool { sqlState == nil || sqlState?.hasPrefix("08") == true || sqlState == "57P01" }

    public var description: String { message }
}
