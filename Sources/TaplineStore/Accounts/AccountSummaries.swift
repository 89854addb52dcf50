import GRDB
import TaplineDomain

/// Reads lookup rows for a batch of accounts, keeping the order asked for.
enum AccountSummaries {
    static func fetch(ids: [Int64], _ db: Database) throws -> [AccountSummary] {
        guard !ids.isEmpty else { return [] }
        // Cached: a lookup asks for the same number of rows keystroke after keystroke.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.id, a.number, a.balance_cents, p.lines, p.suburb, p.postcode, p.state, c.name, c.phone
            FROM account a
            JOIN address p ON p.id = a.property_address_id
            LEFT JOIN customer c ON c.account_id = a.id AND c.is_primary
            WHERE a.id IN (\(sqlPlaceholders(ids.count)))
            """), arguments: StatementArguments(ids))
        let flags = try AccountFlagSources.flags(for: ids, db)
        var byID: [Int64: AccountSummary] = [:]
        for row in rows {
            let id: Int64 = row[0]
            guard byID[id] == nil else { continue }
            let address = Address(lines: AddressRows.lines(row[3]), suburb: row[4], postcode: row[5], state: row[6])
            byID[id] = AccountSummary(accountNumber: row[1], primaryName: row[7] ?? "", addressLine: address.oneLine,
                                      phone: row[8], balance: Money(cents: row[2]), flags: flags[id] ?? [])
        }
        return ids.compactMap { byID[$0] }
    }
}
