import TaplineDomain
import TaplineStore

/// Who is working on the shared store, as the server knows them: the session's login and the
/// group role it holds.
///
/// The console passes a user name and a role with every call; on PostgreSQL neither is taken
/// on trust. A name that is not the session's login is refused (`notTheSignedInUser`), and the
/// domain's permission checks run with the login's own group role, so their refusals read the
/// same as on SQLite while the database's grants, row-level security and trigger hold anyway.
struct ConductSession {
    let user: String
    let role: Role

    /// The session's login and its role: admin, supervisor, trainer, else agent (least privilege).
    /// A superuser is a member of every role, so counts as an admin.
    static func current(_ connection: PGConnection) throws -> ConductSession {
        guard let row = try connection.execute("""
            SELECT session_user AS who,
                   pg_has_role(session_user, 'tapline_admin', 'MEMBER') AS admin,
                   pg_has_role(session_user, 'tapline_supervisor', 'MEMBER') AS supervisor,
                   pg_has_role(session_user, 'tapline_trainer', 'MEMBER') AS trainer
            """).first else { throw PGError(message: "the server did not say who is signed in") }
        let role: Role = row.bool("admin") == true ? .admin
            : row.bool("supervisor") == true ? .supervisor
            : row.bool("trainer") == true ? .trainer : .agent
        return ConductSession(user: try row.string("who"), role: role)
    }

    /// The session, when `user` is its login; otherwise the work is refused before it is tried.
    static func signedIn(as user: String, _ connection: PGConnection) throws -> ConductSession {
        let session = try current(connection)
        guard session.user == user else { throw ConductStoreError.notTheSignedInUser(claimed: user, signedIn: session.user) }
        return session
    }
}
