import GRDB
import TaplineDomain

extension AccountFlagSources {
    /// HARDSHIP (Charter 5.6): the latest assessment found the customer in hardship and the
    /// policy has not ceased since (5.6(j)).
    ///
    /// A passed review date (5.6(k)) does not take the badge away: the review is when the
    /// customer is assessed again, and only that new assessment, or a cessation, ends it.
    /// The account screen's banner says when a review is due.
    static let hardship: Source = { db, ids in
        guard !ids.isEmpty else { return [:] }
        let flagged = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT a.account_id FROM hardship_assessment a
            WHERE a.account_id IN (\(sqlPlaceholders(ids.count))) AND a.outcome = 'inHardship'
              AND NOT EXISTS (SELECT 1 FROM hardship_assessment later WHERE later.account_id = a.account_id
                              AND (later.assessed_at, later.serial) > (a.assessed_at, a.serial))
              AND NOT EXISTS (SELECT 1 FROM hardship_cessation c WHERE c.account_id = a.account_id
                              AND c.on_date >= substr(a.assessed_at, 1, 10))
            """), arguments: StatementArguments(ids))
        return Dictionary(flagged.map { ($0, [AccountFlag.hardship]) }, uniquingKeysWith: +)
    }
}
