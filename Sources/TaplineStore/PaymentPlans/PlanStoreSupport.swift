import Foundation
import GRDB

/// JSON bodies and yearly numbers for the hardship, payment plan and collections tables, on
/// either store.
///
/// Bodies are encoded with sorted keys so the same value always gives the same text (easy to
/// compare in the sqlite3 shell and in tests).
public enum PlanStoreSupport {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The next number of a yearly series in `table`: "HA-2026-000007" after "HA-2026-000006".
    ///
    /// Call inside the write transaction that inserts the row: SQLite lets one writer at a
    /// time in, so two consoles can never be given the same number, and `UNIQUE (year,
    /// serial)` would refuse it if they were.
    static func nextNumber(prefix: String, table: String, year: Int, _ db: Database) throws -> (id: String, serial: Int) {
        let last = try Int.fetchOne(db, sql: "SELECT MAX(serial) FROM \(table) WHERE year = ?", arguments: [year]) ?? 0
        return (number(prefix: prefix, year: year, serial: last + 1), last + 1)
    }

    /// "HA-2026-000007": the prefix, the year, and the serial in six digits.
    public static func number(prefix: String, year: Int, serial: Int) -> String {
        let digits = String(serial)
        return "\(prefix)-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
