import TaplineDomain

/// Flexible payment plans (Charter 5.4): agreed, paid, missed, renegotiated and cancelled.
///
/// Numbers are "PP-YYYY-NNNNNN", never given twice. Every change reads the saved plan, applies
/// the domain rule and writes it back with its status-history event and an audit entry in one
/// transaction, so two agents recording on one plan cannot undo each other. An account has at
/// most one active plan. Domain refusals (`PlanRefusal`) pass through unchanged.
///
/// Every save also carries the version the agent read (issue 12 item 3): how many status
/// events the plan had (`paymentPlanVersion`), or for a new plan how many the account's plans
/// had (`paymentPlansVersion`). When more are stored, someone changed it after the agent
/// looked, and the save is refused with `ChangedSinceRead` naming the first such change; the
/// check is in the saving transaction, with the plan rows locked on PostgreSQL.
public protocol PaymentPlansStore: AccountStandingReading {
    /// Allocates the next number, lets `make` build the plan, and saves it with its "agreed" event.
    func agreePaymentPlan(readVersion: Int, by agent: String, at time: LocalDateTime,
                          _ make: (String) throws -> PaymentPlan) throws -> PaymentPlan
    /// Replaces an active plan (5.4(d)): the old one kept as renegotiated, the new one numbered next.
    func renegotiatePaymentPlan(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                                _ make: (String, PaymentPlan) throws -> (old: PaymentPlan, new: PaymentPlan)) throws
        -> (old: PaymentPlan, new: PaymentPlan)
    /// Records instalment `number` paid on `date`; completes the plan when all are paid.
    func recordInstalmentPaid(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate, by agent: String,
                              at time: LocalDateTime) throws -> PaymentPlan
    /// Records instalment `number` missed on `date`; two in a row cancel the plan for non-payment.
    func recordInstalmentMissed(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate, by agent: String,
                                at time: LocalDateTime) throws -> (plan: PaymentPlan, outcome: PaymentPlan.MissedOutcome)
    /// Cancels an active plan for a reason other than non-payment, kept with it.
    func cancelPaymentPlan(_ planID: String, readVersion: Int, on date: CivilDate, reason: String, by agent: String,
                           at time: LocalDateTime) throws -> PaymentPlan
    /// Every plan of the account, oldest first (renegotiated and cancelled ones included).
    func paymentPlans(for accountNumber: String) throws -> [PaymentPlan]
    func paymentPlan(_ id: String) throws -> PaymentPlan?
    /// The status history of every plan of the account, oldest first.
    func paymentPlanEvents(for accountNumber: String) throws -> [PlanEvent]
    /// The account's PAYMENT PLAN badge, as lookups and the account screen show it.
    func paymentPlanFlags(forAccount accountNumber: String) throws -> [AccountFlag]
}
