import GRDB

/// Writes `AccountLoadRows` into SQLite, table by table, `rowsPerStatement` rows per statement
/// execution (the remainder one by one), through statements prepared once per load.
final class BulkRowWriter {
    /// Rows per multi-row INSERT: large enough that SQLite's per-statement work vanishes,
    /// small enough to stay far below its limit of 32,766 bound values.
    static let rowsPerStatement = 64

    private let db: Database
    private var chunkInserts: [AccountLoadRows.Table: RowInsert] = [:]
    private var rowInserts: [AccountLoadRows.Table: RowInsert] = [:]

    init(_ db: Database) { self.db = db }

    func write(_ rows: AccountLoadRows) throws {
        for table in AccountLoadRows.Table.allCases {
            try rows.withValues(table) { values, text in
                let width = table.columns.count
                let chunk = width * Self.rowsPerStatement
                var start = 0
                while values.count - start >= chunk {
                    try insert(table, rows: Self.rowsPerStatement, cache: &chunkInserts)
                        .insert(UnsafeBufferPointer(rebasing: values[start..<start + chunk]), text: text)
                    start += chunk
                }
                while start < values.count {
                    try insert(table, rows: 1, cache: &rowInserts).insert(UnsafeBufferPointer(rebasing: values[start..<start + width]), text: text)
                    start += width
                }
            }
        }
    }

    /// Inserts `count` rows into `table`, `rowsPerStatement` at a time, each row's values
    /// bound by `values` from its position.
    static func chunked(count: Int, table: String, columns: [String], _ db: Database,
                        values: (inout RowInsert.Row, Int) -> Void) throws {
        let chunkInsert = RowInsert(db, table: table, columns: columns, rows: rowsPerStatement)
        let rowInsert = RowInsert(db, table: table, columns: columns, rows: 1)
        var start = 0
        while count - start >= rowsPerStatement {
            try chunkInsert.insert { row in
                for position in start..<start + rowsPerStatement { values(&row, position) }
            }
            start += rowsPerStatement
        }
        for position in start..<count {
            try rowInsert.insert { row in values(&row, position) }
        }
    }

    private func insert(_ table: AccountLoadRows.Table, rows: Int,
                        cache: inout [AccountLoadRows.Table: RowInsert]) -> RowInsert {
        if let known = cache[table] { return known }
        let made = RowInsert(db, table: table.name, columns: table.columns, rows: rows)
        cache[table] = made
        return made
    }
}

