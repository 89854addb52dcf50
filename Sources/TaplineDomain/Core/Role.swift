/// What a console user may do: the store maps each operating-system user to one role.
///
/// Permission checks live in the domain (for example `ConductPermissions`), not only in the
/// UI, so every front end and CLI subcommand refuses the same things.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Serves customers: raises conduct incidents and works on their own.
    case agent
    /// Reviews and decides: the only role that records supervisor decisions.
    case supervisor
    /// Runs training scenarios; has no access to real conduct incidents.
    case trainer
    /// Set the store up (created the SQLite file, or ran `tapline admin init`): gives any role,
    /// and may do what a supervisor may.
    case admin

    /// Whether this role may do what a supervisor does (decide incidents, review queues).
    public var actsAsSupervisor: Bool { self == .supervisor || self == .admin }
}
