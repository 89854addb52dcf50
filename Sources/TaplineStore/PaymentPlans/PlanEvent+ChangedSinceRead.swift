import TaplineDomain

extension PlanEvent {
    /// The change a save based on `read` of these events missed: the first event past them,
    /// or nil when there is none (issue 12 item 3). `events` are in the order they were
    /// recorded, the order both stores count a version in.
    public static func changeMissed(in events: [PlanEvent], read: Int) -> ChangedSinceRead? {
        ChangedSinceRead.missed(in: events, read: read, record: events.indices.contains(read) ? events[read].planID : "") { event in
            (event.agent, event.at, event.headline)
        }
    }

    /// The detail's first sentence, without its full stop: "Instalment 2 of $45.00 paid on Mon 5 Jan 2026".
    public var headline: String {
        let first = detail.components(separatedBy: ". ").first ?? detail
        return first.hasSuffix(".") ? String(first.dropLast()) : first
    }
}

extension PaymentPlansStore {
    /// The version of the account's plans now, as an agent agreeing a new one reads it: how
    /// many status events they have between them (`agreePaymentPlan` checks it).
    public func paymentPlansVersion(forAccount accountNumber: String) throws -> Int {
        try paymentPlanEvents(for: accountNumber).count
    }

    /// The version of one plan now: how many status events it has (every change checks it).
    public func paymentPlanVersion(_ planID: String, onAccount accountNumber: String) throws -> Int {
        try paymentPlanEvents(for: accountNumber).filter { $0.planID == planID }.count
    }
}
