import CLibpq

/// The rows a statement returned, copied out of libpq as text (PostgreSQL's text format).
///
/// Copying at once lets the libpq result be freed straight away, so a result never outlives
/// the lock on its connection.
public struct PGResult: Sendable {
    public let columns: [String]
    public let rows: [PGRow]
    /// Rows a command changed ("UPDATE 3" gives 3), 0 for a query.
    public let affected: Int

    init(_ result: OpaquePointer) {
        let columnCount = Int(PQnfields(result))
        let names = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
        columns = names
        rows = (0..<Int(PQntuples(result))).map { row in
            PGRow(values: (0..<columnCount).map { column in
                PQgetisnull(result, Int32(row), Int32(column)) == 1 ? nil : String(cString: PQgetvalue(result, Int32(row), Int32(column)))
            }, index: index)
        }
        affected = Int(String(cString: PQcmdTuples(result))) ?? 0
    }

    public var first: PGRow? { rows.first }
}

/// One row: text values by column name or position.
public struct PGRow: Sendable {
    let values: [String?]
    let index: [String: Int]

    public subscript(_ column: String) -> String? { index[column].flatMap { values[$0] } }
    public subscript(_ position: Int) -> String? { values.indices.contains(position) ? values[position] : nil }

    public func int(_ column: String) -> Int? { self[column].flatMap { Int($0) } }
    public func int64(_ column: String) -> Int64? { self[column].flatMap { Int64($0) } }
    /// PostgreSQL's text form of a boolean is "t" or "f".
    public func bool(_ column: String) -> Bool? { self[column].map { $0 == "t" } }
    /// A required text column: throws a clear error instead of trapping when it is NULL.
    public func string(_ column: String) throws(PGError) -> String {
        guard let value = self[column] else { throw PGError(message: "column \(column) is unexpectedly empty") }
        return value
    }
}
