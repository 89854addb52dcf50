import GRDB
import TaplineDomain

/// Reads and writes `address` rows, which are never updated once written.
enum AddressRows {
    /// Street lines as stored: joined by a newline.
    static func lines(_ stored: String) -> [String] {
        stored.isEmpty ? [] : stored.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func fetch(id: Int64, _ db: Database) throws -> Address? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT lines, suburb, postcode, state FROM address WHERE id = ?"),
                         arguments: [id]).map(decode)
    }

    static func decode(_ row: Row) -> Address {
        Address(lines: lines(row["lines"]), suburb: row["suburb"], postcode: row["postcode"], state: row["state"])
    }

    /// The id of a row holding `address`: one of `candidates` when it already holds it (so an
    /// unchanged address is not copied), else a new row.
    static func id(for address: Address, reusing candidates: [Int64], _ db: Database) throws -> Int64 {
        for candidate in candidates where try fetch(id: candidate, db) == address { return candidate }
        return try AccountWriter(db).insert(address)
    }
}
