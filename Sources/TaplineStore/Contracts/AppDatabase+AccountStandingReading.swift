import TaplineDomain

extension AppDatabase: AccountStandingReading {
    public func standing(ofAccount accountNumber: String) throws -> AccountStanding? {
        try writer.read { db in
            guard let id = try AccountRows.identity(of: accountNumber, db)?.id, let account = try AccountRows.fetch(id: id, db) else {
                return nil
            }
            return AccountStanding(account: account, bills: try HistoryRows.bills(accountID: id, accountNumber: accountNumber, db),
                                   payments: try HistoryRows.payments(accountID: id, db))
        }
    }

    /// The badges one flag source gives an account (none when there is no such account).
    func flags(forAccount accountNumber: String, from source: AccountFlagSources.Source) throws -> [AccountFlag] {
        try writer.read { db in
            guard let id = try AccountRows.identity(of: accountNumber, db)?.id else { return [] }
            return try source(db, [id])[id] ?? []
        }
    }
}
