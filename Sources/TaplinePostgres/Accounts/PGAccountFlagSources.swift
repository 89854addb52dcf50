import TaplineDomain

/// Where accounts' badges come from on PostgreSQL: one source per area, as on SQLite
/// (`AccountFlagSources`), so lookup rows and the account header never disagree.
///
/// The account's own badges (life support, special needs, concession, tenant) are read with
/// the account row that lookup and the account screen read anyway (`Account.flags`), saving a
/// round trip per keystroke. An area that contributes badges (conduct, complaints, hardship,
/// payment plans) adds a source reading its own tables for a batch of account ids, and one
/// line to `areas`. Each runs once per lookup keystroke for up to 50 accounts: one statement,
/// by an indexed `account_id`.
enum PGAccountFlagSources {
    typealias Source = @Sendable (PGConnection, [Int64]) throws -> [Int64: [AccountFlag]]

    /// The areas' sources: complaints, hardship and plans (`PGAreaFlags`), and conduct's
    /// contact restrictions in force.
    static let areas: [Source] = [{ connection, ids in try PGAreaFlags.flags(for: ids, connection) }, contactRestricted]

    /// CONTACT RESTRICTED, through a function every role may call (incidents themselves are
    /// each agent's own under row-level security).
    static let contactRestricted: Source = { connection, ids in
        let array = "{" + ids.map(String.init).joined(separator: ",") + "}"
        let rows = try connection.execute("SELECT id FROM conduct_restricted_accounts($1::bigint[]) AS id", [array]).rows
        return Dictionary(uniqueKeysWithValues: rows.compactMap { $0.int64("id") }.map { ($0, [AccountFlag.conductRestriction]) })
    }

    /// Each account's own badges with the areas' added, in display order.
    static func flags(own: [Int64: [AccountFlag]], _ connection: PGConnection) throws -> [Int64: [AccountFlag]] {
        var merged = own
        let ids = Array(own.keys)
        for source in areas where !ids.isEmpty {
            for (id, flags) in try source(connection, ids) { merged[id, default: []] += flags }
        }
        return merged.mapValues { Array(Set($0)).sorted() }
    }
}
