import Foundation
import TaplineDomain

/// Conduct incidents as the console's adapters and `tapline incidents` need them, on either store.
///
/// The same rules on both: steps go through the domain (`ConductIncident.applying`), each
/// change is one transaction with one audit entry per accepted step, numbers never repeat.
/// On PostgreSQL the database enforces them as well, for anyone who connects: the user is the
/// session's login (a `user` that is not it is refused), an agent reads and changes only the
/// incidents they raised or were given, supervisors and admins alone record decisions and give
/// incidents to someone, trainers have no
/// access, and every agent still sees the restrictions on an account (`contactRestrictions`).
///
/// Every change carries what the user read (issue 12 item 3): the incident's version (its
/// timeline's length) or, for a review request, the restriction the banner showed. A change
/// based on a stale read is refused with `ChangedSinceRead`, naming who made the change missed
/// and when, in the transaction that would have saved it (the row locked on PostgreSQL).
public protocol ConductStore: Sendable {
    /// Raises an incident under the next "CI-YYYY-NNNNNN" number with its first steps, all or nothing.
    func raiseIncident(
        accountNumber: String?, person: ConductPerson, personKind: ConductPersonKind, customerIsEmployee: Bool,
        channel: ConductChannel, behaviours: Set<ConductBehaviour>, whatHappened: String?, then steps: [ConductStep],
        by user: String, role: Role, at time: LocalDateTime
    ) throws -> ConductIncident

    /// Applies steps to a saved incident at one time, all or nothing, and returns the result;
    /// `readVersion` is the length of its timeline when the user read it.
    func apply(_ steps: [ConductStep], toIncident id: String, readVersion: Int, by user: String, role: Role,
               at time: LocalDateTime) throws -> ConductIncident

    /// Opens an incident the user may see, recording the view in the audit log.
    func openIncident(_ id: String, by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident

    /// The incidents a user may list, newest first: supervisors and admins all, agents their own.
    func incidents(for user: String, role: Role, limit: Int) throws -> [ConductIncident]

    /// Incidents the user raised, newest first.
    func incidents(raisedBy user: String, limit: Int) throws -> [ConductIncident]
    /// Incidents that are the user's to carry on with (raised by them and not given away, or
    /// given to them), newest first, a page at a time with how many there are: their work
    /// (issue 12 items 4 and 6).
    func incidents(ownedBy user: String, _ range: ConductPageRange) throws -> ConductPage<ConductIncident>

    /// The user's latest incident on the account still being recorded, to carry on with it.
    func unfinishedIncident(onAccount accountNumber: String, raisedBy user: String) throws -> ConductIncident?

    /// The account's incidents the user may read, oldest first: its History entries.
    func incidents(forAccount accountNumber: String) throws -> [ConductIncident]

    /// Earlier incidents on the same account or by the same person within the repeat window.
    func earlierIncidents(for incident: ConductIncident) throws -> [ConductIncident]

    /// Each incident's earlier incidents (as `earlierIncidents(for:)`), for a whole page of
    /// them read in one query: the candidates on their accounts or by their people within the
    /// window (`RepeatOffender.lookBack`), then `RepeatOffender.earlierIncidents` for each.
    func earlierIncidents(forEach incidents: [ConductIncident]) throws -> [[ConductIncident]]

    /// Reported incidents waiting for a supervisor, longest waiting first, all of them
    /// (`tapline incidents list --pending`). Supervisors only.
    func incidentReviewQueue(role: Role) throws -> [ConductIncident]

    /// A page of the review queue in `IncidentReviewQueue`'s order, each with its repeat
    /// marker (`earlierIncidents(forEach:)`), and how many wait in all: the page read by
    /// `ORDER BY … LIMIT/OFFSET` on an index, the total counted on it (issue 12 item 6).
    /// Supervisors only.
    func incidentReviewQueue(_ range: ConductPageRange, role: Role) throws -> IncidentReviewQueuePage

    /// How many reported incidents wait for a supervisor: Home's figure, counted on an index
    /// without reading any incident. Supervisors only.
    func awaitingDecisionCount(role: Role) throws -> Int

    /// Records that the customer asked, on the day of `time`, for the incident's current
    /// restriction to be reviewed; any agent serving the account may, whoever raised the
    /// incident. Returns the restriction with the request, not the incident. `shown` is the
    /// restriction as the banner showed it, refused with `ChangedSinceRead` if it changed since
    /// on an incident the user may see (on another agent's, who changed it is not theirs to know).
    func recordReviewRequest(onIncident id: String, shown: ContactRestriction, by user: String, role: Role,
                             at time: LocalDateTime) throws -> AccountContactRestriction

    /// Every restriction in force on the account on the day, whoever raised its incident: the banner.
    func contactRestrictions(onAccount accountNumber: String, on day: CivilDate) throws -> [AccountContactRestriction]

    /// Restrictions in force reviewed within `days` days or that the customer asked to review,
    /// all of them. Supervisors only.
    func restrictionsDueForReview(today: CivilDate, within days: Int, role: Role) throws -> [RestrictionDueForReview]

    /// A page of the restrictions due for review in `RestrictionsDueForReview`'s order and
    /// rule, and how many there are: read on an index over the current restriction's dates and
    /// whether the customer asked (`restriction_review_asked`), not by reading every
    /// restriction in force. Supervisors only.
    func restrictionsDueForReview(_ query: RestrictionsDueQuery, role: Role) throws -> RestrictionsDuePage

    /// The user's role for conduct work: on SQLite the user directory's, on PostgreSQL the login's group role.
    func conductRole(of user: String) throws -> Role

    /// Writes the letter a decision calls for into `folder` (owner-only) and audits it; returns the file.
    func writeConductLetter(
        for incidentId: String, decision: SupervisorDecision, into folder: URL, utilityName: String,
        by user: String, at time: LocalDateTime, training: Bool
    ) throws -> URL

    /// Records in the audit log that the user listed incidents (`tapline incidents list`).
    func recordIncidentListing(count: Int, awaitingReview: Bool, by user: String, at time: LocalDateTime) throws

    /// Loads a benchmark's conduct register into a store without incidents (`tapline bench
    /// queues`), reporting every 10,000 written.
    func loadBenchmarkIncidents(_ set: SyntheticIncidents, progress: (Int) -> Void) throws
}
