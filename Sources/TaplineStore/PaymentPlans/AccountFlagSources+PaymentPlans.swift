import GRDB
import TaplineDomain

extension AccountFlagSources {
    /// PAYMENT PLAN (Charter 5.4): the account has an active flexible payment plan.
    static let paymentPlan: Source = { db, ids in
        guard !ids.isEmpty else { return [:] }
        let flagged = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT account_id FROM payment_plan
            WHERE account_id IN (\(sqlPlaceholders(ids.count))) AND status = 'active'
            """), arguments: StatementArguments(ids))
        return Dictionary(flagged.map { ($0, [AccountFlag.paymentPlan]) }, uniquingKeysWith: +)
    }
}
