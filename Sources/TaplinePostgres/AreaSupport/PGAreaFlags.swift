import TaplineDomain

/// The badges complaints, hardship and payment plans give accounts on PostgreSQL, for a batch
/// of accounts: what a lookup row and the account screen show (SQLite's `AccountFlagSources`).
///
/// Each reads through its area's SECURITY DEFINER function, so a trainer, who may read
/// accounts but not customers' complaints, finances or plans, still sees the same badges.
/// The accounts store calls `flags(for:)` once per lookup with every account id on screen.
enum PGAreaFlags {
    /// OPEN COMPLAINT, DISPUTED AMOUNT, HARDSHIP and PAYMENT PLAN by account row id, in display order.
    static func flags(for ids: [Int64], _ connection: PGConnection) throws -> [Int64: [AccountFlag]] {
        guard !ids.isEmpty else { return [:] }
        let array = "{" + ids.map(String.init).joined(separator: ",") + "}"
        var flags: [Int64: Set<AccountFlag>] = [:]
        for row in try connection.execute("SELECT * FROM complaint_flags($1::bigint[])", [array]).rows {
            guard let id = row.int64("account_id") else { continue }
            if row.bool("open_complaint") == true { flags[id, default: []].insert(.openComplaint) }
            if row.bool("disputed_amount") == true { flags[id, default: []].insert(.disputedAmount) }
        }
        for (function, flag) in [("hardship_flags", AccountFlag.hardship), ("payment_plan_flags", .paymentPlan)] {
            for row in try connection.execute("SELECT id FROM \(function)($1::bigint[]) AS id", [array]).rows {
                if let id = row.int64("id") { flags[id, default: []].insert(flag) }
            }
        }
        return flags.mapValues { $0.sorted() }
    }

    /// The badges among `kinds` of one account (by number), none when there is no such account.
    static func flags(forAccount accountNumber: String, among kinds: Set<AccountFlag>, _ connection: PGConnection) throws -> [AccountFlag] {
        guard let id = try connection.execute("SELECT id FROM account WHERE number = $1", [accountNumber]).first?.int64("id") else { return [] }
        return (try flags(for: [id], connection)[id] ?? []).filter(kinds.contains)
    }
}
