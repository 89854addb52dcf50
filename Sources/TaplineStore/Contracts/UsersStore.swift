import TaplineDomain

/// Who the console users are and what role each has, and who may change that: what
/// `tapline users` and the console ask of either store.
///
/// The acting user is the store's, never a name the caller passes: on SQLite the real uid's
/// login (or demo mode's `--as`), on PostgreSQL the session's role, which the server
/// authenticated. Both stores apply `RoleChange.refusal`; a refusal is recorded in the audit
/// log in the acting user's name and then thrown as `StoreError.refused`.
public protocol UsersStore: Sendable {
    /// The user the store acts for.
    func currentUser() throws -> String
    /// The role of `user`, or nil for someone who has none.
    func role(of user: String) throws -> Role?
    /// Adds `user` with `role` (on PostgreSQL, creating their login role when it is new).
    func add(_ user: String, as role: Role) throws
    /// Gives `user`, who is known to the store, the role `role`.
    func setRole(of user: String, to role: Role) throws
    /// Everyone with a role, admins first, then by name.
    func users() throws -> [ConsoleUser]
}
