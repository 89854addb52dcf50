/// Recording instalments as paid or missed, and cancellation for non-payment.
extension PaymentPlan {
    /// What recording a missed instalment did to the plan.
    public enum MissedOutcome: Equatable, Sendable {
        case recorded
        /// Two instalments in a row are missed: the plan is now cancelled for non-payment.
        case planCancelled
    }

    /// Records instalment `number` (1 for the first) as paid on a date; completes the plan
    /// when every instalment is paid. A missed instalment paid late becomes paid.
    public mutating func recordPaid(instalment number: Int, on date: CivilDate) throws(PlanRefusal) {
        let index = try activeIndex(of: number)
        if case .paid(let earlier) = instalments[index].state {
            throw PlanRefusal("instalment \(number) was already recorded as paid on \(earlier.display)")
        }
        instalments[index].state = .paid(on: date)
        let paidDates = instalments.compactMap { if case .paid(let d) = $0.state { d } else { nil } }
        if paidDates.count == instalments.count, let last = paidDates.max() {
            status = .completed(on: last)
        }
    }

    /// Records instalment `number` as missed; two in a row cancel the plan for non-payment.
    ///
    /// An instalment can be recorded missed only after its due date has passed.
    @discardableResult
    public mutating func recordMissed(instalment number: Int, on date: CivilDate) throws(PlanRefusal) -> MissedOutcome {
        let index = try activeIndex(of: number)
        let instalment = instalments[index]
        switch instalment.state {
        case .paid(let d): throw PlanRefusal("instalment \(number) was paid on \(d.display)")
        case .missed(let d): throw PlanRefusal("instalment \(number) was already recorded as missed on \(d.display)")
        case .due: break
        }
        guard date > instalment.dueDate else {
            throw PlanRefusal("instalment \(number) is due on \(instalment.dueDate.display); it can be recorded as missed from the day after")
        }
        instalments[index].state = .missed(recordedOn: date)
        if longestMissedRun >= Self.missedInARowToCancel {
            status = .cancelledForNonPayment(on: date)
            return .planCancelled
        }
        return .recorded
    }

    /// Ends an active plan early for a reason other than non-payment (the customer asked, or
    /// paid another way); the reason is kept with the plan.
    public mutating func cancel(on date: CivilDate, reason: String) throws(PlanRefusal) {
        guard isActive else { throw PlanRefusal("the plan is \(status.displayName.lowercased()); it can no longer be changed") }
        let why = reason.trimmingCharactersWhitespace()
        guard !why.isEmpty else { throw PlanRefusal("write down why the plan is being cancelled") }
        guard date >= agreedOn else { throw PlanRefusal("a plan cannot be cancelled before it was agreed (\(agreedOn.display))") }
        status = .cancelled(on: date, reason: why)
    }

    /// The most instalments in a row that stand missed.
    var longestMissedRun: Int {
        var longest = 0
        var run = 0
        for instalment in instalments {
            if case .missed = instalment.state { run += 1 } else { run = 0 }
            longest = max(longest, run)
        }
        return longest
    }

    private func activeIndex(of number: Int) throws(PlanRefusal) -> Int {
        guard isActive else { throw PlanRefusal("the plan is \(status.displayName.lowercased()); it can no longer be changed") }
        guard let index = instalments.firstIndex(where: { $0.number == number }) else {
            throw PlanRefusal("the plan has no instalment \(number) (it has \(instalments.count))")
        }
        return index
    }
}
