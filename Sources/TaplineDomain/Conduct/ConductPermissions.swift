/// Who may raise, open and change conduct incidents.
///
/// Only supervisors decide, and give an incident to someone. Agents raise incidents and may open
/// and update only the ones that are theirs — raised by them, or given to them (issue 12 item
/// 4) — since incidents hold sensitive details about colleagues and the public. Any agent
/// may record a customer's request to review a restriction, because the customer may ask
/// whoever answers. Trainers have no access (decision: least privilege; training uses
/// scenarios, not real incidents). Contact-restriction banners on an account are not
/// incidents and are shown to everyone serving that account.
public enum ConductPermissions {
    /// Refuses raising an incident for a role that may not.
    public static func checkRaise(as role: Role) throws(ConductRefusal) {
        if role == .trainer { throw .trainersHaveNoAccess }
    }

    /// Whether a user may open an incident: supervisors all, agents those they raised or own.
    public static func canView(_ incident: ConductIncident, user: String, role: Role) -> Bool {
        switch role {
        case .supervisor, .admin: true
        case .agent: incident.raisedBy == user || incident.owner == user
        case .trainer: false
        }
    }

    /// Refuses a step the user's role does not allow on this incident.
    public static func check(_ step: ConductStep, on incident: ConductIncident, user: String, role: Role) throws(ConductRefusal) {
        switch (role, step) {
        case (.trainer, _):
            throw .trainersHaveNoAccess
        case (.supervisor, _), (.admin, _):
            return
        case (.agent, .supervisorDecided):
            throw .onlySupervisorsDecide
        case (.agent, .assigned):
            throw .onlySupervisorsAssign
        case (.agent, .customerRequestedRestrictionReview):
            return
        case (.agent, _):
            guard canView(incident, user: user, role: .agent) else { throw .notYourIncident }
        }
    }
}
