import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 6, one behaviour on both stores: an agent moves a customer out (Charter
/// 14.11(a)) and the next one in, or changes the owner in one step; the new customer's
/// account opens at the property with its lookup entries, owes nothing, and is owed the
/// charter summary within a month (14.17(b)); every step is audited in the agent's name, and
/// a move that cannot be (twice out, in while the customer is there, a stale copy) is refused
/// with nothing half-written.
@Suite("Moves contract: SQLite and PostgreSQL alike")
struct MovesContractTests {
    typealias F = StoreFixtures
    static let calendar = BusinessCalendar()
    static let forwarding = Address(lines: ["4 New Road"], suburb: "Gisborne", postcode: "3437")

    /// Told on Thursday before Easter for the same day: charges to Saturday (48 hours), the
    /// final reading after Easter Monday.
    static var moveOut: MoveOut {
        MoveOut(movingOutOn: F.today, notifiedAt: F.at(10), forwardingAddress: forwarding, calendar: calendar)
    }
    static func moveIn(_ name: String = "Ana Lee", occupancy: Occupancy = .tenant, on day: CivilDate = F.today) -> MoveIn {
        MoveIn(customers: [Customer(name: name, phone: "0412 000 111", isPrimary: true)], occupancy: occupancy,
               movingInOn: day, today: F.today, calendar: calendar)
    }

    private func moves(_ store: any AccountsStore) throws -> any MovesStore { try #require(store as? any MovesStore) }

    @Test(arguments: StoreKind.allCases)
    func aMoveOutThenAMoveInOpensTheNextCustomersAccount_14_11a_14_17b(kind: StoreKind) throws {
        // Given an agent who read the account of a customer who is leaving
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        // When they record the move out, told the same day
        let out = try moves(agent.store).recordMove(.moveOut(Self.moveOut), from: "1000000001", readVersion: read.version,
                                                      by: agent.name, at: F.at(10))
        // Then the bills go to the forwarding address, the version moves, and nobody is opened yet
        #expect(out.outgoing.billingAddress == Self.forwarding)
        #expect(out.outgoing.version == read.version + 1)
        #expect(out.incoming == nil)
        let recorded = try moves(world.setup).moves(of: "1000000001")
        #expect(recorded.moveOut?.move == Self.moveOut)
        #expect(recorded.moveOut?.by == agent.name)
        #expect(recorded.moveOut?.move.chargesEndOn == CivilDate(year: 2025, month: 4, day: 19))
        #expect(recorded.moveOut?.move.finalReadingOn == CivilDate(year: 2025, month: 4, day: 22))
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.who == agent.name)
        #expect(entry.detail == "moved out Thu 17 Apr 2025 (told Thu 17 Apr 2025 10:00); charges to Sat 19 Apr 2025, "
                + "final reading Tue 22 Apr 2025; bills to 4 New Road, Gisborne VIC 3437")
        // When the next occupant moves in on the account the agent now holds
        let into = try moves(agent.store).recordMove(.moveIn(Self.moveIn()), from: "1000000001", readVersion: out.outgoing.version,
                                                       by: agent.name, at: F.at(11))
        // Then they have an account of their own at the property, owing nothing, found by name
        let incoming = try #require(into.incoming)
        #expect(incoming.accountNumber == "1000000002")
        #expect(incoming.property.address == read.property.address)
        #expect(incoming.property.occupancy == .tenant)
        #expect(incoming.billingAddress == read.property.address)
        #expect(incoming.balance == .zero && incoming.concession == .none && incoming.specialNeeds == nil)
        #expect(incoming.customers.map(\.name) == ["Ana Lee"])
        #expect(try world.setup.search("ana lee", limit: 5).rows.map(\.accountNumber) == ["1000000002"])
        // and the two accounts point at each other; the charter summary is owed by Fri 16 May (17 May is a Saturday)
        #expect(try moves(world.setup).moves(of: "1000000001").nextAccount == "1000000002")
        let opened = try moves(world.setup).moves(of: "1000000002")
        #expect(opened.previousAccount == "1000000001")
        #expect(opened.moveIn?.move == Self.moveIn())
        let due = CivilDate(year: 2025, month: 5, day: 16)!
        #expect(opened.charterSummary == CharterSummaryNotice(accountNumber: "1000000002", customerName: "Ana Lee", due: due))
        #expect(try moves(world.setup).charterSummariesOutstanding(limit: 10).map(\.accountNumber) == ["1000000002"])
        let created = try #require(try world.setup.auditEntries(forAccount: "1000000002", limit: 5).first)
        #expect(created.who == agent.name)
        #expect(created.detail == "move in: moved in Thu 17 Apr 2025 as tenant after account 1000000001; charter summary (14.17(b)) due Fri 16 May 2025")
        // When the summary is sent, it is no longer outstanding, and cannot be sent twice
        try moves(agent.store).recordCharterSummarySent("1000000002", on: F.today, by: agent.name, at: F.at(12))
        #expect(try moves(world.setup).moves(of: "1000000002").charterSummary?.sentOn == F.today)
        #expect(try moves(world.setup).charterSummariesOutstanding(limit: 10).isEmpty)
        #expect(throws: StoreError.self) {
            try self.moves(agent.store).recordCharterSummarySent("1000000002", on: F.today, by: agent.name, at: F.at(12))
        }
        #expect(try world.setup.auditEntries(forAccount: "1000000002", limit: 5).first?.detail == "charter summary (14.17(b)) sent Thu 17 Apr 2025")
    }

    @Test(arguments: StoreKind.allCases)
    func aChangeOfOwnerMovesOneOutAndTheOtherInAtOnce(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        let receipt = try moves(agent.store).recordMove(.changeOfCustomer(Self.moveOut, Self.moveIn("Raj Patel", occupancy: .owner)),
                                                          from: "1000000001", readVersion: read.version, by: agent.name, at: F.at(10))
        #expect(receipt.move.name == "change of owner")
        #expect(receipt.outgoing.billingAddress == Self.forwarding)
        #expect(receipt.incoming?.property.occupancy == .owner)
        let before = try moves(world.setup).moves(of: "1000000001")
        #expect(before.moveOut != nil && before.nextAccount == receipt.incoming?.accountNumber)
        // The account that moved out cannot move out again
        #expect(throws: StoreError.self) {
            try self.moves(agent.store).recordMove(.moveOut(Self.moveOut), from: "1000000001", readVersion: receipt.outgoing.version,
                                                   by: agent.name, at: F.at(11))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aMoveThatCannotBeIsRefusedWithNothingWritten(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        // A move in while the customer is still there
        #expect {
            try self.moves(agent.store).recordMove(.moveIn(Self.moveIn()), from: "1000000001", readVersion: read.version,
                                                   by: agent.name, at: F.at(10))
        } throws: { "\($0)".contains("record their move out first") }
        // A forwarding address with no postcode
        let noPostcode = MoveOut(movingOutOn: F.today, notifiedAt: F.at(10),
                                 forwardingAddress: Address(lines: ["4 New Road"], suburb: "Gisborne", postcode: ""), calendar: Self.calendar)
        #expect {
            try self.moves(agent.store).recordMove(.moveOut(noPostcode), from: "1000000001", readVersion: read.version,
                                                   by: agent.name, at: F.at(10))
        } throws: { "\($0)".contains("a postcode is 4 digits") }
        // A move on a copy read before a colleague's save
        var changed = ContactDetails(of: read)
        changed.people[0].phone = "0499 111 222"
        _ = try world.second.store.updateContactDetails(changed, of: "1000000001", readVersion: read.version,
                                                        by: world.second.name, at: F.at(10))
        #expect(throws: ChangedSinceRead.self) {
            try self.moves(agent.store).recordMove(.moveOut(Self.moveOut), from: "1000000001", readVersion: read.version,
                                                   by: agent.name, at: F.at(11))
        }
        // Nothing was written by any of them
        #expect(try moves(world.setup).moves(of: "1000000001") == .none)
        #expect(try world.setup.account("1000000001")?.billingAddress == read.billingAddress)
        #expect(try world.setup.account("1000000002") == nil)
    }

    /// On PostgreSQL the rules hold below the console: an agent opens an account only as the
    /// columns v4-moves grants (never what it owes), and cannot rewrite a recorded move.
    @Test func onPostgresAnAgentCannotOpenAnAccountOwingMoneyNorRewriteAMove() throws {
        let world = try ContactDetailsContractTests.world(.postgres)
        let agent = try #require(world.first.store as? PostgresStore)
        let read = try #require(try agent.account("1000000001"))
        _ = try agent.recordMove(.moveOut(Self.moveOut), from: "1000000001", readVersion: read.version, by: world.first.name, at: F.at(10))
        #expect(throws: PGError.self) {
            try agent.withConnection { connection in
                try connection.execute("""
                    INSERT INTO account(number, billing_address_id, property_address_id, pipe_size_mm, occupancy, balance_cents)
                    SELECT '1000000099', property_address_id, property_address_id, 20, 'owner', -50000 FROM account WHERE number = '1000000001'
                    """)
            }
        }
        #expect(throws: PGError.self) {
            try agent.withConnection { connection in
                try connection.execute("UPDATE property_move SET move_out = NULL, move_in = '{}'")
            }
        }
        #expect(throws: PGError.self) {
            try agent.withConnection { connection in try connection.execute("DELETE FROM property_move") }
        }
        #expect(try world.setup.account("1000000099") == nil)
        #expect(try (world.setup as? any MovesStore)?.moves(of: "1000000001").moveOut?.move == Self.moveOut)
    }
}
