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

    /// Points the account's bills at `address` from now on (a move's forwarding address, a
    /// redirection's payer): the property's or the current billing row when it already holds
    /// it, else a new row, since old bills keep the address they were sent to.
    static func pointBilling(ofAccount accountID: Int64, at address: Address, _ db: Database) throws {
        let current = try Row.fetchOne(db, sql: "SELECT billing_address_id, property_address_id FROM account WHERE id = ?",
                                       arguments: [accountID])!
        let billingID = try id(for: address, reusing: [current[0], current[1]], db)
        try db.execute(sql: "UPDATE account SET billing_address_id = ? WHERE id = ?", arguments: [billingID, accountID])
    }
}
