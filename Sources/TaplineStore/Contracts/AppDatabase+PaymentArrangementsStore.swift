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
}
