import TaplineDomain

/// What the conduct screens need from the store: incidents, their steps and the review lists.
///
/// Every call names the user and their role, and the store checks them through
/// `ConductPermissions` (agents their own incidents, only supervisors decide, trainers
/// nothing), so the screens hiding a key is a courtesy, not the check. Refusals arrive as
/// `ConductRefusal`s whose `message` the screens show as it is.
public protocol ConductPort: Sendable {
    /// Raises an incident under a new number and applies its first steps, all or nothing.
    func raise(_ draft: ConductDraft, then steps: [ConductStep], by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident
    /// Applies steps to a saved incident at one time, all or nothing; returns the result.
    func apply(_ steps: [ConductStep], to incidentId: String, readVersion: Int, by user: String, role: Role,
               at time: LocalDateTime) throws -> ConductIncident
    /// Opens an incident the user may see, recording the view.
    func open(_ incidentId: String, by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident
    /// The user's incident on the account still being recorded, to carry on with it.
    func unfinishedIncident(onAccount accountNumber: String, raisedBy user: String) throws -> ConductIncident?
    /// Incidents that are the user's to carry on with (raised and not given away, or given to
    /// them), newest first, a page at a time (issue 12 items 4 and 6).
    func incidents(ownedBy user: String, _ range: ConductPageRange) throws -> ConductPage<ConductIncident>
    /// The logins a supervisor can give an incident to (agents, supervisors, admins), by name.
    func assignees() throws -> [String]
    /// A page of the reported incidents waiting for a decision, longest waiting first, each
    /// with the repeat marker, and how many wait in all (issue 12 item 6).
    func reviewQueue(_ range: ConductPageRange, role: Role) throws -> IncidentReviewQueuePage
    /// How many reported incidents wait for a decision: Home's figure, read on every change,
    /// so counted by the store without reading any incident.
    func awaitingDecisionCount(role: Role) throws -> Int
    /// Earlier incidents on the same account or by the same person within the repeat window.
    func earlierIncidents(for incident: ConductIncident) throws -> [ConductIncident]
    /// A page of the restrictions in force today reviewed within the query's days or that the
    /// customer asked to review, soonest first, and how many there are in all.
    func restrictionsDueForReview(_ query: RestrictionsDueQuery, role: Role) throws -> RestrictionsDuePage
    /// Records that the customer asked, that day, for the restriction to be reviewed; any agent
    /// serving the account may, whoever raised the incident. Returns the restriction as it now is.
    func recordReviewRequest(onIncident incidentId: String, shown: ContactRestriction, by user: String, role: Role,
                             at time: LocalDateTime) throws -> AccountContactRestriction
    /// Every contact restriction in force on the account on the day, whoever raised its incident.
    func contactRestrictions(onAccount accountNumber: String, on day: CivilDate) throws -> [AccountContactRestriction]
    /// Writes the letter a decision calls for (warning letter, restriction notice); returns its path.
    func writeLetter(for incidentId: String, decision: SupervisorDecision, by user: String, at time: LocalDateTime) throws -> String
}

/// What the agent has said about an incident before it is raised: the channel, who, behaviours,
/// and what happened in their own words.
public struct ConductDraft: Hashable, Sendable {
    /// Nil when no account is open (F9 on Home or the lookup): linked later.
    public var accountNumber: String?
    public var person: ConductPerson
    public var personKind: ConductPersonKind
    public var customerIsEmployee: Bool
    public var channel: ConductChannel
    public var behaviours: Set<ConductBehaviour>
    public var whatHappened: String

    public init(accountNumber: String?, person: ConductPerson, personKind: ConductPersonKind,
                customerIsEmployee: Bool, channel: ConductChannel, behaviours: Set<ConductBehaviour>, whatHappened: String = "") {
        self.accountNumber = accountNumber
        self.person = person
        self.personKind = personKind
        self.customerIsEmployee = customerIsEmployee
        self.channel = channel
        self.behaviours = behaviours
        self.whatHappened = whatHappened
    }
}
