import Foundation
import TaplineDomain
import TaplineStore

/// Conduct incidents on the shared store: the SQLite store's behaviour, with the user and their
/// role taken from the session (`ConductSession`) and the rules held by the database too
/// (the "v1-conduct" migration's grants, row-level security and trigger).
///
/// Each change is one transaction: the incident is read `FOR UPDATE`, the steps go through the
/// domain, the row is written back with one audit entry per accepted step. The `role` the
/// console passes is not used: the login's group role decides.
extension PostgresStore: ConductStore {
    // MARK: - Changing incidents

    public func raiseIncident(
        accountNumber: String?, person: ConductPerson, personKind: ConductPersonKind, customerIsEmployee: Bool,
        channel: ConductChannel, behaviours: Set<ConductBehaviour>, whatHappened: String?, then steps: [ConductStep],
        by user: String, role _: Role, at time: LocalDateTime
    ) throws -> ConductIncident {
        try conductRefusals {
            try transaction { connection in
                let session = try ConductSession.signedIn(as: user, connection)
                try ConductPermissions.checkRaise(as: session.role)
                let year = time.date.year
                let serial = try ConductTable.nextSerial(year: year, connection)
                var incident = try ConductIncident(
                    id: ConductRecord.number(year: year, serial: serial), accountNumber: accountNumber, person: person,
                    personKind: personKind, customerIsEmployee: customerIsEmployee, channel: channel,
                    behaviours: behaviours, whatHappened: whatHappened, raisedBy: session.user, raisedAt: time
                )
                for step in steps { incident = try incident.applying(step, at: time, by: session.user, role: session.role) }
                try ConductTable.insert(incident, year: year, serial: serial, connection)
                let trail = incident.auditTrail
                try ConductTable.audit(trail.prefix(1), of: incident, action: .created, connection)
                try ConductTable.audit(trail.dropFirst(), of: incident, action: .changed, connection)
                return incident
            }
        }
    }

    public func apply(_ steps: [ConductStep], toIncident id: String, readVersion: Int, by user: String, role _: Role,
                      at time: LocalDateTime) throws -> ConductIncident {
        try conductRefusals {
            try transaction { connection in
                let session = try ConductSession.signedIn(as: user, connection)
                if session.role == .trainer { throw ConductRefusal.trainersHaveNoAccess }
                guard let stored = try ConductTable.fetch(id, forUpdate: true, connection) else {
                    throw try ConductTable.unreadable(id, session, connection)
                }
                if let missed = stored.changeMissed(by: .incident(version: readVersion)) { throw missed }
                var incident = stored
                for step in steps { incident = try incident.applying(step, at: time, by: session.user, role: session.role) }
                if stored.accountNumber == nil, let linked = incident.accountNumber { try Self.checkAccountExists(linked, connection) }
                try ConductTable.update(incident, connection)
                try ConductTable.audit(incident.auditTrail.dropFirst(stored.auditTrail.count), of: incident, action: .changed, connection)
                return incident
            }
        }
    }

    /// On an incident the session reads, the domain applies the step as any other, after the
    /// restriction `shown` is checked to be the current one; on another agent's,
    /// `conduct_record_review_request` records it without showing them the incident (and
    /// without the check: who changed a restriction on an incident they cannot read is not theirs to see).
    public func recordReviewRequest(onIncident id: String, shown: ContactRestriction, by user: String, role _: Role,
                                    at time: LocalDateTime) throws -> AccountContactRestriction {
        let step = ConductStep.customerRequestedRestrictionReview(on: time.date)
        return try conductRefusals {
            try transaction { connection in
                let session = try ConductSession.signedIn(as: user, connection)
                if session.role == .trainer { throw ConductRefusal.trainersHaveNoAccess }
                if let stored = try ConductTable.fetch(id, forUpdate: true, connection) {
                    if let missed = stored.changeMissed(by: .restriction(shown)) { throw missed }
                    let incident = try stored.applying(step, at: time, by: session.user, role: session.role)
                    try ConductTable.update(incident, connection)
                    try ConductTable.audit(incident.auditTrail.dropFirst(stored.auditTrail.count), of: incident, action: .changed, connection)
                    return try AccountContactRestriction.reviewRequested(on: incident)
                }
                let row: PGRow
                do {
                    guard let recorded = try connection.execute("""
                        SELECT account_number, restriction::text AS restriction FROM conduct_record_review_request($1, $2::timestamp)
                        """, [id, ConductTable.timestamp(time)]).first else { throw ConductStoreError.incidentNotFound(id) }
                    row = recorded
                } catch let error as PGError {
                    throw Self.reviewRefusal(error, id: id, day: time.date)
                }
                let restriction = AccountContactRestriction(
                    incidentId: id, accountNumber: try row.string("account_number"),
                    restriction: try JSONDecoder().decode(ContactRestriction.self, from: Data(try row.string("restriction").utf8)))
                try ConductTable.audit(AuditEntry(who: session.user, at: time, action: .changed, accountNumber: restriction.accountNumber,
                                                  detail: "Conduct incident \(id): \(step.summary)"), connection)
                return restriction
            }
        }
    }

