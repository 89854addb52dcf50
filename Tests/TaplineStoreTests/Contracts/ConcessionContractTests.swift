import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 3, one behaviour on both stores: an agent records a concession card (Charter
/// 5.3) and a concession or URGS application lodged and decided (7.2(b), (c)); the badge and
/// the restriction check follow at once, the audit trail says old → new in the agent's name,
/// and a save based on a stale copy is refused naming who saved since.
@Suite("Concession contract: SQLite and PostgreSQL alike")
struct ConcessionContractTests {
    typealias F = StoreFixtures

    static var card: ConcessionCard {
        ConcessionCard(type: .pensionerConcessionCard, number: "412 345 678K", validFrom: F.today,
                       validTo: CivilDate(year: 2027, month: 4, day: 16)!, advisedOn: F.today)
    }
    static var lodged: ConcessionApplication { ConcessionApplication(kind: .concession, lodgedOn: F.today) }

    private func facts(_ world: ContactDetailsContractTests.World) throws -> RestrictionFacts {
        let collections = try #require(world.setup as? any CollectionsStore)
        return try collections.restrictionFacts(for: "1000000001", today: F.today, disputedAmount: .zero)
    }

    @Test(arguments: StoreKind.allCases)
    func anOutstandingConcessionApplicationStopsRestrictionUntilDecided_7_2b(kind: StoreKind) throws {
        // Given an agent who read an account with no concession and no application
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        #expect(try !facts(world).concessionApplicationOutstanding)
        // When they record a concession application lodged today
        let lodged = try agent.store.updateConcession(ConcessionChange(card: nil, application: Self.lodged), of: "1000000001",
                                                      readVersion: read.version, by: agent.name, at: F.at(10))
        // Then it is on record, outstanding, and the restriction check reads it (7.2(b))
        #expect(lodged.version == read.version + 1)
        let application = try #require(lodged.concessionApplications.first)
        #expect(application.kind == .concession && application.outcome == .pending && application.id != nil)
        #expect(try facts(world).concessionApplicationOutstanding)
        #expect(try !facts(world).urgsApplicationOutstanding)
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.who == agent.name)
        #expect(entry.detail == "concession application (7.2(b)) lodged Thu 17 Apr 2025: none → pending")
        // When it is approved and the card recorded
        var approved = application
        approved.outcome = .approved(on: F.today)
        let decided = try agent.store.updateConcession(ConcessionChange(card: Self.card, application: approved), of: "1000000001",
                                                       readVersion: lodged.version, by: agent.name, at: F.at(11))
        // Then the card is held (the badge shows), credited from the next bill (no bills yet: the first), and 7.2(b) no longer applies
        let card = try #require(decided.concessionCard)
        #expect(card.type == .pensionerConcessionCard && card.number == "412 345 678K")
        #expect(card.advisedOn == F.today && card.creditFrom == F.today)
        #expect(decided.concessionApplications == [approved])
        #expect(try world.setup.search("1000000001", limit: 5).rows.first?.flags.contains(.concession) == true)
        #expect(try !facts(world).concessionApplicationOutstanding)
        let last = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(last.detail == "concession card: none → Pensioner Concession Card 412 345 678K, valid Thu 17 Apr 2025 to Fri 16 Apr 2027, "
                + "credited from the bill of Thu 17 Apr 2025; concession application (7.2(b)) lodged Thu 17 Apr 2025: pending → approved Thu 17 Apr 2025")
    }

    @Test(arguments: StoreKind.allCases)
    func anOutstandingURGSApplicationStopsRestriction_7_2c(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        _ = try world.first.store.updateConcession(
            ConcessionChange(card: nil, application: ConcessionApplication(kind: .urgs, lodgedOn: F.today)),
            of: "1000000001", readVersion: read.version, by: world.first.name, at: F.at(10))
        let facts = try facts(world)
        #expect(facts.urgsApplicationOutstanding && !facts.concessionApplicationOutstanding)
    }

    @Test(arguments: StoreKind.allCases)
    func aStaleSaveIsRefusedNamingWhoSavedAndNothingOfItIsSaved(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let (first, second) = (world.first, world.second)
        let read = try #require(try first.store.account("1000000001"))
        _ = try first.store.updateConcession(ConcessionChange(card: Self.card), of: "1000000001", readVersion: read.version,
                                             by: first.name, at: F.at(10, 20))
        let expected = ChangedSinceRead(record: "Account 1000000001", by: first.name, at: F.at(10, 20),
                                        change: "concession card: none → Pensioner Concession Card 412 345 678K, valid Thu 17 Apr 2025 to Fri 16 Apr 2027, credited from the bill of Thu 17 Apr 2025")
        #expect(throws: expected) {
            try second.store.updateConcession(ConcessionChange(card: nil, application: Self.lodged), of: "1000000001",
                                              readVersion: read.version, by: second.name, at: F.at(10, 21))
        }
        #expect(try world.setup.account("1000000001")?.concessionApplications == [])
    }

    @Test(arguments: StoreKind.allCases)
    func aChangeThatBreaksARuleIsRefusedWithTheRuleAndNothingIsSaved(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        var long = Self.card
        long.number = String(repeating: "4", count: 1_000)
        #expect {
            try world.first.store.updateConcession(ConcessionChange(card: long), of: "1000000001", readVersion: read.version,
                                                   by: world.first.name, at: F.at(10))
        } throws: { error in
            (error as? StoreError)?.message.hasSuffix("the card number can be at most 20 characters; this has 1,000") == true
        }
        let tomorrow = ConcessionApplication(kind: .urgs, lodgedOn: F.today.adding(days: 1))
        #expect(throws: StoreError.self) {
            try world.first.store.updateConcession(ConcessionChange(card: nil, application: tomorrow), of: "1000000001",
                                                   readVersion: read.version, by: world.first.name, at: F.at(10))
        }
        #expect(try world.setup.account("1000000001") == read)
    }

    /// On PostgreSQL an agent may record a card and an application, in their own name.
    @Test func onPostgresAnAgentMayRecordACardAndAnApplication() throws {
        let store = try TestStores.postgres()
        _ = try store.createAccount(F.account("1000000001", "Zoë Ng"), by: "setup", at: F.morning)
        let login = TestLogins()("amy")
        let agent = try AreaStoreFixtures.connection(to: store, as: login, in: "tapline_agent")
        try agent.execute("""
            UPDATE account SET concession_card = 'healthcare', concession_number = '208 114 395B', concession_valid_to = '2026-01-01',
                version = version + 1 WHERE number = '1000000001'
            """)
        try agent.execute("""
            INSERT INTO concession_application(account_id, kind, lodged_on, outcome, recorded_at)
            SELECT id, 'urgs', '2025-04-17', 'pending', '2025-04-17 10:00' FROM account WHERE number = '1000000001'
            """)
        let row = try #require(try store.withConnection {
            try $0.execute("SELECT recorded_by FROM concession_application").first
        })
        #expect(row["recorded_by"] == login)
        #expect(throws: PGError.self) { try agent.execute("UPDATE concession_application SET kind = 'concession'") }
        #expect(throws: PGError.self) { try agent.execute("DELETE FROM concession_application") }
        #expect(throws: PGError.self) { try agent.execute("UPDATE account SET balance_cents = 0 WHERE number = '1000000001'") }
    }
}
