import Foundation

/// `tapline admin init` on PostgreSQL: Tapline's schema in an empty database, and its first admin.
///
/// The caller must be able to create roles (a superuser, or a role with CREATEROLE): the
/// "v1-users" functions they come to own create each user's login role. They become a member
/// of `tapline_admin`, so from then on they give roles through the same functions as everyone.
public enum PostgresAdmin {
    /// Applies every migration and makes the session's role an admin; returns the migrations.
    public static func initialise(_ connection: PGConnection) throws -> [String] {
        guard try PostgresMigrations.applied(connection).isEmpty else { throw PostgresAdminError.alreadyInitialised }
        let tables = try connection.execute("""
            SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm') ORDER BY relname LIMIT 5
            """).rows.compactMap { $0["relname"] }
        guard tables.isEmpty else { throw PostgresAdminError.notEmpty(tables: tables) }
        let caller = try connection.execute("SELECT session_user AS who, rolsuper OR rolcreaterole AS may FROM pg_roles WHERE rolname = session_user")
        guard caller.first?.bool("may") == true else {
            throw PostgresAdminError.cannotCreateRoles(user: caller.first?["who"] ?? "this login")
        }
        let applied = try PostgresMigrations.migrate(connection)
        try connection.transaction { connection in
            try connection.executeScript("""
                DO $$ BEGIN EXECUTE format('GRANT tapline_admin TO %I', session_user); END $$;
                INSERT INTO audit_log(at, action, detail)
                    VALUES ((now() AT TIME ZONE 'Australia/Melbourne')::timestamp(0), 'changed',
                            format('role of %s set to admin (tapline admin init)', session_user));
                """)
        }
        return applied
    }
}

/// Why `tapline admin init` did nothing.
public enum PostgresAdminError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    case alreadyInitialised
    case notEmpty(tables: [String])
    case cannotCreateRoles(user: String)

    public var message: String {
        switch self {
        case .alreadyInitialised:
            return "this database already has Tapline's schema; nothing was changed — to bring it up to date run: tapline admin migrate"
        case .notEmpty(let tables):
            return "this database is not empty (it has \(tables.joined(separator: ", "))…); nothing was changed — "
                + "tapline admin init sets up a new, empty database (createdb tapline)"
        case .cannotCreateRoles(let user):
            return "\(user) may not create roles, and Tapline's users are PostgreSQL roles; nothing was changed — "
                + "run tapline admin init as a superuser, or as a role with CREATEROLE (ALTER ROLE \(user) CREATEROLE)"
        }
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
