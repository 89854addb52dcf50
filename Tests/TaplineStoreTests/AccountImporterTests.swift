import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("CSV import: validated, all or nothing, problems with line numbers")
struct AccountImporterTests {
    typealias F = StoreFixtures

    static let header = "account_number,name,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support"
    static let good = [
        "2000000001,Zoë Ng,0491 570 156,zoe.ng@example.com,\"Unit 4, 18 Evans Street\",Sunbury,3429,owner,none,0.00,",
        "2000000002,John Smith,0491 570 157,,27 Main Street,Bacchus Marsh,3340,tenant,healthcare:208 114 395B,\"1,204.50\",",
        "2000000003,Margaret O'Brien,03 5550 1234,,5 Hamilton Street,Gisborne,3437,owner,pensioner:412 345 678K,-20.00,2024-02-29",
    ]

    static func csv(_ rows: [String]) -> String { ([header] + rows).joined(separator: "\n") + "\n" }

    private func accountCount(_ database: AppDatabase) throws -> Int {
        try database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM account") ?? 0 }
    }

    /// The problems an import of `text` reports (and that it wrote nothing).
    private func problems(_ text: String, into database: AppDatabase? = nil) throws -> [ImportProblem] {
        let database = try database ?? F.memory()
        let before = try accountCount(database)
        var found: [ImportProblem] = []
        do {
            try AccountImporter.importAccounts(csvText: text, into: database, by: "asmith", at: F.morning)
        } catch let error as AccountImportError {
            found = error.problems
        }
        #expect(try accountCount(database) == before, "a refused import wrote accounts")
        return found
    }

    @Test func aGoodFileImportsEveryAccountSearchableAndAudited() throws {
        let database = try F.memory()
        let report = try AccountImporter.importAccounts(csvText: Self.csv(Self.good), into: database, by: "asmith", at: F.morning)
        #expect(report.accountNumbers == ["2000000001", "2000000002", "2000000003"])
        let john = try #require(try database.accounts.account("2000000002"))
        #expect(john.balance == Money(cents: 120_450) && john.property.occupancy == .tenant)
        #expect(john.concession == .card(.healthCareCard, number: "208 114 395B"))
        #expect(try database.accounts.account("2000000001")?.property.address.lines == ["Unit 4, 18 Evans Street"])
        let margaret = try #require(try database.accounts.account("2000000003"))
        #expect(margaret.specialNeeds?.need == .lifeSupport && margaret.specialNeeds?.registeredOn == CivilDate(iso: "2024-02-29"))
        #expect(margaret.balance == Money(cents: -2_000))
        #expect(try database.search.search("smi bacch").rows.map(\.accountNumber) == ["2000000002"])
        #expect(try database.audit.entries(forAccount: "2000000003").first?.detail == "from CSV line 4")
    }

    @Test func aThousandCharacterNameIsRefusedWithItsLine() throws {
        let long = String(repeating: "Zoë", count: 333) + "!"
        let found = try problems(Self.csv([Self.good[0], "2000000009,\(long),,,1 Main Street,Sunbury,3429,owner,,,"]))
        #expect(found == [ImportProblem(line: 3, column: "name", reason: "the name has 1,000 characters; at most 120 are allowed")])
    }

    @Test("malformed values are refused with their line and column", arguments: [
        ("2000000009,A B,,,1 Main St,Sunbury,3429,owner,,12.345,", "balance", "“12.345” has more than two decimal places"),
        ("2000000009,A B,,,1 Main St,Sunbury,3429,owner,,abc,", "balance", "“abc” is not an amount — use digits like 1234.56"),
        ("2000000009,A B,,,1 Main St,Sunbury,3429,owner,,,2024-02-30", "life_support", "life_support “2024-02-30” must be a date like 2024-02-29, or empty"),
        ("2000000009,A B,,,1 Main St,Sunbury,3429,owner,,,2025-04-18", "life_support", "life_support 2025-04-18 is after today"),
        ("20000X0009,A B,,,1 Main St,Sunbury,3429,owner,,,", "account_number", "account number “20000X0009” must be digits only"),
        ("2000000009,,,,1 Main St,Sunbury,3429,owner,,,", "name", "the name is missing"),
        ("2000000009,A B,,,,Sunbury,3429,owner,,,", "address", "the address is missing"),
        ("2000000009,A B,,,1 Main St,Sunbury,342,owner,,,", "postcode", "postcode “342” must be 4 digits"),
        ("2000000009,A B,,,1 Main St,Sunbury,3429,landlord,,,", "occupancy", "occupancy “landlord” must be owner or tenant"),
        ("2000000009,A B,12 34,,1 Main St,Sunbury,3429,owner,,,", "phone", "phone “12 34” must be 8 to 15 digits (spaces, +, brackets and dashes allowed)"),
        ("2000000009,A B,,a@b,1 Main St,Sunbury,3429,owner,,,", "email", "email “a@b” is not an email address"),
        ("2000000009,A B,,,1 Main St,Sunbury,3429,owner,gold:1,,", "concession", "concession “gold:1” must be none or TYPE:NUMBER with TYPE one of pensioner, healthcare, dva-gold"),
    ])
    func malformedValuesAreRefused(row: String, column: String, reason: String) throws {
        #expect(try problems(Self.csv([Self.good[0], row])) == [ImportProblem(line: 3, column: column, reason: reason)])
    }

