import GRDB
import TaplineDomain

/// Conduct incidents in the store: raising, applying steps, and the lists supervisors work from.
///
/// Every change reads the incident, applies the steps through the domain (which checks the
/// conduct policy and the user's role) and writes it back with one audit entry per accepted
/// step, all in one write transaction: two supervisors deciding at once are applied one after
/// the other, the second against the first's result, so neither overwrites the other.
public struct ConductRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    // MARK: - Changing incidents

    /// Raises an incident under the next "CI-YYYY-NNNNNN" number and applies its first steps,
    /// all or nothing: if a step is refused, no incident is saved.
    public func raise(
        accountNumber: String?, person: ConductPerson, personKind: ConductPersonKind, customerIsEmployee: Bool,
        channel: ConductChannel, behaviours: Set<ConductBehaviour>, whatHappened: String? = nil, then steps: [ConductStep] = [],
        by user: String, role: Role, at time: LocalDateTime
    ) throws -> ConductIncident {
        try ConductPermissions.checkRaise(as: role)
        return try database.writer.write { db in
            let year = time.date.year
            let serial = try ConductRows.nextSerial(year: year, db)
            var incident = try ConductIncident(
                id: ConductRecord.number(year: year, serial: serial), accountNumber: accountNumber, person: person,
                personKind: personKind, customerIsEmployee: customerIsEmployee, channel: channel,
                behaviours: behaviours, whatHappened: whatHappened, raisedBy: user, raisedAt: time
            )
            for step in steps { incident = try incident.applying(step, at: time, by: user, role: role) }
            try ConductRows.insert(incident, year: year, serial: serial, db)
            let trail = incident.auditTrail
            try audit(trail.prefix(1), of: incident, action: .created, db)
            try audit(trail.dropFirst(), of: incident, action: .changed, db)
            return incident
        }
    }

    /// Applies steps to the saved incident at one time, all or nothing, and returns the result;
    /// refused with `ChangedSinceRead` when the incident is no longer as `read` (issue 12 item 3).
    public func apply(_ steps: [ConductStep], to id: String, read: ConductRead, by user: String, role: Role,
                      at time: LocalDateTime) throws -> ConductIncident {
        try database.writer.write { db in
            guard let stored = try ConductRows.fetch(id, db) else { throw ConductStoreError.incidentNotFound(id) }
            if Self.checksRead(read, of: stored, user: user, role: role), let missed = stored.changeMissed(by: read) { throw missed }
            var incident = stored
            for step in steps { incident = try incident.applying(step, at: time, by: user, role: role) }
            if stored.accountNumber == nil, let linked = incident.accountNumber { try Self.checkAccountExists(linked, db) }
            try ConductRows.update(incident, db)
            try audit(incident.auditTrail.dropFirst(stored.auditTrail.count), of: incident, action: .changed, db)
            return incident
        }
    }

    /// Whether a change is checked against what the user read: always, except a review request
    /// on an incident the user may not see, as on PostgreSQL, where who changed another agent's
    /// incident is not theirs to be told.
    static func checksRead(_ read: ConductRead, of incident: ConductIncident, user: String, role: Role) -> Bool {
        if case .restriction = read { return ConductPermissions.canView(incident, user: user, role: role) }
        return true
    }

    /// An account linked to an incident is one the utility has: a mistyped number would hide
    /// the incident from the account's history and its restriction banner.
    static func checkAccountExists(_ number: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account WHERE number = ?)", arguments: [number]) == true else {
            throw ConductStoreError.accountNotFound(number)
        }
    }

    // MARK: - Reading incidents

    /// Opens an incident for a user allowed to see it, recording the view in the audit log.
    public func open(_ id: String, by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident {
        try database.writer.write { db in
            guard let incident = try ConductRows.fetch(id, db) else { throw ConductStoreError.incidentNotFound(id) }
            guard ConductPermissions.canView(incident, user: user, role: role) else {
                throw role == .trainer ? ConductRefusal.trainersHaveNoAccess : ConductRefusal.notYourIncident
            }
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .viewed, accountNumber: incident.accountNumber,
                                           detail: "Conduct incident \(id)"), db)
            return incident
        }
    }

    /// The incidents a user may list, newest first: supervisors all, agents those they raised
    /// or were given (`ConductPermissions.canView`).
    public func list(for user: String, role: Role, limit: Int = 200) throws -> [ConductIncident] {
        switch role {
        case .trainer: throw ConductRefusal.trainersHaveNoAccess
        case .agent:
            return try database.writer.read { db in
                try ConductRows.fetchAll(where: "raised_by = ? OR owner = ? ORDER BY raised_at DESC, id DESC LIMIT ?", [user, user, limit], db)
            }
        case .supervisor, .admin:
            return try database.writer.read { db in
                try ConductRows.fetchAll(where: "1 ORDER BY raised_at DESC, id DESC LIMIT ?", [limit], db)
            }
        }
    }

    /// A page of the incidents that are the user's to carry on with (`ConductIncident.owner`),
    /// newest first, and how many there are: their work, read on the owner index.
    public func incidents(ownedBy user: String, _ range: ConductPageRange) throws -> ConductPage<ConductIncident> {
        try database.writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM conduct_incident WHERE owner = ?", arguments: [user]) ?? 0
            let rows = range.limit == 0 ? [] : try ConductRows.fetchAll(
                where: "owner = ? ORDER BY raised_at DESC, id DESC LIMIT ? OFFSET ?", [user, range.limit, range.offset], db)
            return ConductPage(rows: rows, offset: range.offset, total: total)
        }
    }

    /// Incidents a user raised, newest first: an agent's own list.
    public func incidents(raisedBy user: String, limit: Int = 200) throws -> [ConductIncident] {
        try database.writer.read { db in
            try ConductRows.fetchAll(where: "raised_by = ? ORDER BY raised_at DESC, id DESC LIMIT ?", [user, limit], db)
        }
    }

    /// The user's latest incident on the account that is still being recorded (not yet reported
    /// or closed), so the incident panel picks up where the agent left off.
    public func unfinishedIncident(onAccount accountNumber: String, raisedBy user: String) throws -> ConductIncident? {
        let finished: [ConductStage] = [.closedWithoutReport, .awaitingSupervisorReview, .decided]
        return try database.writer.read { db in
            try ConductRows.fetchAll(where: """
                account_number = ? AND raised_by = ? AND stage NOT IN (\(sqlPlaceholders(finished.count)))
                ORDER BY raised_at DESC, id DESC LIMIT 1
                """, StatementArguments([accountNumber, user]) + StatementArguments(finished.map(\.rawValue)), db).first
        }
    }

    /// Every incident on an account, oldest first: the account's history.
    public func incidents(forAccount accountNumber: String) throws -> [ConductIncident] {
        try database.writer.read { db in
            try ConductRows.fetchAll(where: "account_number = ? ORDER BY raised_at, id", [accountNumber], db)
        }
    }

    /// Earlier incidents on the same account or by the same named person within
    /// `RepeatOffender.windowMonths`, oldest first: the repeat-offender marker.
    public func earlierIncidents(for incident: ConductIncident) throws -> [ConductIncident] {
        let earliest = LocalDateTime(date: incident.raisedAt.date.adding(months: -RepeatOffender.windowMonths))
        let candidates = try database.writer.read { db in
            try ConductRows.fetchAll(where: """
                id <> ? AND raised_at >= ? AND raised_at < ? AND (account_number = ? OR person_name = ?)
                """, [incident.id, earliest, incident.raisedAt, incident.accountNumber, ConductRecord.personKey(incident.person.name)], db)
        }
        return RepeatOffender.earlierIncidents(for: incident, among: candidates)
    }

    /// Reported incidents waiting for a supervisor (or for a referral they must have), the one
    /// reported longest ago first. Supervisors only.
    public func reviewQueue(role: Role) throws -> [ConductIncident] {
        guard role.actsAsSupervisor else { throw ConductStoreError.reviewIsForSupervisors }
        return try database.writer.read { db in
            try ConductRows.fetchAll(where: "stage = ? ORDER BY reported_at, raised_at, id",
                                     [ConductStage.awaitingSupervisorReview.rawValue], db)
        }
    }

    /// Incidents whose current contact restriction applies on the day, soonest review first:
    /// what the account's banner shows to every agent.
    public func restrictedIncidents(onAccount accountNumber: String, on day: CivilDate) throws -> [ConductIncident] {
        try database.writer.read { db in
            try ConductRows.fetchAll(where: """
                account_number = ? AND restriction_start <= ? AND restriction_review >= ? ORDER BY restriction_review, id
                """, [accountNumber, day, day], db)
        }
    }

    /// Restrictions in force today that are reviewed within `days` days or that the customer
    /// asked to review, soonest first, all of them. Supervisors only.
    public func restrictionsDueForReview(today: CivilDate, within days: Int, role: Role) throws -> [RestrictionDueForReview] {
        try restrictionsDueForReview(RestrictionsDueQuery(today: today, within: days, limit: Int(Int32.max)), role: role).rows
    }

    /// The user's role from the user directory; someone not in it is an agent (least privilege).
    public func role(of user: String) throws -> Role {
        try database.users.role(of: user) ?? .agent
    }

    // MARK: - Audit

    /// One audit entry per entry of the incident's trail, on the incident's account.
    func audit(_ trail: some Sequence<ConductAuditEntry>, of incident: ConductIncident, action: AuditAction, _ db: Database) throws {
        for entry in trail {
            try AuditLog.insert(AuditEntry(who: entry.who, at: entry.at, action: action, accountNumber: incident.accountNumber,
                                           detail: "Conduct incident \(entry.incidentId): \(entry.what)"), db)
        }
    }
}
