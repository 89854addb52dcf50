import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// One behaviour, two stores: accounts, lookup, history, notes and the audit trail.
@Suite("Accounts store contract: SQLite and PostgreSQL alike")
struct AccountsStoreContractTests {
    typealias F = StoreFixtures

    static let sunbury = F.address("18 Evans Street", "Sunbury", "3429")
    static let marsh = F.address("27 Main Street", "Bacchus Marsh", "3340")

    /// A fresh store of `kind`.
    static func store(_ kind: StoreKind) throws -> any AccountsStore {
        switch kind {
        case .sqlite: try TestStores.sqlite()
        case .postgres: try TestStores.postgres()
        }
    }

    /// Who a store records for an act the caller says `user` did: SQLite trusts the caller;
    /// PostgreSQL records the session's login (the tests' own).
    static func recorded(_ user: String, on kind: StoreKind) -> String {
        kind == .postgres ? SystemLogin.current : user
    }

    /// The small town of `AccountSearchTests`, created account by account.
    static func town(_ kind: StoreKind) throws -> any AccountsStore {
        let store = try store(kind)
        for account in [
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
            F.account("1000000010", "Pat Jones", address: marsh, occupancy: .tenant),
        ] {
            _ = try store.createAccount(account, by: "setup", at: F.morning)
        }
        return store
    }

    private func numbers(_ store: any AccountsStore, _ query: String) throws -> [String] {
        try store.search(query, limit: 50).rows.map(\.accountNumber)
    }

    // MARK: - Lookup

    @Test(arguments: StoreKind.allCases)
    func aSurnamePrefixListsPrimarySurnamesThenOtherNamesThenStreets(kind: StoreKind) throws {
        let store = try Self.town(kind)
        #expect(try numbers(store, "smi") == ["1000000004", "1000000002", "1000000003", "1000000005", "1000000006", "1000000009", "1000000007"])
        let result = try store.search("smi", limit: 50)
        #expect(result.totalMatches == 7 && !result.totalIsCapped)
    }

    @Test(arguments: StoreKind.allCases)
    func twoWordsFindTheRightPeopleEitherWayRound(kind: StoreKind) throws {
        let store = try Self.town(kind)
        #expect(try numbers(store, "smi bacch") == ["1000000004", "1000000002"])
        #expect(try numbers(store, "bacch smi") == ["1000000004", "1000000002"])
        #expect(try numbers(store, "john smith") == ["1000000002", "1000000009"])
        // A street and a suburb, found by filtering when no pair names them together
        #expect(try numbers(store, "evans sunb").contains("1000000001"))
    }

