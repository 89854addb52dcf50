/// The contact restrictions a supervisor should review soon, for the review queue.
///
/// A restriction lapses after its review date, so supervisors need to see it before then;
/// one the customer has asked to review is due now, whatever its date.
public enum RestrictionsDueForReview {
    /// Current restrictions in force today whose review date is within `days` days (today
    /// included) or that the customer asked to review; soonest review first.
    public static func list(_ incidents: [ConductIncident], today: CivilDate, within days: Int) -> [RestrictionDueForReview] {
        let horizon = today.adding(days: days)
        return incidents
            .compactMap { incident -> RestrictionDueForReview? in
                guard let restriction = incident.activeRestriction(on: today) else { return nil }
                let asked = !restriction.customerReviewRequests.isEmpty
                guard restriction.reviewDate <= horizon || asked else { return nil }
                return RestrictionDueForReview(
                    incidentId: incident.id, accountNumber: incident.accountNumber, person: incident.person,
                    restriction: restriction, daysUntilReview: today.days(until: restriction.reviewDate),
                    customerAskedForReview: asked
                )
            }
            .sorted { ($0.restriction.reviewDate, $0.incidentId) < ($1.restriction.reviewDate, $1.incidentId) }
    }
}

/// One row of the review queue.
public struct RestrictionDueForReview: Hashable, Sendable, Codable {
    public let incidentId: String
    public let accountNumber: String?
    public let person: ConductPerson
    public let restriction: ContactRestriction
    /// 0 on the review date itself.
    public let daysUntilReview: Int
    public let customerAskedForReview: Bool
}
