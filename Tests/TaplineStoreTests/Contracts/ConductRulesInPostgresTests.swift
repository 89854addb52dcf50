import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// The conduct rules held by PostgreSQL itself: each refusal proved with plain SQL, as psql
/// would send it, on a session that is the agent's, the trainer's or the supervisor's own.
@Suite("Conduct rules enforced by the PostgreSQL database, for anyone who connects")
struct ConductRulesInPostgresTests {
    typealias W = ConductWorld

    /// A world with alice's reported incident on the account.
    static func withAlicesIncident() throws -> (ConductWorld, ConductIncident) {
        let world = try W(.postgres)
        return (world, try world.reported())
    }

    @Test func anAgentCannotReadAnotherAgentsIncidentButReadsTheirOwn() throws {
        let (world, incident) = try Self.withAlicesIncident()
        let bob = try world.connection(as: .bob)
        #expect(try bob.execute("SELECT id FROM conduct_incident").rows.isEmpty)
        #expect(try bob.execute("SELECT id FROM conduct_incident WHERE id = $1", [incident.id]).rows.isEmpty)
        let changed = try bob.execute("UPDATE conduct_incident SET body = body WHERE id = $1", [incident.id])
        #expect(changed.affected == 0, "row-level security hides the row from bob's UPDATE too")
        let alice = try world.connection(as: .alice)
        #expect(try alice.execute("SELECT id FROM conduct_incident").rows.map { $0["id"] } == [incident.id])
    }

    @Test func anAgentCannotRecordADecisionEvenOnTheirOwnIncident() throws {
        let (world, incident) = try Self.withAlicesIncident()
        let alice = try world.connection(as: .alice)
        let decision = #"[{"kind": {"warningLetter": {}}, "reasons": ["Abuse"], "supervisor": "\#(world.name(.alice))", "decidedAt": "2026-03-03T09:00"}]"#
        let refused = #expect(throws: PGError.self) {
            try alice.execute("""
                UPDATE conduct_incident SET body = jsonb_set(jsonb_set(body, '{decisions}', $2::jsonb), '{stage}', '"decided"'), stage = 'decided'
                WHERE id = $1
                """, [incident.id, decision])
        }
        #expect(refused?.isPermissionDenied == true)
        #expect(refused?.message.contains("only supervisors and admins record conduct decisions") == true)
        // Nor through the store, whatever role the console claims
        #expect(throws: ConductRefusal.onlySupervisorsDecide) {
            try world.store(.alice).apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], toIncident: incident.id,
                                          readVersion: try world.version(of: incident.id), by: world.name(.alice), role: .supervisor, at: W.time("2026-03-03T09:00"))
        }
    }

    @Test func anAgentCannotRaiseInAnotherNameRewriteTheTimelineOrDelete() throws {
        let (world, incident) = try Self.withAlicesIncident()
        let alice = try world.connection(as: .alice)
        let asBob = #expect(throws: PGError.self) {
            try alice.execute("""
                INSERT INTO conduct_incident(id, year, serial, raised_by, raised_at, stage, body)
                VALUES ('CI-2026-000099', 2026, 99, $1, '2026-03-02 10:00', 'frustrationOnly',
                        jsonb_build_object('id', 'CI-2026-000099', 'raisedBy', $1::text, 'stage', 'frustrationOnly', 'timeline', '[]'::jsonb, 'decisions', '[]'::jsonb))
                """, [world.name(.bob)])
        }
        #expect(asBob?.isPermissionDenied == true)
        let rewrite = #expect(throws: PGError.self) {
            try alice.execute("UPDATE conduct_incident SET body = jsonb_set(body, '{timeline}', '[]') WHERE id = $1", [incident.id])
        }
        #expect(rewrite?.isPermissionDenied == true)
        let delete = #expect(throws: PGError.self) { try alice.execute("DELETE FROM conduct_incident WHERE id = $1", [incident.id]) }
        #expect(delete?.isPermissionDenied == true)
        let counter = #expect(throws: PGError.self) { try alice.execute("UPDATE conduct_number SET last_serial = 1") }
        #expect(counter?.isPermissionDenied == true, "the numbers cannot be wound back")
    }

    @Test func aTrainerHasNoAccessToIncidentsOrBanners() throws {
        let (world, _) = try Self.withAlicesIncident()
        let tina = try world.connection(as: .tina)
        for sql in ["SELECT count(*) FROM conduct_incident", "SELECT * FROM conduct_contact_restrictions('\(W.account)', '2026-04-01')",
                    "SELECT conduct_incident_exists('CI-2026-000001')", "SELECT conduct_next_serial(2026)"] {
            let refused = #expect(throws: PGError.self, "\(sql)") { try tina.execute(sql) }
            #expect(refused?.isPermissionDenied == true, "\(sql)")
        }
    }

    @Test func aSupervisorReadsEveryIncidentAndDecidesOnlyInTheirOwnName() throws {
        let (world, incident) = try Self.withAlicesIncident()
        _ = try world.raise(by: .bob)
        let sam = try world.connection(as: .sam)
        #expect(try sam.execute("SELECT id FROM conduct_incident ORDER BY id").rows.count == 2)
        let decision = #"[{"kind": {"warningLetter": {}}, "reasons": ["Abuse"], "supervisor": "someone_else", "decidedAt": "2026-03-03T09:00"}]"#
        let forged = #expect(throws: PGError.self) {
            try sam.execute("UPDATE conduct_incident SET body = jsonb_set(body, '{decisions}', $2::jsonb) WHERE id = $1", [incident.id, decision])
        }
        #expect(forged?.isPermissionDenied == true)
        let decided = try world.apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], to: incident.id, by: .sam, at: "2026-03-03T09:00")
        #expect(decided.decisions.map(\.supervisor) == [world.name(.sam)])
    }

    @Test func anAgentSeesTheBannerOfAnIncidentAnotherAgentRaisedAndNothingMore() throws {
        let (world, incident) = try Self.withAlicesIncident()
        _ = try world.restrict(incident, "2026-03-03", "2026-09-03")
        let bob = try world.connection(as: .bob)
        let rows = try bob.execute("SELECT * FROM conduct_contact_restrictions($1, '2026-04-01')", [W.account])
        #expect(rows.columns == ["incident_id", "account_number", "restriction"])
        #expect(rows.rows.map { $0["incident_id"] } == [incident.id])
        #expect(rows.first?["restriction"]?.contains("2026-09-03") == true)
        #expect(try bob.execute("SELECT id FROM conduct_incident").rows.isEmpty)
    }

    @Test func theStoreRefusesWorkInANameThatIsNotTheSessionsLogin() throws {
        let world = try W(.postgres)
        #expect(throws: ConductStoreError.notTheSignedInUser(claimed: world.name(.sam), signedIn: world.name(.alice))) {
            try world.store(.alice).raiseIncident(
                accountNumber: W.account, person: ConductPerson(name: "Pat Smith", description: ""), personKind: .accountHolder,
                customerIsEmployee: false, channel: .phone, behaviours: [.ralliesOthers], whatHappened: nil, then: [],
                by: world.name(.sam), role: .supervisor, at: W.time("2026-03-02T10:00"))
        }
    }
}

extension ConductWorld {
    /// A plain connection whose session is the person's, as psql signed in as them would have.
    func connection(as person: Person) throws -> PGConnection {
        let connection = try PGConnection(uri: try rootStore().uri)
        try connection.execute("SET SESSION AUTHORIZATION \(name(person))")
        return connection
    }
}
