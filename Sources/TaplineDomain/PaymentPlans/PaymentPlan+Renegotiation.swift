/// Renegotiating a plan when the customer's circumstances change (Charter 5.4(d)).
extension PaymentPlan {
    /// Replaces this active plan with a new one, keeping this one as `renegotiated`.
    ///
    /// Charter 5.4(d): a plan can be "renegotiated at the request of a customer if there is a
    /// demonstrable change in their circumstances", so the change must be written down. The
    /// old plan keeps its history and points to the new one; the new one points back. A
    /// renegotiation is not a new offer, so the 5.4 count of cancelled plans does not apply.
    ///
    /// - Returns: the old plan marked renegotiated, and the new active plan.
    public func renegotiated(newID: String, calculation: PlanCalculation, on date: CivilDate, agent: String,
                             changeOfCircumstances: String, calendar: BusinessCalendar) throws(PlanRefusal) -> (old: PaymentPlan, new: PaymentPlan) {
        guard isActive else { throw PlanRefusal("only an active plan can be renegotiated; this one is \(status.displayName.lowercased())") }
        let change = changeOfCircumstances.trimmingCharactersWhitespace()
        guard !change.isEmpty else {
            throw PlanRefusal("describe the change in the customer's circumstances (Charter 5.4(d))")
        }
        guard date >= agreedOn else { throw PlanRefusal("a plan cannot be renegotiated before it was agreed (\(agreedOn.display))") }
        var new = try PaymentPlan.agree(id: newID, accountNumber: accountNumber, calculation: calculation, agreedOn: date,
                                        agent: agent, eligibility: .eligible, hardshipAssessmentID: hardshipAssessmentID,
                                        calendar: calendar)
        new.replaces = id
        new.changeOfCircumstances = change
        var old = self
        old.status = .renegotiated(replacedBy: newID, on: date)
        return (old, new)
    }
}
