/// A contact restriction in force on an account, without the incident behind it: what the
/// account's banner shows to every agent serving the account.
///
/// The incident itself stays with the agent who raised it and the supervisors; the banner
/// needs only the terms, the dates and the incident's number (to quote to a supervisor).
public struct AccountContactRestriction: Hashable, Sendable {
    public let incidentId: String
    public let accountNumber: String
    public let restriction: ContactRestriction

    public init(incidentId: String, accountNumber: String, restriction: ContactRestriction) {
        self.incidentId = incidentId
        self.accountNumber = accountNumber
        self.restriction = restriction
    }

    /// The current restriction of an incident on which a review request was just recorded
    /// (which the domain only accepts on an incident with an account and a restriction in force).
    public static func reviewRequested(on incident: ConductIncident) throws(ConductRefusal) -> AccountContactRestriction {
        guard let account = incident.accountNumber, let restriction = incident.currentRestriction else {
            throw .noActiveRestriction(on: incident.timeline.last?.at.date ?? incident.raisedAt.date)
        }
        return AccountContactRestriction(incidentId: incident.id, accountNumber: account, restriction: restriction)
    }

    /// The restrictions of these incidents that apply to the account on the day, soonest review first.
    public static func inForce(onAccount accountNumber: String, among incidents: [ConductIncident], on day: CivilDate) -> [AccountContactRestriction] {
        incidents
            .filter { $0.accountNumber == accountNumber }
            .compactMap { incident in
                incident.activeRestriction(on: day).map { AccountContactRestriction(incidentId: incident.id, accountNumber: accountNumber, restriction: $0) }
            }
            .sorted { ($0.restriction.reviewDate, $0.incidentId) < ($1.restriction.reviewDate, $1.incidentId) }
    }
}
