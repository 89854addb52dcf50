import GRDB
import TaplineDomain

extension AccountFlagSources {
    /// OPEN COMPLAINT and DISPUTED AMOUNT badges from the complaints register (Charter 3.1, 3.1(e)).
    ///
    /// Flag sources are given no date, so these badges are read from stored status alone:
    /// - open complaint: a complaint not closed;
    /// - disputed amount: a complaint with a disputed amount that is neither marked resolved
    ///   nor closed.
    ///
    /// The exact hold on a disputed amount depends on today (`Complaint.collectionHold`: the
    /// 10 business days of 3.2(b) keep running after a complaint is closed); the account
    /// screen's complaints banner works it out with today's date, and collection decisions
    /// must use that, not the badge.
    static let complaints: Source = { db, ids in
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT account_id,
                   MAX(status <> 'closed'),
                   MAX(disputed_cents IS NOT NULL AND status NOT IN ('resolved', 'closed'))
            FROM complaint WHERE account_id IN (\(sqlPlaceholders(ids.count))) GROUP BY account_id
            """), arguments: StatementArguments(ids))
        var flags: [Int64: [AccountFlag]] = [:]
        while let row = try rows.next() {
            var list: [AccountFlag] = []
            if row[1] as Bool { list.append(.openComplaint) }
            if row[2] as Bool { list.append(.disputedAmount) }
            if !list.isEmpty { flags[row[0]] = list }
        }
        return flags
    }
}
