import TaplineDomain

/// SQLite's payment arrangements, through `PaymentArrangementRepository`.
extension AppDatabase: PaymentArrangementsStore {
    public func recordPaymentArrangement(_ arrangement: PaymentArrangement, on accountNumber: String, by agent: String,
                                         at time: LocalDateTime) throws {
        try paymentArrangements.record(arrangement, on: accountNumber, by: agent, at: time)
    }

    public func paymentArrangements(for accountNumber: String) throws -> [PaymentArrangement] {
        try paymentArrangements.all(for: accountNumber)
    }

    public func accountsWithPromises(datedFrom from: CivilDate, to: CivilDate, takenBy agent: String?) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT a.number FROM promise_to_pay p JOIN account a ON a.id = p.account_id
                WHERE p.promised_by BETWEEN ? AND ? AND (? IS NULL OR p.agent = ?) ORDER BY a.number
                """, arguments: [from, to, agent, agent])
        }
    }
}
