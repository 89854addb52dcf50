import GRDB
import TaplineDomain

extension AccountFlagSources {
    /// CONTACT RESTRICTED: an account with a conduct restriction decided and not yet past its
    /// review date.
    ///
    /// Flag sources take no date, so "today" here is SQLite's `date('now', 'localtime')`: the
    /// console machine's own date, which is the utility's date when the machine runs in the
    /// utility's time zone (as a contact centre's do). Elsewhere the badge can differ from the
    /// banner by the hours between the two midnights, on the day after the review date only.
    /// The start date is not checked, so a restriction decided to start on a later day shows
    /// the badge already. The account screen's banner is the exact statement: it is computed
    /// with the console's date in the utility's zone and shows the dates (`ConductAccountExtras`).
    static let conductRestriction: Source = { db, ids in
        guard !ids.isEmpty else { return [:] }
        let restricted = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT a.id FROM account a JOIN conduct_incident c ON c.account_number = a.number
            WHERE a.id IN (\(sqlPlaceholders(ids.count))) AND c.restriction_review >= date('now', 'localtime')
            """), arguments: StatementArguments(ids))
        return Dictionary(uniqueKeysWithValues: restricted.map { ($0, [AccountFlag.conductRestriction]) })
    }
}