    /// The domain's refusal for what `conduct_record_review_request` refused, by its SQLSTATE
    /// (a step recorded later names its time last in the message).
    static func reviewRefusal(_ error: PGError, id: String, day: CivilDate) -> Error {
        switch error.sqlState {
        case "TL404": ConductStoreError.incidentNotFound(id)
        case "TL409": ConductRefusal.noActiveRestriction(on: day)
        case "TL425": Self.reason(error.message).split(separator: " ").last.flatMap { LocalDateTime(iso: String($0)) }
            .map { ConductRefusal.stepBeforeLastStep(last: $0) } ?? error
        default: error
        }
    }

    /// An account linked to an incident is one the utility has: a mistyped number would hide
    /// the incident from the account's history and its restriction banner.
    static func checkAccountExists(_ number: String, _ connection: PGConnection) throws {
        guard try connection.execute("SELECT EXISTS (SELECT 1 FROM account WHERE number = $1) AS present", [number]).first?.bool("present") == true else {
            throw ConductStoreError.accountNotFound(number)
        }
    }

    // MARK: - Reading incidents

    public func openIncident(_ id: String, by user: String, role _: Role, at time: LocalDateTime) throws -> ConductIncident {
        try conductRefusals {
            try transaction { connection in
                let session = try ConductSession.signedIn(as: user, connection)
                if session.role == .trainer { throw ConductRefusal.trainersHaveNoAccess }
                guard let incident = try ConductTable.fetch(id, connection) else { throw try ConductTable.unreadable(id, session, connection) }
                guard ConductPermissions.canView(incident, user: session.user, role: session.role) else { throw ConductRefusal.notYourIncident }
                try ConductTable.audit(AuditEntry(who: session.user, at: time, action: .viewed, accountNumber: incident.accountNumber,
                                                  detail: "Conduct incident \(id)"), connection)
                return incident
            }
        }
    }

    /// Row-level security makes "all" an agent's own; the role check gives trainers the policy's words.
    public func incidents(for user: String, role _: Role, limit: Int) throws -> [ConductIncident] {
        try conductRefusals {
            try withConnection { connection in
                let session = try ConductSession.signedIn(as: user, connection)
                if session.role == .trainer { throw ConductRefusal.trainersHaveNoAccess }
                return try ConductTable.fetchAll(where: "true ORDER BY raised_at DESC, year DESC, serial DESC LIMIT $1", [limit], connection)
            }
        }
    }

    public func incidents(raisedBy user: String, limit: Int) throws -> [ConductIncident] {
        try readable { connection in
            try ConductTable.fetchAll(where: "raised_by = $1 ORDER BY raised_at DESC, year DESC, serial DESC LIMIT $2", [user, limit], connection)
        }
    }

    public func incidents(ownedBy user: String, _ range: ConductPageRange) throws -> ConductPage<ConductIncident> {
        var total = 0
        let rows = try readable { connection in
            total = try connection.execute("SELECT count(*) AS owned FROM conduct_incident WHERE owner = $1", [user]).first?.int("owned") ?? 0
            guard range.limit > 0 else { return [] }
            return try ConductTable.fetchAll(where: "owner = $1 ORDER BY raised_at DESC, year DESC, serial DESC LIMIT $2 OFFSET $3",
                                             [user, range.limit, range.offset], connection)
        }
        return ConductPage(rows: rows, offset: range.offset, total: total)
    }

    public func unfinishedIncident(onAccount accountNumber: String, raisedBy user: String) throws -> ConductIncident? {
        let finished = [ConductStage.closedWithoutReport, .awaitingSupervisorReview, .decided].map(\.rawValue)
        return try readable { connection in
            try ConductTable.fetchAll(where: """
                account_number = $1 AND raised_by = $2 AND stage NOT IN ($3, $4, $5)
                ORDER BY raised_at DESC, year DESC, serial DESC LIMIT 1
                """, [accountNumber, user] + finished, connection)
        }.first
    }

