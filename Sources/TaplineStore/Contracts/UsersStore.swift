import TaplineDomain

/// Who the console users are and what role each has, and who may change that: what
/// `tapline users` and the console ask of either store.
///
/// The acting user is the store's, never a name the caller passes: on SQLite the real uid's
/// login (or demo mode's `--as`), on PostgreSQL the session's role, which the server
/// authenticated. Both stores apply `RoleChange.refusal`; a refusal is recorded in the audit
/// log in the acting user's name and then thrown as `StoreError.refused`.
///
/// A role is set against the role the caller read for the user (issue 12 item 3): if it
/// changed since, nothing is given and `ChangedSinceRead` names who changed it and when (from
/// the audit log), checked in the transaction that would have given it.
public protocol UsersStore: Sendable {
    /// The user the store acts for.
    func currentUser() throws -> String
    /// The role of `user`, or nil for someone who has none.
    func role(of user: String) throws -> Role?
    /// Adds `user` with `role` (on PostgreSQL, creating their login role when it is new).
    func add(_ user: String, as role: Role) throws
    /// Gives `user`, who is known to the store, the role `role`, if their role is still
    /// `readRole` (nil: none), the one the caller read.
    func setRole(of user: String, to role: Role, readRole: Role?) throws
    /// Everyone with a role, admins first, then by name.
    func users() throws -> [ConsoleUser]
}
