import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Collection history seeder: demo notices and contacts for accounts that owe (Charter 6, 7.1)")
struct RestrictionSeederTests {
    static let today = CivilDate(iso: "2026-03-03")!

    static func seeded(seed: UInt64 = 7) throws -> (AppDatabase, Int) {
        let database = try AppDatabase.inMemory()
        try SyntheticData.generate(into: database, accounts: 120, seed: seed, today: today)
        return (database, try CollectionHistorySeeder.seed(into: database, seed: seed, today: today))
    }

    static func events(_ database: AppDatabase) throws -> [String] {
        try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT account_id || ' ' || kind || ' ' || on_date FROM collection_event ORDER BY id")
        }
    }

    @Test func onlyAccountsOwingTwoHundredDollarsGetAHistory_7_2a() throws {
        let (database, seeded) = try Self.seeded()
        let owing = try database.writer.read { db in
            try Set(Int64.fetchAll(db, sql: "SELECT id FROM account WHERE balance_cents >= 20000"))
        }
        let withHistory = try database.writer.read { db in try Set(Int64.fetchAll(db, sql: "SELECT DISTINCT account_id FROM collection_event")) }
        #expect(seeded > 0)
        #expect(withHistory.count == seeded)
        #expect(withHistory.isSubset(of: owing))
    }

    @Test func theSameSeedGivesTheSameHistory() throws {
        #expect(try Self.events(Self.seeded(seed: 7).0) == Self.events(Self.seeded(seed: 7).0))
        #expect(try Self.events(Self.seeded(seed: 7).0) != Self.events(Self.seeded(seed: 8).0))
    }

    @Test func noEventIsInTheFutureAndEveryPostcodeIsInTheServiceAreaDistrict_7_3d() throws {
        let (database, _) = try Self.seeded()
        let latest = try database.writer.read { db in try CivilDate.fetchOne(db, sql: "SELECT MAX(on_date) FROM collection_event") }
        #expect(try #require(latest) <= Self.today)
        let unmapped = try database.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM account a JOIN address ad ON ad.id = a.property_address_id
                WHERE NOT EXISTS (SELECT 1 FROM fire_district_postcode f WHERE f.postcode = ad.postcode AND f.district = 'Central')
                """)
        }
        #expect(unmapped == 0)
    }

    @Test func someSeededAccountsMayBeRestrictedOnAWeekdayMorning_7_1() throws {
        // Given the seeded histories, on Tue 3 Mar 2026 at 10:00
        let (database, _) = try Self.seeded()
        let numbers = try database.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT a.number FROM account a JOIN collection_event e ON e.account_id = a.id ORDER BY a.number
                """)
        }
        let moment = LocalDateTime(date: Self.today, hour: 10)
        let decisions = try numbers.map { number in
            RestrictionCheck.evaluate(try database.restrictionFacts.facts(for: number, today: Self.today, disputedAmount: .zero),
                                      at: moment, calendar: .victoria)
        }
        // Then some are permitted and some are not, each refusal giving its clauses
        #expect(decisions.contains { $0.isPermitted })
        #expect(decisions.contains { $0.clauses.contains("7.1(a)") })
        #expect(decisions.filter { !$0.isPermitted }.allSatisfy { !$0.reasons.isEmpty })
    }
}
