import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 4, one behaviour on both stores: an agent registers a customer on the
/// special-needs register (Charter 9.5), changes or removes the registration; the badge and
/// the restriction check follow at once, the audit trail says old → new in the agent's name,
/// and a save based on a stale copy is refused naming who saved since.
@Suite("Special needs contract: SQLite and PostgreSQL alike")
struct SpecialNeedsContractTests {
    typealias F = StoreFixtures
    typealias World = ContactDetailsContractTests.World

    static let certificate = "medical certificate from Dr Lee, received 17 Apr 2025"
    static var lifeSupport: SpecialNeedsRegistration {
        SpecialNeedsRegistration(need: .lifeSupport, registeredOn: F.today, evidence: certificate, notes: "home dialysis machine")
    }

    @Test(arguments: StoreKind.allCases)
    func anAgentRegistersLifeSupportAndTheBadgeAndAuditFollow_9_5a(kind: StoreKind) throws {
        // Given an agent who read an account not on the register
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        #expect(read.specialNeeds == nil)
        // When they register life support with its evidence
        let saved = try agent.store.updateSpecialNeeds(.register(Self.lifeSupport), of: "1000000001", readVersion: read.version,
                                                       by: agent.name, at: F.at(10))
        // Then it is saved one version on, with its evidence, and the lookup's badge shows it
        #expect(saved.version == read.version + 1)
        #expect(saved.specialNeeds == Self.lifeSupport)
        #expect(try world.setup.account("1000000001")?.specialNeeds == Self.lifeSupport)
        #expect(try world.setup.search("1000000001", limit: 5).rows.first?.flags.contains(.lifeSupport) == true)
        // And the audit trail says who, and none → the entry
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.action == .changed && entry.who == agent.name)
        #expect(entry.detail == "special needs: none → life support (9.5(a)), registered Thu 17 Apr 2025, evidence \(Self.certificate); notes home dialysis machine")
    }

    @Test(arguments: StoreKind.allCases)
    func removingRecordsWhyAndWhenAndTheBadgeGoes(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        let registered = try agent.store.updateSpecialNeeds(.register(Self.lifeSupport), of: "1000000001", readVersion: read.version,
                                                            by: agent.name, at: F.at(10))
        let removed = try agent.store.updateSpecialNeeds(.remove(reason: "moved out", on: F.today), of: "1000000001",
                                                         readVersion: registered.version, by: agent.name, at: F.at(11))
        #expect(removed.specialNeeds == nil && removed.version == registered.version + 1)
        #expect(try world.setup.search("1000000001", limit: 5).rows.first?.flags.contains(.lifeSupport) == false)
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.who == agent.name)
        #expect(entry.detail == "special needs: life support (9.5(a)), registered Thu 17 Apr 2025 → none; removed Thu 17 Apr 2025: moved out")
    }

    @Test(arguments: StoreKind.allCases)
    func aStaleSaveIsRefusedNamingWhoSavedAndNothingOfItIsSaved(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let (first, second) = (world.first, world.second)
        let read = try #require(try first.store.account("1000000001"))
        _ = try first.store.updateSpecialNeeds(.register(Self.lifeSupport), of: "1000000001", readVersion: read.version,
                                               by: first.name, at: F.at(10, 20))
        let other = SpecialNeedsRegistration(need: .other, registeredOn: F.today, notes: "deaf: SMS only")
        let expected = ChangedSinceRead(record: "Account 1000000001", by: first.name, at: F.at(10, 20),
                                        change: "special needs: none → life support (9.5(a)), registered Thu 17 Apr 2025, evidence \(Self.certificate); notes home dialysis machine")
        #expect(throws: expected) {
            try second.store.updateSpecialNeeds(.register(other), of: "1000000001", readVersion: read.version, by: second.name, at: F.at(10, 21))
        }
        #expect(try world.setup.account("1000000001")?.specialNeeds == Self.lifeSupport)
    }

    @Test(arguments: StoreKind.allCases)
    func aChangeThatBreaksARuleIsRefusedWithTheRuleAndNothingIsSaved(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        var noEvidence = Self.lifeSupport
        noEvidence.evidence = ""
        #expect {
            try world.first.store.updateSpecialNeeds(.register(noEvidence), of: "1000000001", readVersion: read.version,
                                                     by: world.first.name, at: F.at(10))
        } throws: { error in
            (error as? StoreError)?.message.hasSuffix("life support (9.5(a)) needs its evidence: what was received, from whom and when (e.g. a medical certificate)") == true
        }
        var tomorrow = Self.lifeSupport
        tomorrow.registeredOn = F.today.adding(days: 1)
        #expect(throws: StoreError.self) {
            try world.first.store.updateSpecialNeeds(.register(tomorrow), of: "1000000001", readVersion: read.version,
                                                     by: world.first.name, at: F.at(10))
        }
        #expect(throws: StoreError.self) {
            try world.first.store.updateSpecialNeeds(.remove(reason: "moved out", on: F.today), of: "1000000001",
                                                     readVersion: read.version, by: world.first.name, at: F.at(10))
        }
        #expect(try world.setup.account("1000000001") == read)
        #expect(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).map(\.action) == [.created])
    }

    /// The restriction check reads the register (7.3(b)): registering refuses restriction at once.
    @Test(arguments: StoreKind.allCases)
    func aRegisteredCustomersSupplyIsNotRestricted_7_3b(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        _ = try world.first.store.updateSpecialNeeds(.register(Self.lifeSupport), of: "1000000001", readVersion: read.version,
                                                     by: world.first.name, at: F.at(10))
        let standing = try #require(world.setup as? any AccountStandingReading)
        #expect(try standing.standing(ofAccount: "1000000001")?.account.specialNeeds == Self.lifeSupport)
        let collections = try #require(world.setup as? any CollectionsStore)
        let facts = try collections.restrictionFacts(for: "1000000001", today: F.today, disputedAmount: .zero)
        #expect(facts.onSpecialNeedsRegister)
    }

    /// On PostgreSQL an agent may change exactly the register's columns, in their own name.
    @Test func onPostgresAnAgentMayChangeTheRegisterInTheirOwnName() throws {
        let store = try TestStores.postgres()
        _ = try store.createAccount(F.account("1000000001", "Zoë Ng"), by: "setup", at: F.morning)
        let login = TestLogins()("amy")
        let agent = try AreaStoreFixtures.connection(to: store, as: login, in: "tapline_agent")
        try agent.execute("""
            UPDATE account SET special_need = 'other', special_need_registered = '2025-04-17', special_need_evidence = 'GP letter',
                special_need_notes = 'SMS only', version = version + 1, changed_by = 'sam' WHERE number = '1000000001'
            """)
        let row = try #require(try store.withConnection {
            try $0.execute("SELECT changed_by, special_need_evidence FROM account WHERE number = '1000000001'").first
        })
        #expect(row["changed_by"] == login && row["special_need_evidence"] == "GP letter")
        #expect(throws: PGError.self) { try agent.execute("UPDATE account SET balance_cents = 0 WHERE number = '1000000001'") }
    }
}
