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

    /// The areas' sources; none of their tables is on PostgreSQL yet.
    static let areas: [Source] = []

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
