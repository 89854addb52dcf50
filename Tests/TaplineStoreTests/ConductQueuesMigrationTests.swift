import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// "v4-incident-queues" fills in whether the customer asked to review each incident's current
/// restriction for incidents saved before it, on both stores.
@Suite("Conduct incident queues: the migration fills in the restrictions already asked for")
struct ConductQueuesMigrationTests {
    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// A reported incident restricted from 3 March to 3 September 2026, asked to review on 1 April when `asked`.
    static func restricted(_ serial: Int, asked: Bool, by agent: String = "alice", supervisor: String = "sam") throws -> ConductIncident {
        var incident = try ConductIncident(
            id: ConductRecord.number(year: 2026, serial: serial), accountNumber: "1002003004",
            person: ConductPerson(name: "Pat Smith", description: "caller"), personKind: .accountHolder, customerIsEmployee: false,
            channel: .phone, behaviours: [.hurtfulViolentOrAbusiveSpeech], whatHappened: nil, raisedBy: agent,
            raisedAt: time("2026-03-02T10:00"))
        for step: ConductStep in [.askedToStop(words: ConductWorld.words), .behaviourContinued([]), .contactEnded, .reported] {
            incident = try incident.applying(step, at: time("2026-03-02T10:01"), by: agent, role: .agent)
        }
        let restriction = try ContactRestriction(kinds: [.writtenContactOnly], startDate: date("2026-03-03"), reviewDate: date("2026-09-03"))
        incident = try incident.applying(.supervisorDecided(.contactRestriction(restriction), reasons: ["Abuse continued"]),
                                         at: time("2026-03-03T12:00"), by: supervisor, role: .supervisor)
        if asked {
            incident = try incident.applying(.customerRequestedRestrictionReview(on: date("2026-04-01")), at: time("2026-04-01T09:00"),
                                             by: agent, role: .agent)
        }
        return incident
    }

    /// Conduct policy, restriction review: a request recorded before the migration still makes the restriction due.
    @Test func onSQLiteTheMigrationReadsTheRequestsFromTheBodies_RestrictionReview() throws {
        // Given a store at "v3-incident-owner" holding two restricted incidents, one asked to review
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try Migrations.migrator.migrate(queue, upTo: "v3-incident-owner")
        let incidents = [try Self.restricted(1, asked: true), try Self.restricted(2, asked: false)]
        try queue.write { db in
            for (serial, incident) in zip(1..., incidents) {
                try db.execute(sql: """
                    INSERT INTO conduct_incident(id, year, serial, account_number, person_name, raised_by, raised_at, stage, reported_at,
                                                 restriction_start, restriction_review, body, owner)
                    VALUES (?, 2026, ?, ?, 'pat smith', ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [incident.id, serial, incident.accountNumber, incident.raisedBy, incident.raisedAt, incident.stage.rawValue,
                                     incident.reportedAt, incident.currentRestriction?.startDate, incident.currentRestriction?.reviewDate,
                                     try ConductRecord.encode(incident), incident.owner])
            }
        }
        // When the store opens it and migrates
        let database = try AppDatabase(queue, admin: "root")
        // Then the one asked for is marked, and due on 1 April though reviewed in September
        let asked = try database.writer.read { try Bool.fetchAll($0, sql: "SELECT restriction_review_asked FROM conduct_incident ORDER BY id") }
        #expect(asked == [true, false])
        let due = try database.restrictionsDueForReview(RestrictionsDueQuery(today: Self.date("2026-04-01"), within: 30), role: .supervisor)
        #expect(due.rows.map(\.incidentId) == [incidents[0].id])
        #expect(due.total == 1)
    }

    /// On PostgreSQL the column is computed by the server from each body, so adding it fills it in.
    @Test func onPostgresTheMigrationComputesTheRequestsFromTheBodies_RestrictionReview() throws {
        // Given a database at every migration before "v4-incident-queues"
        let server = try PostgresTestServer.get()
        let uri = server.uri(database: try server.makeDatabase())
        let bare = try PostgresStore(uri: uri, requireSchema: false)
        let root = try bare.withConnection { connection in
            try connection.execute(PostgresMigrations.table)
            for migration in PostgresMigrations.all where migration.identifier != "v4-incident-queues" {
                try connection.executeScript(migration.sql)
                try connection.execute("INSERT INTO tapline_migration(identifier) VALUES ($1)", [migration.identifier])
            }
            return try connection.execute("SELECT session_user AS who").first?.string("who") ?? ""
        }
        // And two restricted incidents saved through the store, one asked to review
        let incidents = [try Self.restricted(1, asked: true, by: root, supervisor: root), try Self.restricted(2, asked: false, by: root, supervisor: root)]
        try bare.withConnection { connection in
            for (serial, incident) in zip(1..., incidents) { try ConductTable.insert(incident, year: 2026, serial: serial, connection) }
        }
        // When it is migrated
        #expect(try bare.withConnection { try PostgresMigrations.migrate($0) } == ["v4-incident-queues"])
        // Then the one asked for is marked, and due on 1 April though reviewed in September
        let asked = try bare.withConnection { connection in
            try connection.execute("SELECT restriction_review_asked AS asked FROM conduct_incident ORDER BY id").rows.map { $0.bool("asked") }
        }
        #expect(asked == [true, false])
        let due = try PostgresStore(uri: uri).restrictionsDueForReview(RestrictionsDueQuery(today: Self.date("2026-04-01"), within: 30),
                                                                         role: .supervisor)
        #expect(due.rows.map(\.incidentId) == [incidents[0].id])
        #expect(due.total == 1)
    }
}
