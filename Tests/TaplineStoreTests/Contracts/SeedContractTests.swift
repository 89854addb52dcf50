import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// `tapline seed` gives the same data on either store: the same accounts with the same bills,
/// payments, contacts and notes, the same lookups, and the same collection history.
@Suite("Seed contract: the same synthetic data on SQLite and PostgreSQL")
struct SeedContractTests {
    typealias Seeded = AccountsStore & CollectionsStore & CollectionHistorySeeding

    static let accounts = 300
    static let seed: UInt64 = 5
    static let today = CivilDate(iso: "2026-03-03")!

    /// A store of `kind` seeded as `tapline seed` does: the accounts, then their collection history.
    static func seeded(_ kind: StoreKind) throws -> (store: any Seeded, withHistory: Int) {
        let store: any Seeded = switch kind {
        case .sqlite: try TestStores.sqlite()
        case .postgres: try TestStores.postgres()
        }
        try store.generateSynthetic(accounts: accounts, seed: seed, today: today) { _, _ in }
        return (store, try store.seedCollectionHistory(seed: seed, today: today))
    }

    static let numbers = (0..<accounts).map { String(1_000_000_001 + $0) }

    @Test(arguments: StoreKind.allCases)
    func everyAccountReadsBackAsOnTheSQLiteSeed(kind: StoreKind) throws {
        let (store, _) = try Self.seeded(kind)
        let (reference, _) = try Self.seeded(.sqlite)
        for number in Self.numbers {
            let detail = try #require(try store.detail(number), "\(number)")
            #expect(detail == (try reference.detail(number)), "\(number)")
        }
        #expect(try store.detail(String(1_000_000_001 + Self.accounts)) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func lookupsFindTheSameAccountsInTheSameOrder(kind: StoreKind) throws {
        let (store, _) = try Self.seeded(kind)
        let (reference, _) = try Self.seeded(.sqlite)
        let names = try Self.numbers.prefix(40).compactMap { try reference.detail($0)?.account.primaryCustomer?.name }
        for query in ["smith", "s", "ma", "main sunb", "john smi", "melton", "3429", "0491"] + names {
            let result = try store.search(query, limit: 50)
            #expect(result == (try reference.search(query, limit: 50)), "\(query)")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func accountsThatOweGetTheSameCollectionHistory_7_1(kind: StoreKind) throws {
        let (store, withHistory) = try Self.seeded(kind)
        let (reference, referenceWithHistory) = try Self.seeded(.sqlite)
        #expect(withHistory > 0 && withHistory == referenceWithHistory)
        var events = 0
        for number in Self.numbers {
            let history = try store.collectionEvents(for: number)
            #expect(history == (try reference.collectionEvents(for: number)), "\(number)")
            #expect(try store.restrictionCircumstances(for: number) == (try reference.restrictionCircumstances(for: number)), "\(number)")
            let postcode = try #require(try store.detail(number)).account.property.address.postcode
            #expect(try store.fireDistrict(ofPostcode: postcode) == CollectionHistorySeeder.serviceAreaDistrict)
            events += history.count
        }
        #expect(events >= withHistory)
    }
}

/// A PostgreSQL seed drops the tables' keys and indexes for speed; one that fails gives them back.
@Suite("PostgreSQL seed: a failure leaves the schema and the tables as they were")
struct PostgreSQLSeedFailureTests {
    static func schema(_ store: PostgresStore) throws -> [String] {
        try store.withConnection { connection in
            try connection.execute("""
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated AS entry
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1
                """).rows.map { try $0.string("entry") }
        }
    }

    @Test func aSeedRefusedByTheDatabaseHalfWayKeepsEveryKeyAndIndex() throws {
        // Given a database whose bills refuse every seeded bill (a check the seed leaves in place)
        let store = try TestStores.postgres()
        try store.withConnection { try $0.execute("ALTER TABLE bill ADD CONSTRAINT refuse_bills CHECK (litres < 0)") }
        let before = try Self.schema(store)
        #expect(before.contains { $0.hasPrefix("search_token search_token_pkey PRIMARY KEY") })
        // When a seed fails on its first bills
        #expect(throws: PGError.self) { try store.generateSynthetic(accounts: 50, seed: 1, today: SeedContractTests.today) { _, _ in } }
        // Then the keys, foreign keys and indexes are all there, and no account was written
        #expect(try Self.schema(store) == before)
        #expect(try store.search("smith", limit: 10).rows.isEmpty)
        let accounts = try store.withConnection { try $0.execute("SELECT count(*) AS n FROM account").first?.int("n") }
        #expect(accounts == 0)
    }
}
