import TaplineDomain

/// Where accounts' badges come from on PostgreSQL: one source per area, as on SQLite
/// (`AccountFlagSources`), so lookup rows and the account header never disagree.
///
/// The account's own badges (life support, special needs, concession, tenant) are read with
/// the account row (`Account.flags`). Each area that gives badges (complaints, hardship,
/// payment plans, conduct) answers through its own SECURITY DEFINER function, so a trainer,
/// who may read accounts but not customers' complaints, finances, plans or incidents, still
/// sees the same badges; an area adds one line to `areas`. The areas' badges are columns of
/// the statement that reads the accounts' rows (`columns`), so a lookup keystroke reads a
/// page's rows and all their badges in one round trip.
enum PGAccountFlagSources {
    /// One badge: a boolean SQL expression over the account row `a`, reading the batch's account
    /// ids from `batch` (a `WITH batch AS (SELECT … AS ids)` the statement starts with), so
    /// each function is called once per statement, not once per row.
    struct Badge {
        let flag: AccountFlag
        let sql: String
    }

    /// The areas' badges: complaints (OPEN COMPLAINT, DISPUTED AMOUNT), hardship, payment
    /// plans, and conduct's contact restrictions in force today.
    static let areas: [Badge] = [
        Badge(flag: .openComplaint, sql: "a.id IN (SELECT account_id FROM complaint_flags((SELECT ids FROM batch)) WHERE open_complaint)"),
        Badge(flag: .disputedAmount, sql: "a.id IN (SELECT account_id FROM complaint_flags((SELECT ids FROM batch)) WHERE disputed_amount)"),
        Badge(flag: .hardship, sql: "a.id IN (SELECT hardship_flags((SELECT ids FROM batch)))"),
        Badge(flag: .paymentPlan, sql: "a.id IN (SELECT payment_plan_flags((SELECT ids FROM batch)))"),
        Badge(flag: .conductRestriction, sql: "a.id IN (SELECT conduct_restricted_accounts((SELECT ids FROM batch)))"),
    ]

    /// The badges as select-list columns (`badge_0`, `badge_1`…) for a statement over `account a`.
    static let columns = areas.enumerated().map { "\($0.element.sql) AS badge_\($0.offset)" }.joined(separator: ", ")

    /// The areas' badges held by the account in `row` (read with `columns`).
    static func areaFlags(_ row: PGRow) -> [AccountFlag] {
        areas.indices.compactMap { row.bool("badge_\($0)") == true ? areas[$0].flag : nil }
    }

    /// Each account's own badges with the areas' added, in display order.
    static func merged(own: [AccountFlag], areas: [AccountFlag]) -> [AccountFlag] {
        Array(Set(own + areas)).sorted()
    }

    /// The areas' badges of a batch of accounts by row id, in one statement.
    static func areaFlags(for ids: [Int64], _ connection: PGConnection) throws -> [Int64: [AccountFlag]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try connection.executePrepared("""
            WITH batch AS (SELECT $1::bigint[] AS ids) SELECT a.id, \(columns) FROM account a WHERE a.id = ANY($1::bigint[])
            """, [PGArray.ids(ids)]).rows
        return Dictionary(rows.compactMap { row in row.int64("id").map { ($0, areaFlags(row)) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The badges among `kinds` of one account (by number), none when there is no such account.
    static func flags(forAccount accountNumber: String, among kinds: Set<AccountFlag>, _ connection: PGConnection) throws -> [AccountFlag] {
        let rows = try connection.executePrepared("""
            WITH batch AS (SELECT array_agg(id) AS ids FROM account WHERE number = $1)
            SELECT a.id, \(columns) FROM account a WHERE a.number = $1
            """, [accountNumber]).rows
        return rows.first.map { areaFlags($0).filter(kinds.contains) } ?? []
    }
}
