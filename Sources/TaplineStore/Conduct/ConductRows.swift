import GRDB
import TaplineDomain

/// Reads and writes `conduct_incident` rows: the incident as JSON plus the columns queries use.
enum ConductRows {
    /// The next free serial for a year. Called inside the write transaction that inserts the
    /// row, so two consoles raising at once get different numbers (SQLite lets one writer in
    /// at a time, and `UNIQUE (year, serial)` would refuse a duplicate anyway).
    static func nextSerial(year: Int, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT IFNULL(MAX(serial), 0) + 1 FROM conduct_incident WHERE year = ?", arguments: [year]) ?? 1
    }

    static func insert(_ incident: ConductIncident, year: Int, serial: Int, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO conduct_incident(id, year, serial, account_number, person_name, raised_by, raised_at,
                                         stage, reported_at, restriction_start, restriction_review, restriction_review_asked, body, owner)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: try [incident.id, year, serial, incident.accountNumber, ConductRecord.personKey(incident.person.name),
                                 incident.raisedBy, incident.raisedAt] + derived(incident))
    }

    static func update(_ incident: ConductIncident, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE conduct_incident SET account_number = ?, stage = ?, reported_at = ?, restriction_start = ?,
                                        restriction_review = ?, restriction_review_asked = ?, body = ?, owner = ?
            WHERE id = ?
            """, arguments: try [incident.accountNumber] + derived(incident) + [incident.id])
    }

    /// What changes as steps are applied: stage, report time, current restriction (its dates
    /// and whether the customer asked to review it), body, owner.
    private static func derived(_ incident: ConductIncident) throws -> StatementArguments {
        let restriction = incident.currentRestriction
        return [incident.stage.rawValue, incident.reportedAt, restriction?.startDate, restriction?.reviewDate,
                restriction?.customerAskedForReview ?? false, try ConductRecord.encode(incident), incident.owner]
    }

    static func fetch(_ id: String, _ db: Database) throws -> ConductIncident? {
        try String.fetchOne(db, sql: "SELECT body FROM conduct_incident WHERE id = ?", arguments: [id]).map(ConductRecord.decode)
    }

    /// Incidents matching a WHERE clause (and ORDER BY), decoded.
    static func fetchAll(where clause: String, _ arguments: StatementArguments = [], _ db: Database) throws -> [ConductIncident] {
        try String.fetchAll(db, sql: "SELECT body FROM conduct_incident WHERE \(clause)", arguments: arguments).map(ConductRecord.decode)
    }
}
