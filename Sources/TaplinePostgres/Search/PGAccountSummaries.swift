import TaplineDomain

/// Reads lookup rows for a batch of accounts, with every badge, in one statement (planned
/// once per session), keeping the order asked for.
enum PGAccountSummaries {
    static func fetch(ids: [Int64], _ connection: PGConnection) throws -> [AccountSummary] {
        guard !ids.isEmpty else { return [] }
        let rows = try connection.executePrepared("""
            WITH batch AS (SELECT $1::bigint[] AS ids)
            SELECT a.id, a.number, a.balance_cents, a.special_need, a.concession_card, a.occupancy, p.lines, p.suburb, p.postcode, p.state,
                   c.name, c.phone, \(PGAccountFlagSources.columns)
            FROM account a
            JOIN address p ON p.id = a.property_address_id
            LEFT JOIN LATERAL (SELECT name, phone FROM customer WHERE account_id = a.id AND is_primary ORDER BY position LIMIT 1) c ON true
            WHERE a.id = ANY($1::bigint[])
            """, [PGArray.ids(ids)]).rows
        var byID: [Int64: AccountSummary] = [:]
        for row in rows {
            guard let id = row.int64("id"), byID[id] == nil else { continue }
            let own = Account.flags(specialNeed: row["special_need"].flatMap(SpecialNeed.init(rawValue:)),
                                    holdsConcession: row["concession_card"] != nil,
                                    occupancy: row["occupancy"].flatMap(Occupancy.init(rawValue:)) ?? .owner)
            byID[id] = AccountSummary(accountNumber: row["number"] ?? "", primaryName: row["name"] ?? "",
                                      addressLine: PGAccountRows.address(row).oneLine, phone: row["phone"],
                                      balance: Money(cents: row.int64("balance_cents") ?? 0),
                                      flags: PGAccountFlagSources.merged(own: own, areas: PGAccountFlagSources.areaFlags(row)))
        }
        return ids.compactMap { byID[$0] }
    }
}
