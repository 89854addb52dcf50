import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Synthetic data: deterministic, realistic, with fixed demo accounts")
struct SyntheticDataTests {
    typealias F = StoreFixtures

    static func generated(_ accounts: Int, seed: UInt64) throws -> AppDatabase {
        let database = try F.memory()
        try SyntheticData.generate(into: database, accounts: accounts, seed: seed, today: F.today)
        return database
    }

    /// Every stored row of the tables that hold generated data, as text.
    static func dump(_ database: AppDatabase) throws -> [String] {
        try database.writer.read { db in
            try ["address", "account", "customer", "bill", "bill_charge", "payment", "interaction", "note", "search_token", "search_doc"]
                .flatMap { table in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" } }
        }
    }

    @Test func theSameSeedGivesTheSameRows() throws {
        #expect(try Self.dump(Self.generated(60, seed: 42)) == Self.dump(Self.generated(60, seed: 42)))
    }

    @Test func aDifferentSeedGivesDifferentAccountsButTheSameDemoAccounts() throws {
        let first = try Self.generated(60, seed: 42), second = try Self.generated(60, seed: 43)
        #expect(try Self.dump(first) != Self.dump(second))
        let demo = try #require(try first.accounts.detail(DemoAccounts.johnSmith))
        #expect(try second.accounts.detail(DemoAccounts.johnSmith) == demo)
    }

    @Test func theDemoAccountsAreThereWhateverTheSize() throws {
        let database = try Self.generated(2, seed: 1)
        let zoe = try #require(try database.accounts.account(DemoAccounts.zoeNg))
        #expect(zoe.customers.map(\.name) == ["Zoë Ng", "水野健"])
        #expect(zoe.property.address.lines.contains("Unit 4, 水野 House"))
        let john = try #require(try database.accounts.account(DemoAccounts.johnSmith))
        #expect(john.customers[0].name == "John Smith" && john.property.address.suburb == "Bacchus Marsh")
        #expect(try database.accounts.account(DemoAccounts.margaretOBrien)?.specialNeeds?.need == .lifeSupport)
        #expect(try database.accounts.account(DemoAccounts.joseGarcia)?.flags == [.concession, .tenant])
        #expect(try database.accounts.account(DemoAccounts.thaoNguyen)?.customers[0].authorisedThirdParty?.relationship == "Son")
        #expect(try database.search.search("smi bacch").rows.map(\.accountNumber).contains(DemoAccounts.johnSmith))
        #expect(try database.search.search("zoe ng").rows.first?.accountNumber == DemoAccounts.zoeNg)
    }

    @Test func everyAccountHasThreeYearsOfValidBillsAndABalanceThatAddsUp_4_1_5_1() throws {
        let database = try Self.generated(40, seed: 9)
        for index in 0..<40 {
            let detail = try #require(try database.accounts.detail(SyntheticData.accountNumber(index: index)))
            let bills = detail.bills
            // Three bills a year for three years, each period following the last (Charter 4.1)
            #expect(bills.count == 9)
            for (earlier, later) in zip(bills, bills.dropFirst()) {
                #expect(later.usage.start == earlier.usage.end.adding(days: 1))
                #expect(later.previousBillAmount == earlier.amountDue)
            }
            #expect(bills.allSatisfy { $0.dueDate >= Bill.earliestDueDate(issuedOn: $0.issueDate) })  // Charter 5.1
            #expect(bills.last!.issueDate <= F.today)
            #expect(detail.payments.allSatisfy { $0.date <= F.today && $0.amount > .zero })
            let paidSince = detail.payments.filter { $0.date > bills.last!.issueDate }.map(\.amount).sum()
            #expect(detail.account.balance == bills.last!.amountDue - paidSince)
        }
    }

    @Test func theDataLooksLikeTheServiceArea() throws {
        let database = try Self.generated(600, seed: 5)
        let (suburbs, arrears, concessions, tenants, mobiles, emails) = try database.writer.read { db in
            (try Set(String.fetchAll(db, sql: "SELECT suburb FROM address")),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE balance_cents > 0")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE concession_card IS NOT NULL")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE occupancy = 'tenant'")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customer WHERE phone GLOB '04[0-9][0-9] [0-9][0-9][0-9] [0-9][0-9][0-9]'")!,
             try String.fetchAll(db, sql: "SELECT email FROM customer WHERE email IS NOT NULL"))
        }
        #expect(suburbs.isSuperset(of: ["Sunbury", "Bacchus Marsh", "Melton", "Gisborne", "Caroline Springs"]))
        #expect((30...300).contains(arrears) && (60...180).contains(concessions) && (100...250).contains(tenants))
        #expect(mobiles > 300)
        #expect(emails.allSatisfy { $0.hasSuffix("@example.com") || $0.hasSuffix("@example.net") || $0.hasSuffix("@example.org") })
    }

    @Test func generatingIntoADatabaseWithAccountsIsRefused() throws {
        let database = try Self.generated(5, seed: 1)
        #expect(throws: StoreError.notEmpty(accounts: 5)) {
            try SyntheticData.generate(into: database, accounts: 5, seed: 1, today: F.today)
        }
    }

    @Test func progressIsReportedUpToTheTotal() throws {
        var reports: [(Int, Int)] = []
        try SyntheticData.generate(into: F.memory(), accounts: 12, seed: 1, today: F.today) { reports.append(($0, $1)) }
        #expect(reports.last.map { $0 == (12, 12) } == true)
    }

    @Test func theRandomStreamIsFixedForASeed() {
        var random = SplitMix64(seed: 0)
        // Reference values of SplitMix64 seeded with 0
        #expect([random.next(), random.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4])
        var dice = SplitMix64(seed: 1, stream: 3)
        #expect((0..<1_000).map { _ in dice.below(6) }.allSatisfy { (0..<6).contains($0) })
    }
}
