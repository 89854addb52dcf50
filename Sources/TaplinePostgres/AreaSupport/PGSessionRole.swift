import TaplineDomain

/// Who the server says this session is: its login, and whether that login acts as a
/// supervisor (a member of tapline_supervisor or tapline_admin) or is a superuser.
struct PGSessionRole: Sendable {
    let login: String
    let actsAsSupervisor: Bool
    /// Setting up a database, or a test: trusted to record on others' behalf.
    let isSuperuser: Bool

    static func current(_ connection: PGConnection) throws -> PGSessionRole {
        let row = try connection.execute("""
            SELECT session_user AS login, r.rolsuper AS superuser,
                   r.rolsuper OR pg_has_role(session_user, 'tapline_supervisor', 'MEMBER')
                       OR pg_has_role(session_user, 'tapline_admin', 'MEMBER') AS supervises
            FROM pg_roles r WHERE r.rolname = session_user
            """).first
        return PGSessionRole(login: try row?.string("login") ?? "", actsAsSupervisor: row?.bool("supervises") ?? false,
                             isSuperuser: row?.bool("superuser") ?? false)
    }
}
