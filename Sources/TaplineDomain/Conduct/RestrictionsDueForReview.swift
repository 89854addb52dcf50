/// The contact restrictions a supervisor should review soon, for the review queue.
///
/// A restriction lapses after its review date, so supervisors need to see it before then;
/// one the customer has asked to review is due now, whatever its date.
public enum RestrictionsDueForReview {
    /// Current restrictions in force today whose review date is within `days` days (today
    /// included) or that the customer asked to review; soonest review first.
    public static func list(_ incidents: [ConductIncident], today: CivilDate, within days: Int) -> [RestrictionDueForReview] {
        let horizon = today.adding(days: days)
        return incidents.compactMap { row(for: $0, today: today, horizon: horizon) }.sorted(by: precedes)
    }

    /// The incident's row when its current restriction is in force today and is reviewed by
    /// `horizon` or the customer asked to review it; nil otherwise. The one statement of the
    /// rule: the stores' SQL reads the rows it picks (their columns `restriction_start`,
    /// `restriction_review` and `restriction_review_asked` are the current restriction's), and
    /// makes each row with this.
    public static func row(for incident: ConductIncident, today: CivilDate, horizon: CivilDate) -> RestrictionDueForReview? {
        guard let restriction = incident.activeRestriction(on: today) else { return nil }
        let asked = restriction.customerAskedForReview
        guard restriction.reviewDate <= horizon || asked else { return nil }
        return RestrictionDueForReview(
            incidentId: incident.id, accountNumber: incident.accountNumber, person: incident.person,
            restriction: restriction, daysUntilReview: today.days(until: restriction.reviewDate),
            customerAskedForReview: asked
        )
    }

    /// The list's order: soonest review first, then by incident number.
    public static func precedes(_ a: RestrictionDueForReview, _ b: RestrictionDueForReview) -> Bool {
        (a.restriction.reviewDate, a.incidentId) < (b.restriction.reviewDate, b.incidentId)
    }

    /// A page of the list over `incidents` (all the store holds): what a store's page must equal.
    public static func page(_ incidents: [ConductIncident], _ query: RestrictionsDueQuery) -> RestrictionsDuePage {
        ConductPage.of(list(incidents, today: query.today, within: query.days), offset: query.range.offset, limit: query.range.limit)
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
