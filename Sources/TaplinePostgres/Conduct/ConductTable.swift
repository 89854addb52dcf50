import TaplineDomain
import TaplineStore

/// Reads and writes `conduct_incident` rows on PostgreSQL: the incident as jsonb plus the
/// columns queries use (the migration's CHECKs keep them equal to the body's).
enum ConductTable {
    /// The next serial for a year from its counter row (`conduct_next_serial`), inside the
    /// raising transaction: the row lock queues concurrent raises, and a rollback gives the number back.
    static func nextSerial(year: Int, _ connection: PGConnection) throws -> Int {
        guard let serial = try connection.execute("SELECT conduct_next_serial($1) AS serial", [year]).first?.int("serial") else {
            throw PGError(message: "no incident number was given")
        }
        return serial
    }

    static func insert(_ incident: ConductIncident, year: Int, serial: Int, _ connection: PGConnection) throws {
        try connection.execute("""
            INSERT INTO conduct_incident(id, year, serial, account_number, person_name, raised_by, raised_at,
                                         stage, reported_at, restriction_start, restriction_review, body, owner)
            VALUES ($1, $2, $3, $4, $5, $6, $7::timestamp, $8, $9::timestamp, $10::date, $11::date, $12::jsonb, $13)
            """, [incident.id, year, serial, incident.accountNumber, ConductRecord.personKey(incident.person.name),
                  incident.raisedBy, timestamp(incident.raisedAt)] + (try derived(incident)))
    }

    static func update(_ incident: ConductIncident, _ connection: PGConnection) throws {
        try connection.execute("""
            UPDATE conduct_incident SET account_number = $1, stage = $2, reported_at = $3::timestamp,
                                        restriction_start = $4::date, restriction_review = $5::date, body = $6::jsonb, owner = $7
            WHERE id = $8
            """, [incident.accountNumber] + (try derived(incident)) + [incident.id])
    }

    /// What changes as steps are applied: stage, report time, current restriction, body, owner.
    private static func derived(_ incident: ConductIncident) throws -> [(any PGBindable)?] {
        let restriction = incident.currentRestriction
        return [incident.stage.rawValue, incident.reportedAt.map(timestamp), restriction?.startDate.iso, restriction?.reviewDate.iso,
                try ConductRecord.encode(incident), incident.owner]
    }

    /// The incident, if the session may read it; `forUpdate` locks it until the transaction ends,
    /// so two supervisors deciding at once are applied one after the other.
    static func fetch(_ id: String, forUpdate: Bool = false, _ connection: PGConnection) throws -> ConductIncident? {
        try connection.execute("SELECT body FROM conduct_incident WHERE id = $1" + (forUpdate ? " FOR UPDATE" : ""), [id])
            .first.map { try ConductRecord.decode(try $0.string("body")) }
    }

    /// Incidents the session may read matching a WHERE clause (and ORDER BY), decoded.
    static func fetchAll(where clause: String, _ parameters: [(any PGBindable)?] = [], _ connection: PGConnection) throws -> [ConductIncident] {
        try connection.execute("SELECT body FROM conduct_incident WHERE \(clause)", parameters).rows
            .map { try ConductRecord.decode(try $0.string("body")) }
    }

    /// Why an incident the session cannot read is refused: hidden by row-level security
    /// (another agent's) or not there at all.
    static func unreadable(_ id: String, _ session: ConductSession, _ connection: PGConnection) throws -> Error {
        if session.role == .trainer { return ConductRefusal.trainersHaveNoAccess }
        let exists = try connection.execute("SELECT conduct_incident_exists($1) AS present", [id]).first?.bool("present") ?? false
        return exists ? ConductRefusal.notYourIncident : ConductStoreError.incidentNotFound(id)
    }

    /// A time as PostgreSQL's `timestamp` text, to the second (`LocalDateTime.iso` stops at the minute).
    static func timestamp(_ time: LocalDateTime) -> String {
        "\(time.date.iso) " + [time.hour, time.minute, time.second].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    /// One audit entry, in the session user's name (the audit log's policy requires it).
    static func audit(_ entry: AuditEntry, _ connection: PGConnection) throws {
        try connection.execute("""
            INSERT INTO audit_log(at, who, action, account_number, detail) VALUES ($1::timestamp, $2, $3, $4, $5)
            """, [timestamp(entry.at), entry.who, entry.action.rawValue, entry.accountNumber, entry.detail])
    }

    /// One audit entry per entry of the incident's trail, on the incident's account.
    static func audit(_ trail: some Sequence<ConductAuditEntry>, of incident: ConductIncident, action: AuditAction, _ connection: PGConnection) throws {
        for entry in trail {
            try audit(AuditEntry(who: entry.who, at: entry.at, action: action, accountNumber: incident.accountNumber,
                                 detail: "Conduct incident \(entry.incidentId): \(entry.what)"), connection)
        }
    }
}
