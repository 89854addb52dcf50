import GRDB
import TaplineDomain

/// Where accounts' badges come from: one source per area that contributes flags.
///
/// A later area (hardship, complaints, payment plans, conduct) adds a function here that
/// reads its own tables for a batch of accounts, and one line to `all`. Lookups and the
/// account screen both ask through here, so a badge can never show in one and not the other.
/// On PostgreSQL the areas' badges come from `PGAccountFlagSources` (TaplinePostgres),
/// which reads the same rules through SECURITY DEFINER functions.
enum AccountFlagSources {
    /// Flags for a batch of accounts, keyed by account row id.
    ///
    /// Every lookup keystroke runs every source for up to 50 accounts, so a source should read
    /// through `db.cachedStatement(sql:)` (preparing a statement costs more than running it)
    /// and by an indexed `account_id`.
    typealias Source = @Sendable (Database, [Int64]) throws -> [Int64: [AccountFlag]]

    static let all: [Source] = [
        accountDetails,
        conductRestriction,
        complaints,
        hardship,
        paymentPlan,
    ]

    /// All flags of each account, in display order.
    static func flags(for ids: [Int64], _ db: Database) throws -> [Int64: [AccountFlag]] {
        var merged: [Int64: [AccountFlag]] = [:]
        for source in all {
            for (id, flags) in try source(db, ids) { merged[id, default: []] += flags }
        }
        return merged.mapValues { Array(Set($0)).sorted() }
    }

    /// Life support or special needs (Charter 9.5), concession (5.3), tenant.
    static let accountDetails: Source = { db, ids in
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, special_need, concession_card, occupancy FROM account WHERE id IN (\(sqlPlaceholders(ids.count)))
            """), arguments: StatementArguments(ids))
        var flags: [Int64: [AccountFlag]] = [:]
        while let row = try rows.next() {
            flags[row[0]] = Account.flags(specialNeed: (row[1] as String?).flatMap(SpecialNeed.init(rawValue:)),
                                          holdsConcession: (row[2] as String?) != nil,
                                          occupancy: Occupancy(rawValue: row[3]) ?? .owner)
        }
        return flags
    }
}

/// "?,?,?" for an `IN (…)` list of `count` values.
func sqlPlaceholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ",")
}
