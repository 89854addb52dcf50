import TaplineDomain

/// Where accounts' badges come from on PostgreSQL: one source per area, as on SQLite
/// (`AccountFlagSources`), so lookup rows and the account header never disagree.
///
/// An area that contributes badges (conduct, complaints, hardship, payment plans) adds a
/// source reading its own tables for a batch of account ids, and one line to `all`. Each runs
/// once per lookup keystroke for up to 50 accounts: one statement, by an indexed `account_id`.
enum PGAccountFlagSources {
    typealias Source = @Sendable (PGConnection, [Int64]) throws -> [Int64: [AccountFlag]]

    static let all: [Source] = [accountDetails]

    /// All flags of each account, in display order.
    static func flags(for ids: [Int64], _ connection: PGConnection) throws -> [Int64: [AccountFlag]] {
        guard !ids.isEmpty else { return [:] }
        var merged: [Int64: [AccountFlag]] = [:]
        for source in all {
            for (id, flags) in try source(connection, ids) { merged[id, default: []] += flags }
        }
        return merged.mapValues { Array(Set($0)).sorted() }
    }

    /// Life support or special needs (Charter 9.5), concession (5.3), tenant.
    static let accountDetails: Source = { connection, ids in
        let rows = try connection.execute("""
            SELECT id, special_need, concession_card, occupancy FROM account WHERE id = ANY($1::bigint[])
            """, [PGArray.ids(ids)]).rows
        var flags: [Int64: [AccountFlag]] = [:]
        for row in rows {
            guard let id = row.int64("id") else { continue }
            flags[id] = Account.flags(specialNeed: row["special_need"].flatMap(SpecialNeed.init(rawValue:)),
                                      holdsConcession: row["concession_card"] != nil,
                                      occupancy: row["occupancy"].flatMap(Occupancy.init(rawValue:)) ?? .owner)
        }
        return flags
    }
}
