/// Who may give whom a role: the rule the store applies to every `users add` and `set-role`.
///
/// Before it, anyone could make themselves a supervisor or demote one. An admin (who set the
/// store up) gives any role; a supervisor gives the agent and trainer roles to anyone who is
/// not a supervisor or admin; nobody else changes roles, and nobody changes their own.
public enum RoleChange {
    /// Why `actor` (now holding `actorRole`, nil when not in the directory) may not give
    /// `target` (now holding `currentRole`) the role `newRole`; nil when they may.
    public static func refusal(actor: String, actorRole: Role?, target: String, currentRole: Role?, newRole: Role) -> String? {
        if actorRole == .admin { return nil }
        guard actorRole == .supervisor else {
            return "only an admin or a supervisor may change roles, and \(actor) is \(describe(actorRole))"
        }
        if actor == target { return "a supervisor may not change their own role; ask an admin" }
        if newRole == .supervisor || newRole == .admin {
            return "only an admin may make someone \(article(newRole)) \(newRole.rawValue)"
        }
        if let currentRole, currentRole.actsAsSupervisor {
            return "only an admin may change the role of \(target), who is \(article(currentRole)) \(currentRole.rawValue)"
        }
        return nil
    }

    private static func describe(_ role: Role?) -> String {
        role.map { "\(article($0)) \($0.rawValue)" } ?? "not in the user directory (an agent)"
    }

    /// "an admin", "an agent", "a supervisor", "a trainer".
    public static func article(_ role: Role) -> String {
        role == .admin || role == .agent ? "an" : "a"
    }
}