    @Test func oneBadRowAmongGoodOnesImportsNothing() throws {
        // Given three good rows and one with a bad balance
        let database = try F.memory()
        let found = try problems(Self.csv(Self.good + ["2000000004,Pat Jones,,,1 Main St,Sunbury,3429,owner,,1.2.3,"]), into: database)
        // Then nothing at all was imported, and the bad row is named
        #expect(found.map(\.line) == [5])
        #expect(try database.accounts.account("2000000001") == nil)
    }

    @Test func duplicateAccountNumbersAreRefusedInTheFileAndAgainstTheDatabase() throws {
        let database = try F.memory()
        try F.create([F.account("2000000003", "Existing Person")], in: database)
        let found = try problems(Self.csv(Self.good + [Self.good[0]]), into: database)
        #expect(found == [ImportProblem(line: 5, column: "account_number", reason: "account 2000000001 is already on line 2")])
        let clash = try problems(Self.csv(Self.good), into: database)
        #expect(clash == [ImportProblem(line: 4, column: "account_number", reason: "account 2000000003 already exists")])
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let found = try problems(Self.csv([
            "x,,,,,,,,,,",
            Self.good[1],
            "2000000005,A B,,,1 Main St,Sunbury,3429,owner,,$-,",
        ]))
        #expect(found.map(\.line) == [2, 2, 2, 2, 2, 2, 4])
        let error = AccountImportError(problems: found)
        #expect(error.message.hasPrefix("Nothing was imported: 7 problems.\nline 2, account_number: "))
    }

    @Test func lineNumbersCountLinesInsideQuotedFields() throws {
        // Given a quoted address that spans two lines, the next row starts on line 4
        let found = try problems(Self.csv([
            "2000000001,Zoë Ng,,,\"Unit 4\n18 Evans Street\",Sunbury,3429,owner,,,",
            "2000000002,A B,,,1 Main St,Sunbury,3429,owner,,oops,",
        ]))
        #expect(found.map(\.line) == [2, 4])
        #expect(found.first?.column == "address")
    }

    @Test func theHeaderMustNameEveryColumnAndNoOthers() throws {
        let missing = try problems("account_number,name\n2000000001,Zoë Ng\n")
        #expect(missing.count == 1 && missing[0].line == 1 && missing[0].reason.hasPrefix("missing columns phone, email"))
        let extra = try problems(Self.header + ",notes\n" + Self.good[0] + ",hello\n")
        #expect(extra == [ImportProblem(line: 1, column: nil, reason: "unknown column “notes”")])
        #expect(try problems("") == [ImportProblem(line: 1, column: nil, reason: "the file is empty: it needs a header row")])
        #expect(try problems(Self.header + "\n") == [ImportProblem(line: 2, column: nil, reason: "there are no accounts after the header")])
    }

    @Test func rowsWithTheWrongNumberOfFieldsAreRefused() throws {
        #expect(try problems(Self.csv(["2000000001,Zoë Ng,,"])) == [ImportProblem(line: 2, column: nil, reason: "expected 11 fields, found 4")])
    }

    @Test func aByteOrderMarkBlankLinesAndColumnOrderDoNotMatter() throws {
        let database = try F.memory()
        let text = "\u{FEFF}name,account_number,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support\n\n"
            + "Zoë Ng,2000000001,,,1 Main St,Sunbury,3429,OWNER,,,\n\n"
        #expect(try AccountImporter.importAccounts(csvText: text, into: database, by: "asmith", at: F.morning).imported == 1)
        #expect(try database.accounts.account("2000000001")?.customers[0].name == "Zoë Ng")
    }

    @Test func aFileIsReadAsUTF8() throws {
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("accounts.csv"), bad = folder.appendingPathComponent("latin1.csv")
        try Self.csv(Self.good).write(to: good, atomically: true, encoding: .utf8)
        try Data([0x5A, 0x6F, 0xEB, 0x0A]).write(to: bad)
        let database = try F.memory()
        #expect(try AccountImporter.importAccounts(file: good, into: database, by: "asmith", at: F.morning).imported == 3)
        #expect(throws: AccountImportError(problems: [ImportProblem(line: 0, column: nil, reason: "latin1.csv is not UTF-8 text")])) {
            try AccountImporter.importAccounts(file: bad, into: database, by: "asmith", at: F.morning)
        }
    }
}
