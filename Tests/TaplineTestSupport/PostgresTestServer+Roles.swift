import Foundation
import TaplinePostgres

extension PostgresStore {
    /// Another store on the same database whose every connection acts as `role`
    /// (`SET SESSION AUTHORIZATION`, which only a superuser may run): `session_user` becomes
    /// `role`, so its grants and row-level security apply exactly as to that login over peer
    /// authentication. Opening checks the schema as that login, as a console would, unless
    /// `requireSchema` is false (a database not set up yet).
    public func actingAs(_ role: String, requireSchema: Bool = true) throws -> PostgresStore {
        try PostgresStore(uri: uri, requireSchema: requireSchema) { connection in
            try connection.execute("SET SESSION AUTHORIZATION \"\(role.replacingOccurrences(of: "\"", with: "\"\""))\"")
        }
    }
}

/// Login names unique to one test: PostgreSQL roles belong to the whole server, which every
/// test in the process shares, so two tests' "sam" must not meet.
public struct TestLogins: Sendable {
    public let suffix = String(UUID().uuidString.prefix(6).lowercased())
    public init() {}
    public func callAsFunction(_ name: String) -> String { "\(name)_\(suffix)" }
}

extension PGConnection {
    /// Makes `login` a login role (when it is not one yet) in Tapline's group role `tapline_<role>`,
    /// as `tapline users add` would: run as a superuser.
    public func ensureLogin(_ login: String, in role: String) throws {
        try execute("""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(login)') THEN CREATE ROLE "\(login)" LOGIN; END IF;
            END $$
            """)
        try execute("GRANT tapline_\(role) TO \"\(login)\"")
    }
}
