import CSV
import Foundation
import TaplineDomain

/// Creates accounts from a CSV file, all or nothing.
///
/// The file has a header row naming these columns, in any order (ACCOUNTS_CSV.md explains
/// each with examples):
///
///     account_number,name,phone,email,address,suburb,postcode,occupancy,concession,balance,life_support
///
/// - `account_number`: 6–12 digits, not already in the file or the database. Required.
/// - `name`: the primary customer, at most 120 characters. Required.
/// - `phone`, `email`: optional; a phone has 8–15 digits (spaces, +, ( ) and - allowed).
/// - `address`: the street line ("Unit 4, 18 Evans Street"). Required.
/// - `suburb`, `postcode` (4 digits): required; the state is VIC.
/// - `occupancy`: `owner` or `tenant`. Required.
/// - `concession`: empty or `none`, else `TYPE:NUMBER` with TYPE `pensioner`, `healthcare` or
///   `dva-gold` (Charter 5.3).
/// - `balance`: owed, as typed ("1,234.56", "$45", "-12.50" for a credit); empty is $0.00.
/// - `life_support`: empty, or the date (YYYY-MM-DD) the customer was registered as needing
///   water for a life-support machine (Charter 9.5(a)).
///
/// Every row is checked before anything is written; any problem refuses the whole file with
/// an `AccountImportError` listing every problem with its line. The accounts are then written
/// in one transaction, each with an audit entry, so a file is never half imported.
public enum AccountImporter {
    /// The columns, in the order the documentation lists them.
    public static let columns = ["account_number", "name", "phone", "email", "address", "suburb", "postcode",
                                 "occupancy", "concession", "balance", "life_support"]

    public static let maximumNameLength = 120
    static let maximumAddressLength = 200
    static let maximumSuburbLength = 60

    /// Imports the accounts of a CSV text.
    @discardableResult
    public static func importAccounts(csvText: String, into store: any AccountsStore, by user: String,
                                      at time: LocalDateTime) throws -> ImportReport {
        try store.importAccounts(parse(csvText, today: time.date), by: user, at: time)
    }

    /// Writes checked rows to SQLite in one transaction, refusing them all if any account exists.
    static func write(_ accounts: [ParsedRow], into database: AppDatabase, by user: String,
                      at time: LocalDateTime) throws -> ImportReport {
        try database.writer.write { db in
            let existing = try accounts.compactMap { row in
                try AccountRows.identity(of: row.account.accountNumber, db).map { _ in
                    ImportProblem(line: row.line, column: "account_number",
                                  reason: "account \(row.account.accountNumber) already exists")
                }
            }
            guard existing.isEmpty else { throw AccountImportError(problems: existing) }
            for row in accounts {
                _ = try AccountRows.insert(row.account, db)
                try AuditLog.insert(AuditEntry(who: user, at: time, action: .imported, accountNumber: row.account.accountNumber,
                                               detail: "from CSV line \(row.line)"), db)
            }
            return ImportReport(accountNumbers: accounts.map(\.account.accountNumber))
        }
    }

    /// Imports the accounts of a UTF-8 CSV file.
    @discardableResult
    public static func importAccounts(file url: URL, into store: any AccountsStore, by user: String,
                                      at time: LocalDateTime) throws -> ImportReport {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw AccountImportError(problems: [ImportProblem(line: 0, column: nil, reason: "cannot read \(url.path)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AccountImportError(problems: [ImportProblem(line: 0, column: nil, reason: "\(url.lastPathComponent) is not UTF-8 text")])
        }
        return try importAccounts(csvText: text, into: store, by: user, at: time)
    }

    // MARK: - Reading

    /// One checked row of the file: the account it makes and the line it came from.
    public struct ParsedRow: Sendable {
        public let line: Int
        public let account: Account
    }

    /// Reads and checks every row; throws every problem found.
    public static func parse(_ text: String, today: CivilDate) throws -> [ParsedRow] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw AccountImportError(problems: [ImportProblem(line: 1, column: nil, reason: "the file is empty: it needs a header row")])
        }
        var header = reader.headerRow ?? []
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }  // a byte-order mark
        header = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var problems = headerProblems(header)
        guard problems.isEmpty else { throw AccountImportError(problems: problems) }
        let index = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })

        var rows: [ParsedRow] = []
        var firstLine: [String: Int] = [:]
        var line = 2
        while let fields = reader.next() {
            let rowLine = line
            line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
            if fields.count == 1, fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }  // a blank line
            guard fields.count == header.count else {
                problems.append(ImportProblem(line: rowLine, column: nil, reason: "expected \(header.count) fields, found \(fields.count)"
                                              + (fields.contains { $0.contains(where: \.isNewline) } ? " (is a quote left open?)" : "")))
                continue
            }
            let values = index.mapValues { fields[$0].trimmingCharacters(in: .whitespaces) }
            switch AccountRowReader(values: values, line: rowLine, today: today).account() {
            case .success(let account):
                if let earlier = firstLine[account.accountNumber] {
                    problems.append(ImportProblem(line: rowLine, column: "account_number",
                                                  reason: "account \(account.accountNumber) is already on line \(earlier)"))
                } else {
                    firstLine[account.accountNumber] = rowLine
                    rows.append(ParsedRow(line: rowLine, account: account))
                }
            case .failure(let rowProblems):
                problems += rowProblems.problems
            }
        }
        if rows.isEmpty, problems.isEmpty {
            problems.append(ImportProblem(line: 2, column: nil, reason: "there are no accounts after the header"))
        }
        guard problems.isEmpty else { throw AccountImportError(problems: problems) }
        return rows
    }

    private static func headerProblems(_ header: [String]) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        let missing = columns.filter { !header.contains($0) }
        if !missing.isEmpty { problems.append(ImportProblem(line: 1, column: nil, reason: "missing column\(missing.count == 1 ? "" : "s") " + missing.joined(separator: ", "))) }
        let unknown = header.filter { !columns.contains($0) }
        if !unknown.isEmpty { problems.append(ImportProblem(line: 1, column: nil, reason: "unknown column\(unknown.count == 1 ? "" : "s") " + unknown.map { "“\($0)”" }.joined(separator: ", "))) }
        let repeated = Set(header.filter { name in header.filter { $0 == name }.count > 1 })
        if !repeated.isEmpty { problems.append(ImportProblem(line: 1, column: nil, reason: "repeated column " + repeated.sorted().joined(separator: ", "))) }
        return problems
    }
}
