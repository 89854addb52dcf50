import TaplineDomain

/// The SQLite store's payment plans, through the GRDB repository (`PaymentPlanRepository`).
extension AppDatabase: PaymentPlansStore {
    public func agreePaymentPlan(readVersion: Int, by agent: String, at time: LocalDateTime,
                                 _ make: (String) throws -> PaymentPlan) throws -> PaymentPlan {
        try paymentPlans.agree(readVersion: readVersion, by: agent, at: time, make)
    }

    public func renegotiatePaymentPlan(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                                       _ make: (String, PaymentPlan) throws -> (old: PaymentPlan, new: PaymentPlan)) throws
        -> (old: PaymentPlan, new: PaymentPlan) {
        try paymentPlans.renegotiate(planID, readVersion: readVersion, by: agent, at: time, make)
    }

    public func recordInstalmentPaid(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate, by agent: String,
                                     at time: LocalDateTime) throws -> PaymentPlan {
        try paymentPlans.recordPaid(planID, readVersion: readVersion, instalment: number, on: date, by: agent, at: time)
    }

    public func recordInstalmentMissed(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate, by agent: String,
                                       at time: LocalDateTime) throws -> (plan: PaymentPlan, outcome: PaymentPlan.MissedOutcome) {
        try paymentPlans.recordMissed(planID, readVersion: readVersion, instalment: number, on: date, by: agent, at: time)
    }

    public func cancelPaymentPlan(_ planID: String, readVersion: Int, on date: CivilDate, reason: String, by agent: String,
                                  at time: LocalDateTime) throws -> PaymentPlan {
        try paymentPlans.cancel(planID, readVersion: readVersion, on: date, reason: reason, by: agent, at: time)
    }

    public func paymentPlans(for accountNumber: String) throws -> [PaymentPlan] { try paymentPlans.plans(for: accountNumber) }

    public func paymentPlan(_ id: String) throws -> PaymentPlan? { try paymentPlans.plan(id) }

    public func paymentPlanEvents(for accountNumber: String) throws -> [PlanEvent] { try paymentPlans.events(for: accountNumber) }

    public func paymentPlanFlags(forAccount accountNumber: String) throws -> [AccountFlag] {
        try flags(forAccount: accountNumber, from: AccountFlagSources.paymentPlan)
    }
}