    @Test(arguments: StoreKind.allCases)
    func anAccountNumberPhoneOrEmailFindsItsAccount(kind: StoreKind) throws {
        let store = try Self.town(kind)
        let found = try numbers(store, "100000001")
        #expect(found.first == "100000001" && Set(found) == ["100000001", "1000000010"])
        for typed in ["0491 570 156", "+61 491 570 156", "(0491) 570-156"] { #expect(try numbers(store, typed) == ["1000000001"]) }
        #expect(try numbers(store, "zoe.ng@example.com") == ["1000000001"])
    }

    @Test(arguments: StoreKind.allCases)
    func accentsAndCaseDoNotMatter(kind: StoreKind) throws {
        let store = try Self.town(kind)
        #expect(try numbers(store, "zoe") == ["1000000001"])
        #expect(try numbers(store, "NGUYEN") == ["1000000008"])
        #expect(try numbers(store, "水野") == ["1000000001"])
    }

    @Test(arguments: StoreKind.allCases)
    func lookupRowsCarryTheHeaderAndBadges(kind: StoreKind) throws {
        let store = try Self.town(kind)
        let row = try #require(try store.search("pat jones", limit: 50).rows.first)
        #expect(row == AccountSummary(accountNumber: "1000000010", primaryName: "Pat Jones", addressLine: Self.marsh.oneLine,
                                      phone: nil, balance: .zero, flags: [.tenant]))
    }

    /// The areas' badges reach lookup rows on both stores, so an agent sees OPEN COMPLAINT
    /// before opening the account, whichever store the contact centre runs on.
    @Test(arguments: StoreKind.allCases)
    func anOpenComplaintShowsOnTheLookupRow_3_1(kind: StoreKind) throws {
        let store = try Self.town(kind)
        let complaints = try #require(store as? any ComplaintsStore, "both stores keep complaints")
        _ = try complaints.logComplaint(try Complaint.log(accountNumber: "1000000002", receivedAt: F.morning, channel: .phone,
                                                          category: .billing, description: "Bill doubled.", loggedBy: "amy",
                                                          calendar: .victoria), calendar: .victoria)
        let row = try #require(try store.search("john smith", limit: 50).rows.first { $0.accountNumber == "1000000002" })
        #expect(row.flags.contains(.openComplaint))
    }

    @Test(arguments: StoreKind.allCases)
    func countsStopAtOneThousandAndSaySo(kind: StoreKind) throws {
        // Given 1,050 Smiths imported from one file, and two Joneses
        let store = try Self.store(kind)
        let rows = (0..<1050).map { "3\(String(format: "%09d", $0)),Sam Smith,,,\($0 + 1) High Street,Sunbury,3429,owner,,," }
            + ["3999999998,Ann Jones,,,1 Low Street,Gisborne,3437,owner,,,", "3999999999,Bo Jones,,,2 Low Street,Gisborne,3437,owner,,,"]
        let report = try AccountImporter.importAccounts(csvText: (["account_number,name,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support"] + rows).joined(separator: "\n"),
                                                        into: store, by: "setup", at: F.morning)
        #expect(report.imported == 1052)
        // When the agent types "smith" or "smi", Then one page shows and the count is capped
        for query in ["smith", "smi"] {
            let result = try store.search(query, limit: 50)
            #expect(result.rows.count == 50 && result.totalMatches == 1000 && result.totalIsCapped, "\(query)")
            #expect(result.totalDescription == "1,000+ matches")
        }
        // And a rare name is counted exactly
        let jones = try store.search("jones", limit: 50)
        #expect(jones.totalMatches == 2 && !jones.totalIsCapped)
        #expect(jones.rows.map(\.primaryName) == ["Ann Jones", "Bo Jones"])
    }

    /// Busy pairs: 1,050 "Sam Smitha"s in Sunbury, after ten accounts of "Sam Smith" whose second
    /// customer is also a Sam Smitha, so "sam smi" meets those ten twice near the top.
    static func busyPairs(_ kind: StoreKind) throws -> any AccountsStore {
        let store = try Self.store(kind)
        for index in 0..<10 {
            _ = try store.createAccount(F.account("20000000\(String(format: "%02d", index))", "Sam Smith", address: sunbury,
                                                  others: [Customer(name: "Sam Smitha", isPrimary: false)]),
                                        by: "setup", at: F.morning)
        }
        let rows = (0..<1050).map { "3\(String(format: "%09d", $0)),Sam Smitha,,,\($0 + 1) High Street,Sunbury,3429,owner,,," }
        let csv = (["account_number,name,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support"] + rows)
        _ = try AccountImporter.importAccounts(csvText: csv.joined(separator: "\n"), into: store, by: "setup", at: F.morning)
        return store
    }

    /// Two words whose pair token alone is held by more than 1,000 accounts show the same page
    /// and "1,000+" on both stores, however far each reads to know it — accounts met twice
    /// near the top included.
    @Test(arguments: StoreKind.allCases)
    func twoWordsOnABusyPairShowTheFirstPageAndACappedCount(kind: StoreKind) throws {
        let store = try Self.busyPairs(kind)
        let reference = try Self.busyPairs(.sqlite)
        for query in ["sam smi", "smi sam", "smitha sunb", "sunb sam", "sam smitha"] {
            let result = try store.search(query, limit: 50)
            #expect(result.rows.count == 50 && result.totalMatches == 1000 && result.totalIsCapped, "\(query)")
            #expect(result == (try reference.search(query, limit: 50)), "\(query)")
        }
        let twice = try numbers(store, "sam smi")
        #expect(Set(twice.prefix(10)) == Set((0..<10).map { "20000000\(String(format: "%02d", $0))" }))
        #expect(Set(twice).count == 50)
    }

    // MARK: - Importing and creating

    @Test(arguments: StoreKind.allCases)
    func anImportNamingAnExistingAccountWritesNothing(kind: StoreKind) throws {
        let store = try Self.town(kind)
        let csv = """
            account_number,name,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support
            2000000001,Ana Lee,,,1 Low Street,Gisborne,3437,owner,,,
            1000000002,John Smith,,,27 Main Street,Bacchus Marsh,3340,owner,,,
            """
        let error = #expect(throws: AccountImportError.self) {
            try AccountImporter.importAccounts(csvText: csv, into: store, by: "setup", at: F.morning)
        }
        #expect(error?.problems == [ImportProblem(line: 3, column: "account_number", reason: "account 1000000002 already exists")])
        #expect(try store.account("2000000001") == nil)
        #expect(throws: StoreError.accountAlreadyExists("1000000002")) {
            try store.createAccount(F.account("1000000002", "Someone Else"), by: "setup", at: F.morning)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anImportedAccountReadsBackWhole(kind: StoreKind) throws {
        let store = try Self.store(kind)
        let csv = """
            account_number,name,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support
            2000000003,Margaret O'Brien,03 5550 1234,,5 Hamilton Street,Gisborne,3437,owner,pensioner:412 345 678K,-20.00,2024-02-29
            """
        try AccountImporter.importAccounts(csvText: csv, into: store, by: "setup", at: F.morning)
        let account = try #require(try store.account("2000000003"))
        #expect(account.primaryCustomer?.name == "Margaret O'Brien" && account.balance == Money(cents: -2000))
        #expect(account.concession == .card(.pensionerConcessionCard, number: "412 345 678K"))
        #expect(account.specialNeeds?.registeredOn == CivilDate(year: 2024, month: 2, day: 29))
        #expect(try store.detail("2000000003")?.flags == [.lifeSupport, .concession])
        #expect(try store.auditEntries(forAccount: "2000000003", limit: 10).map(\.action) == [.imported])
    }

    // MARK: - The account screen

    @Test(arguments: StoreKind.allCases)
    func detailHoldsBillsWithChargesAndPaymentsAsSQLiteSeedsThem(kind: StoreKind) throws {
        // Given the same seed on this store and on SQLite
        let store = try Self.store(kind)
        try store.generateSynthetic(accounts: 20, seed: 7, today: F.today) { _, _ in }
        let reference = try TestStores.sqlite()
        try reference.generateSynthetic(accounts: 20, seed: 7, today: F.today) { _, _ in }
        // Then John Smith's account reads back the same, bills, charges and payments included
        let detail = try #require(try store.detail(DemoAccounts.johnSmith))
        #expect(detail.bills.count == SyntheticHistory.billsPerAccount && detail.bills.allSatisfy { !$0.charges.isEmpty })
        #expect(!detail.payments.isEmpty)
        #expect(detail == (try reference.detail(DemoAccounts.johnSmith)))
        #expect(try store.detail("1999999999") == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func openingAnAccountRecordsTheViewInTheSessionsName(kind: StoreKind) throws {
        let store = try Self.town(kind)
        let detail = try #require(try store.open("1000000002", by: "ana", at: F.at(10, 15)))
        #expect(detail.account.primaryCustomer?.name == "John Smith")
        let entry = try #require(try store.auditEntries(forAccount: "1000000002", limit: 10).first)
        #expect(entry == AuditEntry(who: Self.recorded("ana", on: kind), at: F.at(10, 15), action: .viewed, accountNumber: "1000000002"))
        #expect(try store.open("1999999999", by: "ana", at: F.at(10, 16)) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func notesAndContactsAreAddedAndReadBackNewestFirst(kind: StoreKind) throws {
        let store = try Self.town(kind)
        try store.addNote(Note(text: "Asked for a payment plan", agent: "ana", at: F.at(10)), to: "1000000003")
        try store.addNote(Note(text: "Called back", agent: "ana", at: F.at(11, 5, second: 30)), to: "1000000003")
        try store.recordInteraction(Interaction(channel: .phone, at: F.at(10), agent: "ana", summary: "Bill enquiry"), on: "1000000003")
        let detail = try #require(try store.detail("1000000003"))
        let who = Self.recorded("ana", on: kind)
        #expect(detail.notes == [Note(text: "Called back", agent: who, at: F.at(11, 5, second: 30)),
                                 Note(text: "Asked for a payment plan", agent: who, at: F.at(10))])
        #expect(detail.interactions == [Interaction(channel: .phone, at: F.at(10), agent: who, summary: "Bill enquiry")])
        #expect(try store.auditEntries(forAccount: "1000000003", limit: 10).map(\.action).prefix(3)
                == [.noteAdded, .interactionRecorded, .noteAdded])
        #expect(throws: StoreError.accountNotFound("1999999999")) {
            try store.addNote(Note(text: "x", agent: "ana", at: F.at(12)), to: "1999999999")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func everyNoteIsKeptBeyondTheRecentOnesTheAccountScreenShows(kind: StoreKind) throws {
        // Given more notes than the account screen shows
        let store = try Self.town(kind)
        let count = AccountRepository.defaultRecent + 5
        for minute in 0..<count {
            try store.addNote(Note(text: "Note \(minute)", agent: "ana", at: F.at(10, minute)), to: "1000000003")
        }
        // Then the detail has the recent ones, and the notes are all there, newest first
        #expect(try store.detail("1000000003")?.notes.count == AccountRepository.defaultRecent)
        let notes = try store.notes(forAccount: "1000000003", limit: 1000)
        #expect(notes.map(\.text) == (0..<count).reversed().map { "Note \($0)" })
        #expect(try store.notes(forAccount: "1000000003", limit: 3).map(\.text) == ["Note 24", "Note 23", "Note 22"])
        #expect(throws: StoreError.accountNotFound("1999999999")) { try store.notes(forAccount: "1999999999", limit: 10) }
    }

    // MARK: - Seeding

    @Test func aSeededPostgreSQLDatabaseLooksUpTheDemoAccountsAsSQLiteDoes() throws {
        // Given 500 synthetic accounts, same seed and day, on each store
        let postgres = try TestStores.postgres()
        var reported: [Int] = []
        try postgres.generateSynthetic(accounts: 500, seed: 1, today: F.today) { done, _ in reported.append(done) }
        #expect(reported.last == 500)
        let sqlite = try TestStores.sqlite()
        try sqlite.generateSynthetic(accounts: 500, seed: 1, today: F.today) { _, _ in }
        // Then every lookup an agent would make for the demo accounts gives the same page and count
        for query in ["zoe", "Zoë Ng", "john smi", "smith", "smi bacch", "o'brien", "marg gisb", "garcia", "thao nguyen", "nguyen melt",
                      "0491 570 156", DemoAccounts.joseGarcia, "s", "ma", "12 evans", "main sunb"] {
            #expect(try postgres.search(query, limit: 50) == (try sqlite.search(query, limit: 50)), "\(query)")
        }
        for number in [DemoAccounts.zoeNg, DemoAccounts.johnSmith, DemoAccounts.margaretOBrien, DemoAccounts.joseGarcia, DemoAccounts.thaoNguyen] {
            #expect(try postgres.search(number, limit: 50).rows.first?.accountNumber == number)
        }
        // And a second seed is refused: the store is not empty
        #expect(throws: StoreError.notEmpty(accounts: 500)) {
            try postgres.generateSynthetic(accounts: 10, seed: 1, today: F.today) { _, _ in }
        }
    }

    @Test func thePostgreSQLLookupBenchmarkReportsEveryKindAndTheReference() throws {
        let store = try TestStores.postgres()
        try store.generateSynthetic(accounts: 200, seed: 3, today: F.today) { _, _ in }
        let report = try store.lookupBenchmark(iterations: 3)
        #expect(report.accounts == 200)
        #expect(report.timings.map(\.label) == LookupBenchmark.QueryKind.allCases.map(\.rawValue))
        #expect(report.reference.p99Milliseconds > 0 && report.speedup > 0)
        #expect(report.description.contains("reference") && report.description.contains("< 3 ms"))
        // And the reference's table was temporary
        let left = try store.withConnection { try $0.execute("SELECT to_regclass('lookup_reference') IS NULL AS gone").first?.bool("gone") }
        #expect(left == true)
    }
}
