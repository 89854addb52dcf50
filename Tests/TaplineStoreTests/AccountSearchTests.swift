import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Account lookup: one field, prefix and multi-word, accent-insensitive, ranked")
struct AccountSearchTests {
    typealias F = StoreFixtures

    static let sunbury = F.address("18 Evans Street", "Sunbury", "3429")
    static let marsh = F.address("27 Main Street", "Bacchus Marsh", "3340")

    /// A small town of accounts whose order and matches are known.
    static func town() throws -> AppDatabase {
        let database = try F.memory()
        try F.create([
            F.account("1000000001", "Zoë Ng", phone: "0491 570 156", email: "zoe.ng@example.com", address: sunbury,
                      others: [Customer(name: "水野健", isPrimary: false)]),
            F.account("1000000002", "John Smith", phone: "0491 570 157", address: marsh),
            F.account("1000000003", "Zed Smith", phone: "03 5550 1234", address: sunbury),
            F.account("1000000004", "Amy Smith", address: F.address("4 Grant Street", "Bacchus Marsh", "3340")),
            F.account("1000000005", "Bob Smithers", address: sunbury),
            F.account("1000000006", "Smita Patel", address: sunbury),
            F.account("1000000007", "Carol Jones", address: F.address("3 Smith Street", "Macedon", "3440")),
            F.account("1000000008", "Thảo Nguyễn", address: F.address("9 Lake Street", "Caroline Springs", "3023")),
            F.account("1000000009", "Margaret Evans", address: sunbury, others: [Customer(name: "John Smith", isPrimary: false)]),
            F.account("100000001", "Alan Short", address: sunbury),
            F.account("1000000010", "Pat Jones", address: marsh),
        ], in: database)
        return database
    }

    private func numbers(_ database: AppDatabase, _ query: String) throws -> [String] {
        try database.search.search(query, limit: 50).rows.map(\.accountNumber)
    }

    @Test func anExactAccountNumberComesFirst() throws {
        // Given "100000001" is one account's whole number and the start of others
        let database = try Self.town()
        let found = try numbers(database, "100000001")
        #expect(found.first == "100000001")
        #expect(Set(found) == ["100000001", "1000000010"])
    }

    @Test("a phone number is found however it is typed", arguments: ["0491 570 156", "0491570156", "+61 491 570 156", "(0491) 570-156", "491 570 156"])
    func phoneWithSpaces(typed: String) throws {
        #expect(try numbers(Self.town(), typed) == ["1000000001"])
    }

    @Test func anExactPhoneComesBeforeLongerNumbersStartingWithIt() throws {
        let database = try Self.town()
        let found = try numbers(database, "0491 570 15")
        #expect(Set(found) == ["1000000001", "1000000002"])
        #expect(try numbers(database, "0491 570 157").first == "1000000002")
    }

    @Test("accents and case do not matter", arguments: [("zoe", "1000000001"), ("ZOË", "1000000001"), ("Zoe", "1000000001"),
                                                     ("nguyen", "1000000008"), ("THAO", "1000000008"), ("水野", "1000000001")])
    func accentAndCaseInsensitive(query: String, number: String) throws {
        #expect(try numbers(Self.town(), query).contains(number))
    }

    @Test func twoWordPrefixesFindASmithInBacchusMarsh() throws {
        // Given Smiths in Bacchus Marsh and Sunbury, and a Jones in Bacchus Marsh
        let database = try Self.town()
        // When the agent types "smi bacch", Then only the Bacchus Marsh Smiths are found, by first name
        #expect(try numbers(database, "smi bacch") == ["1000000004", "1000000002"])
        #expect(try numbers(database, "bacch smi") == ["1000000004", "1000000002"])
    }

    @Test func aPrefixListsPrimarySurnamesThenOtherNamesThenStreets() throws {
        // Primary customers' surnames first: Smith by given name, then Smithers; then other names by the
        // word matched: the given name Smita, then a second customer named Smith; then Smith Street
        let found = try numbers(Self.town(), "smi")
        #expect(found == ["1000000004", "1000000002", "1000000003", "1000000005", "1000000006", "1000000009", "1000000007"])
    }

    @Test func aPrimaryCustomerIsListedBeforeASecondCustomerOfTheSameName() throws {
        #expect(try numbers(Self.town(), "john smith") == ["1000000002", "1000000009"])
    }

    @Test func aGivenNameOrAStreetWithASuburbFindsTheirAccounts() throws {
        #expect(try numbers(Self.town(), "marg sunb") == ["1000000009"])
        // The customer named Evans first, then everyone on Evans Street, by surname
        #expect(try numbers(Self.town(), "evans sunb") == ["1000000009", "1000000001", "1000000006", "100000001", "1000000003", "1000000005"])
    }

