import TaplineDomain

/// What a payment, a missed instalment or a cancellation does to a plan, and the history
/// entries it leaves: one rule for both stores, which differ only in how they save it.
public enum PlanStatusChange {
    /// A plan's history entries, in order, for one change.
    public typealias Events = [(PlanEvent.Kind, String)]

    /// Records instalment `number` as paid on `date`; completes the plan when all are paid.
    public static func paid(_ plan: inout PaymentPlan, instalment number: Int, on date: CivilDate) throws -> Events {
        try plan.recordPaid(instalment: number, on: date)
        var events: Events = [(.paid, "Instalment \(number) of \(PaymentPlanRepository.amount(of: number, in: plan)) paid on \(date.display).")]
        if case .completed(let on) = plan.status { events.append((.completed, "Every instalment paid; completed on \(on.display).")) }
        return events
    }

    /// Records instalment `number` as missed on `date`; two in a row cancel the plan for
    /// non-payment (`PaymentPlan.missedInARowToCancel`).
    public static func missed(_ plan: inout PaymentPlan, instalment number: Int,
                              on date: CivilDate) throws -> (outcome: PaymentPlan.MissedOutcome, events: Events) {
        let outcome = try plan.recordMissed(instalment: number, on: date)
        var events: Events = [(.missed, "Instalment \(number) of \(PaymentPlanRepository.amount(of: number, in: plan)) recorded missed on \(date.display).")]
        if outcome == .planCancelled {
            events.append((.cancelledForNonPayment, "\(PaymentPlan.missedInARowToCancel) instalments in a row missed: "
                           + "cancelled for non-payment on \(date.display)."))
        }
        return (outcome, events)
    }

    /// Cancels an active plan for a reason other than non-payment, kept with it.
    public static func cancelled(_ plan: inout PaymentPlan, on date: CivilDate, reason: String) throws -> Events {
        try plan.cancel(on: date, reason: reason)
        guard case .cancelled(_, let why) = plan.status else { return [] }
        return [(.cancelled, "Cancelled on \(date.display): \(why)")]
    }
}
