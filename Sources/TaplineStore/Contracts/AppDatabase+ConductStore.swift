import Foundation
import TaplineDomain

/// The embedded store's conduct incidents: the GRDB repository, unchanged.
extension AppDatabase: ConductStore {
    public func raiseIncident(
        accountNumber: String?, person: ConductPerson, personKind: ConductPersonKind, customerIsEmployee: Bool,
        channel: ConductChannel, behaviours: Set<ConductBehaviour>, whatHappened: String?, then steps: [ConductStep],
        by user: String, role: Role, at time: LocalDateTime
    ) throws -> ConductIncident {
        try conduct.raise(accountNumber: accountNumber, person: person, personKind: personKind, customerIsEmployee: customerIsEmployee,
                          channel: channel, behaviours: behaviours, whatHappened: whatHappened, then: steps, by: user, role: role, at: time)
    }

    public func apply(_ steps: [ConductStep], toIncident id: String, readVersion: Int, by user: String, role: Role,
                      at time: LocalDateTime) throws -> ConductIncident {
        try conduct.apply(steps, to: id, read: .incident(version: readVersion), by: user, role: role, at: time)
    }

    public func openIncident(_ id: String, by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident {
        try conduct.open(id, by: user, role: role, at: time)
    }

    public func incidents(for user: String, role: Role, limit: Int) throws -> [ConductIncident] {
        try conduct.list(for: user, role: role, limit: limit)
    }

    public func incidents(raisedBy user: String, limit: Int) throws -> [ConductIncident] {
        try conduct.incidents(raisedBy: user, limit: limit)
    }

    public func incidents(ownedBy user: String, _ range: ConductPageRange) throws -> ConductPage<ConductIncident> {
        try conduct.incidents(ownedBy: user, range)
    }

    public func unfinishedIncident(onAccount accountNumber: String, raisedBy user: String) throws -> ConductIncident? {
        try conduct.unfinishedIncident(onAccount: accountNumber, raisedBy: user)
    }

    public func incidents(forAccount accountNumber: String) throws -> [ConductIncident] {
        try conduct.incidents(forAccount: accountNumber)
    }

    public func earlierIncidents(for incident: ConductIncident) throws -> [ConductIncident] {
        try conduct.earlierIncidents(for: incident)
    }

    public func earlierIncidents(forEach incidents: [ConductIncident]) throws -> [[ConductIncident]] {
        try conduct.earlierIncidents(forEach: incidents)
    }

    public func incidentReviewQueue(role: Role) throws -> [ConductIncident] {
        try conduct.reviewQueue(role: role)
    }

    public func incidentReviewQueue(_ range: ConductPageRange, role: Role) throws -> IncidentReviewQueuePage {
        try conduct.reviewQueue(range, role: role)
    }

    public func awaitingDecisionCount(role: Role) throws -> Int {
        try conduct.awaitingDecisionCount(role: role)
    }

    public func recordReviewRequest(onIncident id: String, shown: ContactRestriction, by user: String, role: Role,
                                    at time: LocalDateTime) throws -> AccountContactRestriction {
        try AccountContactRestriction.reviewRequested(
            on: conduct.apply([.customerRequestedRestrictionReview(on: time.date)], to: id, read: .restriction(shown), by: user, role: role, at: time))
    }

    /// SQLite cannot hide one login's incidents from another, so the banner is read from the incidents.
    public func contactRestrictions(onAccount accountNumber: String, on day: CivilDate) throws -> [AccountContactRestriction] {
        AccountContactRestriction.inForce(onAccount: accountNumber, among: try conduct.restrictedIncidents(onAccount: accountNumber, on: day), on: day)
    }

    public func restrictionsDueForReview(today: CivilDate, within days: Int, role: Role) throws -> [RestrictionDueForReview] {
        try conduct.restrictionsDueForReview(today: today, within: days, role: role)
    }

    public func restrictionsDueForReview(_ query: RestrictionsDueQuery, role: Role) throws -> RestrictionsDuePage {
        try conduct.restrictionsDueForReview(query, role: role)
    }

    public func conductRole(of user: String) throws -> Role {
        try conduct.role(of: user)
    }

    public func writeConductLetter(
        for incidentId: String, decision: SupervisorDecision, into folder: URL, utilityName: String,
        by user: String, at time: LocalDateTime, training: Bool
    ) throws -> URL {
        try conduct.writeLetter(for: incidentId, decision: decision, into: folder, utilityName: utilityName, by: user, at: time, training: training)
    }

    public func recordIncidentListing(count: Int, awaitingReview: Bool, by user: String, at time: LocalDateTime) throws {
        try audit.record(ConductListing.auditEntry(count: count, awaitingReview: awaitingReview, by: user, at: time))
    }
}