    @Test func streetNumberAndStreetFindTheAddress() throws {
        #expect(try numbers(Self.town(), "27 main") == ["1000000010", "1000000002"])
        #expect(try numbers(Self.town(), "4 grant bacchus") == ["1000000004"])
    }

    @Test func anEmailAddressIsFoundWhole() throws {
        #expect(try numbers(Self.town(), "zoe.ng@example.com") == ["1000000001"])
        #expect(try numbers(Self.town(), "zoe.ng@") == ["1000000001"])
    }

    @Test func rowsCarryWhatTheLookupShows() throws {
        let row = try #require(try Self.town().search.search("1000000001").rows.first)
        #expect(row == AccountSummary(accountNumber: "1000000001", primaryName: "Zoë Ng", addressLine: "18 Evans Street, Sunbury VIC 3429",
                                      phone: "0491 570 156", balance: .zero, flags: []))
    }

    @Test func flagsAppearOnLookupRows() throws {
        let database = try F.memory()
        var account = F.account("1000000020", "Margaret O'Brien", occupancy: .tenant)
        account.specialNeeds = SpecialNeedsRegistration(need: .lifeSupport, registeredOn: F.today, notes: "Dialysis")
        try F.create([account], in: database)
        #expect(try database.search.search("o'brien").rows.first?.flags == [.lifeSupport, .tenant])
        #expect(try database.search.search("obrien").rows.count == 1)
    }

    @Test func nothingMatchesNothing() throws {
        let database = try Self.town()
        #expect(try database.search.search("   ") == .empty)
        #expect(try database.search.search("smith xyzzy").rows.isEmpty)
        #expect(try database.search.search("qqq").totalDescription == "no matches")
        #expect(try database.search.search("zoe", limit: 0) == .empty)
    }

    @Test func theTotalSaysWhenTheSearchStoppedEarly() {
        #expect(SearchResult(totalMatches: 0, totalIsCapped: false, rows: []).totalDescription == "no matches")
        #expect(SearchResult(totalMatches: 0, totalIsCapped: true, rows: []).totalDescription == "no matches yet — type more to narrow the search")
        #expect(SearchResult(totalMatches: 1, totalIsCapped: false, rows: []).totalDescription == "1 match")
        #expect(SearchResult(totalMatches: 12_345, totalIsCapped: true, rows: []).totalDescription == "12,345+ matches")
    }

    @Test func theCountIsExactWhenSmallAndRespectsTheLimit() throws {
        let result = try Self.town().search.search("smi", limit: 2)
        #expect(result.rows.count == 2)
        #expect(result.totalMatches == 7 && !result.totalIsCapped)
        #expect(result.totalDescription == "7 matches")
    }

    @Test func aWordHeldByMoreAccountsThanTheCapIsCountedFromTheVocabulary() throws {
        // Given 1,001 Smiths, When the agent types "smi", Then the page is full and the count says 1,000+
        let database = try F.memory()
        try F.create((1...1_001).map { F.account(String(2_000_000_000 + $0), "Pat Smith") }, in: database)
        let result = try database.search.search("smi", limit: 20)
        #expect(result.rows.count == 20 && result.rows.allSatisfy { $0.primaryName == "Pat Smith" })
        #expect(result.totalDescription == "1,000+ matches")
        // And a word no token holds that often is counted by scanning, with the same answer
        #expect(try database.search.search("200", limit: 20).totalDescription == "1,000+ matches")
    }

    @Test func aChangedAccountIsFoundByItsNewDetailsOnly() throws {
        let database = try Self.town()
        var account = try #require(try database.accounts.account("1000000003"))
        account.customers[0].name = "Zed Citizen"
        account.property.address = F.address("1 Quarry Road", "Romsey", "3434")
        _ = try database.accounts.update(account, by: "asmith", at: F.at(10))
        #expect(try numbers(database, "citizen romsey") == ["1000000003"])
        #expect(try !numbers(database, "smith").contains("1000000003"))
        #expect(try numbers(database, "zed") == ["1000000003"])
    }

    @Test func aLargeCountStopsAtTheCapAndSaysSo() throws {
        // Given 1,100 synthetic accounts, all of whose numbers start with 1
        let database = try F.memory()
        try SyntheticData.generate(into: database, accounts: 1_100, seed: 7, today: F.today)
        let result = try database.search.search("1", limit: 50)
        #expect(result.rows.count == 50)
        #expect(result.totalMatches == AccountSearch.countCap && result.totalIsCapped)
        #expect(result.totalDescription == "1,000+ matches")
        #expect(result.rows.map(\.accountNumber) == result.rows.map(\.accountNumber).sorted())
    }
}
