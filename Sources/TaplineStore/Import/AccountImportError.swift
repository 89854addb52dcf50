import Foundation

/// Why an account import was refused: every problem found, each with its line.
///
/// An import is all or nothing, so one bad row refuses the file; listing every problem at
/// once lets the person fix the file in one pass. Its description is `message`.
public struct AccountImportError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) { self.problems = problems }

    /// How many problems `message` lists before summarising the rest.
    public static let problemsListed = 20

    /// "Nothing was imported: 2 problems.\nline 3, name: …\nline 9, balance: …"
    public var message: String {
        var lines = ["Nothing was imported: \(problems.count) problem\(problems.count == 1 ? "" : "s")."]
        lines += problems.prefix(Self.problemsListed).map(\.message)
        if problems.count > Self.problemsListed { lines.append("… and \(problems.count - Self.problemsListed) more") }
        return lines.joined(separator: "\n")
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}

/// One problem in an import file.
public struct ImportProblem: Hashable, Sendable {
    /// The line of the file the row starts on (the header is line 1).
    public var line: Int
    /// The column at fault, when it is one column.
    public var column: String?
    public var reason: String

    public init(line: Int, column: String?, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// "line 7, name: the name has 1,000 characters; at most 120 are allowed".
    public var message: String { "line \(line)" + (column.map { ", \($0)" } ?? "") + ": " + reason }
}

/// What an import did.
public struct ImportReport: Hashable, Sendable {
    /// The accounts created, in file order.
    public var accountNumbers: [String]

    public init(accountNumbers: [String]) { self.accountNumbers = accountNumbers }

    public var imported: Int { accountNumbers.count }
}
