import TaplineDomain

/// Reads lookup rows for a batch of accounts in one statement, keeping the order asked for.
enum PGAccountSummaries {
    static func fetch(ids: [Int64], _ connection: PGConnection) throws -> [AccountSummary] {
        guard !ids.isEmpty else { return [] }
        let rows = try connection.execute("""
            SELECT a.id, a.number, a.balance_cents, p.lines, p.suburb, p.postcode, p.state, c.name, c.phone
            FROM account a
            JOIN address p ON p.id = a.property_address_id
            LEFT JOIN LATERAL (SELECT name, phone FROM customer WHERE account_id = a.id AND is_primary ORDER BY position LIMIT 1) c ON true
            WHERE a.id = ANY($1::bigint[])
            """, [PGArray.ids(ids)]).rows
        let flags = try PGAccountFlagSources.flags(for: ids, connection)
        var byID: [Int64: AccountSummary] = [:]
        for row in rows {
            guard let id = row.int64("id"), byID[id] == nil else { continue }
            byID[id] = AccountSummary(accountNumber: row["number"] ?? "", primaryName: row["name"] ?? "",
                                      addressLine: PGAccountRows.address(row).oneLine, phone: row["phone"],
                                      balance: Money(cents: row.int64("balance_cents") ?? 0), flags: flags[id] ?? [])
        }
        return ids.compactMap { byID[$0] }
    }
}