    public func incidents(forAccount accountNumber: String) throws -> [ConductIncident] {
        try readable { connection in
            try ConductTable.fetchAll(where: "account_number = $1 ORDER BY raised_at, year, serial", [accountNumber], connection)
        }
    }

    public func earlierIncidents(for incident: ConductIncident) throws -> [ConductIncident] {
        let earliest = LocalDateTime(date: incident.raisedAt.date.adding(months: -RepeatOffender.windowMonths))
        let candidates = try readable { connection in
            try ConductTable.fetchAll(where: """
                id <> $1 AND raised_at >= $2::timestamp AND raised_at < $3::timestamp AND (account_number = $4 OR person_name = $5)
                """, [incident.id, ConductTable.timestamp(earliest), ConductTable.timestamp(incident.raisedAt), incident.accountNumber, ConductRecord.personKey(incident.person.name)],
                connection)
        }
        return RepeatOffender.earlierIncidents(for: incident, among: candidates)
    }

    public func incidentReviewQueue(role _: Role) throws -> [ConductIncident] {
        try conductRefusals {
            try withConnection { connection in
                guard try ConductSession.current(connection).role.actsAsSupervisor else { throw ConductStoreError.reviewIsForSupervisors }
                return try ConductTable.fetchAll(where: "stage = $1 ORDER BY reported_at, raised_at, year, serial",
                                                 [ConductStage.awaitingSupervisorReview.rawValue], connection)
            }
        }
    }

    /// Through `conduct_contact_restrictions`, which returns the terms and not the incident, so an
    /// agent sees the restriction on an account whoever raised its incident. Trainers, who have
    /// no access to conduct incidents, get none.
    public func contactRestrictions(onAccount accountNumber: String, on day: CivilDate) throws -> [AccountContactRestriction] {
        try conductRefusals {
            try withConnection { connection in
                guard try ConductSession.current(connection).role != .trainer else { return [] }
                return try connection.execute("""
                    SELECT incident_id, account_number, restriction::text AS restriction FROM conduct_contact_restrictions($1, $2::date)
                    """, [accountNumber, day.iso]).rows.map { row in
                    AccountContactRestriction(
                        incidentId: try row.string("incident_id"), accountNumber: try row.string("account_number"),
                        restriction: try JSONDecoder().decode(ContactRestriction.self, from: Data(try row.string("restriction").utf8)))
                }
            }
        }
    }

    public func restrictionsDueForReview(today: CivilDate, within days: Int, role: Role) throws -> [RestrictionDueForReview] {
        try restrictionsDueForReview(RestrictionsDueQuery(today: today, within: days, limit: Int(Int32.max)), role: role).rows
    }

    /// The login's group role; a name that is not the session's login is refused.
    public func conductRole(of user: String) throws -> Role {
        try conductRefusals { try withConnection { try ConductSession.signedIn(as: user, $0).role } }
    }

    public func recordIncidentListing(count: Int, awaitingReview: Bool, by user: String, at time: LocalDateTime) throws {
        try conductRefusals {
            try withConnection { connection in
                _ = try ConductSession.signedIn(as: user, connection)
                try ConductTable.audit(ConductListing.auditEntry(count: count, awaitingReview: awaitingReview, by: user, at: time), connection)
            }
        }
    }

    // MARK: - Refusals

    /// Reads what the session may see; trainers, who may see none, get an empty list.
    private func readable(_ read: (PGConnection) throws -> [ConductIncident]) throws -> [ConductIncident] {
        try conductRefusals {
            try withConnection { connection in
                try ConductSession.current(connection).role == .trainer ? [] : read(connection)
            }
        }
    }

    /// Runs conduct work, turning the database's refusals (grants, row-level security, the
    /// decision trigger) into the store's error with the server's reason.
    func conductRefusals<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as PGError where error.isPermissionDenied {
            throw ConductStoreError.refusedByTheDatabase(Self.reason(error.message))
        }
    }

    /// The server's words without libpq's "ERROR:" prefix.
    static func reason(_ message: String) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        return line.hasPrefix("ERROR:") ? line.dropFirst("ERROR:".count).trimmingCharacters(in: .whitespaces) : line
    }
}
