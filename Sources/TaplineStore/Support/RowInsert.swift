import GRDB
import GRDBSQLite
import TaplineDomain

/// A value as SQLite stores it in this schema, ready to bind. Text is a range of a batch's
/// shared byte buffer (`AccountLoadRows`), not a `String`: rows made on one thread and written
/// on another then carry no reference counts, and a batch is two allocations, not a million.
public enum Cell: Sendable {
    case int(Int64)
    case text(offset: Int, count: Int)
    case null
}

/// One prepared INSERT whose values are bound straight through SQLite's C API, in column order.
///
/// GRDB's `StatementArguments` box every value as an existential and copy it into an array
/// before binding; that is nothing for one save, and most of the cost of writing the ~86 rows
/// of each of a million synthetic accounts. Values are bound as SQLite stores them in this
/// schema: integers, text (dates and moments as `StoredText`), NULL.
struct RowInsert {
    private let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }

    init(_ db: Database, _ sql: String) {
        // The SQL is fixed and tested; failing to prepare it is a programming error.
        statement = try! db.makeStatement(sql: sql)
    }

    /// An insert of `rows` rows at once: a bulk load pays SQLite's per-statement work (open
    /// the table and its indexes, reset) once per chunk instead of once per row.
    init(_ db: Database, table: String, columns: [String], rows: Int) {
        let row = "(" + sqlPlaceholders(columns.count) + ")"
        self.init(db, "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
                  + Array(repeating: row, count: rows).joined(separator: ", "))
    }

    /// Inserts rows whose values are given one after another, as many as the statement takes;
    /// text cells are ranges of `text`.
    func insert(_ cells: UnsafeBufferPointer<Cell>, text: UnsafeBufferPointer<UInt8>) throws {
        try insert { row in
            for cell in cells { row.add(cell, text: text) }
        }
    }

    /// Binds the row `values` puts, steps the statement, and resets it for the next row.
    func insert(_ values: (inout Row) -> Void) throws {
        var row = Row(handle: handle)
        values(&row)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                                sql: statement.sql)
        }
    }

    /// The values of one row, bound one after another from the first parameter.
    struct Row {
        fileprivate let handle: SQLiteStatement
        private var index: Int32 = 1

        fileprivate init(handle: SQLiteStatement) { self.handle = handle }

        /// SQLite copies the text before the call returns (the Swift string is temporary).
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        mutating func add(_ value: Int64?) {
            if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
            index += 1
        }

        mutating func add(_ cell: Cell, text: UnsafeBufferPointer<UInt8>) {
            switch cell {
            case .int(let value):
                sqlite3_bind_int64(handle, index, value)
            case let .text(offset, count):
                if count > 0, let base = text.baseAddress {
                    // SQLite copies the bytes: the batch's buffer is freed after the write.
                    sqlite3_bind_text(handle, index, UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self),
                                      Int32(count), Row.transient)
                } else {
                    sqlite3_bind_text(handle, index, "", 0, nil)
                }
            case .null:
                sqlite3_bind_null(handle, index)
            }
            index += 1
        }

        /// Bytes as a BLOB (audit hashes), copied by SQLite before the call returns.
        mutating func add(blob bytes: [UInt8]) {
            bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Row.transient) }
            index += 1
        }

        mutating func add(_ value: Int?) { add(value.map(Int64.init)) }
        mutating func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }
        mutating func add(_ value: Money) { add(value.cents) }
        mutating func add(_ value: CivilDate?) { add(value.map(StoredText.date)) }
        mutating func add(_ value: LocalDateTime) { add(StoredText.moment(value)) }

        mutating func add(_ value: String?) {
            if var value {
                value.withUTF8 { bytes in
                    // An empty buffer may have no address, and a null pointer would bind NULL.
                    guard let base = bytes.baseAddress else { sqlite3_bind_text(handle, index, "", 0, nil); return }
                    _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                        sqlite3_bind_text(handle, index, chars, Int32(bytes.count), Row.transient)
                    }
                }
            } else {
                sqlite3_bind_null(handle, index)
            }
            index += 1
        }
    }
}
