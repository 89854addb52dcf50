import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 12 item 4 on both stores: a conduct incident is its raiser's until a supervisor gives
/// it to someone, who then reads it and carries on with it; nobody else gives it away.
@Suite("Conduct incident ownership, on SQLite and PostgreSQL")
struct IncidentOwnershipContractTests {
    @Test(arguments: StoreKind.allCases)
    func aSupervisorGivesAnIncidentToAnAgentWhoCarriesOnWithIt(kind: StoreKind) throws {
        let world = try ConductWorld(kind)
        let raised = try world.raise(by: .alice)
        #expect(raised.owner == world.name(.alice))
        #expect(try world.store(.alice).incidents(ownedBy: world.name(.alice), ConductPageRange(limit: 10)).rows.map(\.id) == [raised.id])
        // Bob cannot read alice's incident, nor give it to himself
        #expect(throws: ConductRefusal.notYourIncident) { try world.open(raised.id, by: .bob) }
        #expect(throws: (any Error).self) { try world.apply([.assigned(to: world.name(.bob))], to: raised.id, by: .alice, at: "2026-03-02T10:05") }
        // When sam gives it to bob
        let given = try world.apply([.assigned(to: world.name(.bob))], to: raised.id, by: .sam, at: "2026-03-02T10:10")
        #expect(given.owner == world.name(.bob))
        // Then it is bob's: he reads it, it is in his work, and he records what happened
        #expect(try world.open(raised.id, by: .bob).owner == world.name(.bob))
        #expect(try world.store(.bob).incidents(ownedBy: world.name(.bob), ConductPageRange(limit: 10)).rows.map(\.id) == [raised.id])
        #expect(try world.store(.alice).incidents(ownedBy: world.name(.alice), ConductPageRange(limit: 10)).rows.isEmpty)
        let written = try world.apply([.whatHappenedWritten("Took over the call after alice's shift.")], to: raised.id, by: .bob,
                                      at: "2026-03-02T10:20")
        #expect(written.whatHappened == "Took over the call after alice's shift.")
        #expect(written.timeline.map(\.step.summary).contains("Given to \(world.name(.bob))"))
    }

    @Test(arguments: StoreKind.allCases)
    func anAgentCannotGiveAnIncidentAwayNorTakeOne(kind: StoreKind) throws {
        let world = try ConductWorld(kind)
        let raised = try world.raise(by: .alice)
        #expect(throws: ConductRefusal.onlySupervisorsAssign) {
            try world.apply([.assigned(to: world.name(.bob))], to: raised.id, by: .alice, at: "2026-03-02T10:05")
        }
        #expect(try world.open(raised.id, by: .alice).owner == world.name(.alice), "nothing was saved")
        #expect(throws: ConductRefusal.alreadyOwnedBy(world.name(.alice))) {
            try world.apply([.assigned(to: world.name(.alice))], to: raised.id, by: .sam, at: "2026-03-02T10:05")
        }
    }

    /// Below the UI: alice's own login cannot give her incident to bob with SQL, by the owner
    /// column or by a step in the body, and bob's login reads it only once it is his.
    @Test func onPostgresOnlyASupervisorsLoginChangesAnIncidentsOwner() throws {
        let world = try ConductWorld(.postgres)
        let raised = try world.raise(by: .alice)
        let root = try world.rootStore()
        let alice = try PGConnection(uri: root.uri)
        try alice.execute("SET SESSION AUTHORIZATION \(world.name(.alice))")
        let bob = try PGConnection(uri: root.uri)
        try bob.execute("SET SESSION AUTHORIZATION \(world.name(.bob))")
        #expect(try bob.execute("SELECT id FROM conduct_incident").rows.isEmpty)
        let column = #expect(throws: PGError.self) {
            try alice.execute("UPDATE conduct_incident SET owner = $1 WHERE id = $2", [world.name(.bob), raised.id])
        }
        #expect(column?.message.contains("its owner is \(world.name(.alice)) by its timeline") == true)
        let step = #"{"step": {"assigned": {"to": "\#(world.name(.bob))"}}, "at": "2026-03-02T10:30:00", "by": "\#(world.name(.alice))"}"#
        let inBody = #expect(throws: PGError.self) {
            try alice.execute("""
                UPDATE conduct_incident SET owner = $1, body = jsonb_set(body, '{timeline}', (body->'timeline') || $3::jsonb)
                WHERE id = $2
                """, [world.name(.bob), raised.id, step])
        }
        #expect(inBody?.isPermissionDenied == true)
        #expect(try bob.execute("SELECT id FROM conduct_incident").rows.isEmpty)
        _ = try world.apply([.assigned(to: world.name(.bob))], to: raised.id, by: .sam, at: "2026-03-02T10:40")
        #expect(try bob.execute("SELECT id, owner FROM conduct_incident").rows.map { $0["owner"] } == [world.name(.bob)])
    }
}
