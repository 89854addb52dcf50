/// An agreed flexible payment plan: its calculation, its instalments as they are paid or
/// missed, and how it ended. Plans are kept for ever; a renegotiated plan keeps the old one.
///
/// Charter 5.4 (plans by capacity to pay, confirmed in writing), 5.4(d) (renegotiation on a
/// change of circumstances), 5.5(b) (confirmation within 10 business days) and 7.1(e)(2)
/// (restriction may follow only when an agreed plan is not complied with).
///
/// Cancellation rule: a plan is cancelled for non-payment when **two instalments in a row**
/// are recorded as missed. One missed payment is often a timing slip (a payday moving, a
/// bank delay) and is followed up by a reminder; two in a row show the plan no longer fits
/// the customer's capacity to pay, which is when the charter's consequences (5.4's count of
/// cancelled plans, 7.1(e)(2)) should start.
public struct PaymentPlan: Codable, Sendable, Hashable, Identifiable {
    /// Missed instalments in a row that cancel a plan.
    public static let missedInARowToCancel = 2

    /// Assigned by the store; unique across all plans.
    public let id: String
    public var accountNumber: String
    public var agreedOn: CivilDate
    /// The agent who agreed the plan with the customer.
    public var agent: String
    public var calculation: PlanCalculation
    /// The schedule, with what happened to each instalment.
    public var instalments: [Instalment]
    public var status: PlanStatus
    /// Recorded when two plans were cancelled in the past 12 months (Charter 5.4).
    public var assurance: ReasonableAssurance?
    /// The hardship assessment the plan was agreed under, if any (Charter 5.6(d)).
    public var hardshipAssessmentID: String?
    /// The plan this one replaced on renegotiation (Charter 5.4(d)).
    public var replaces: String?
    /// The change in circumstances that led to this plan replacing another.
    public var changeOfCircumstances: String
    /// Last day to send the written confirmation (Charter 5.4(e), 5.5(b)).
    public var writtenConfirmationDue: CivilDate

    /// Agrees a plan after checking eligibility (Charter 5.4).
    ///
    /// Refused when two plans were cancelled in the past 12 months and no assurance is given,
    /// or when the first instalment would fall before the day of agreement.
    public static func agree(id: String, accountNumber: String, calculation: PlanCalculation, agreedOn: CivilDate,
                             agent: String, eligibility: PlanEligibility, assurance: ReasonableAssurance? = nil,
                             hardshipAssessmentID: String? = nil, calendar: BusinessCalendar) throws(PlanRefusal) -> PaymentPlan {
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("record which agent agreed the plan") }
        if case .needsAssurance = eligibility, assurance == nil {
            throw PlanRefusal(eligibility.message)
        }
        guard calculation.firstDate >= agreedOn else {
            throw PlanRefusal("the first instalment (\(calculation.firstDate.display)) cannot be before the day "
                              + "the plan is agreed (\(agreedOn.display))")
        }
        return PaymentPlan(id: id, accountNumber: accountNumber, agreedOn: agreedOn, agent: agent,
                           calculation: calculation, instalments: calculation.instalments, status: .active,
                           assurance: assurance, hardshipAssessmentID: hardshipAssessmentID, replaces: nil,
                           changeOfCircumstances: "",
                           writtenConfirmationDue: WrittenConfirmation.due(agreedOn: agreedOn, calendar: calendar))
    }

    // MARK: - How it is going

    public var isActive: Bool { status == .active }

    /// True while the plan is active and no instalment stands missed (Charter 5.6(c): "while
    /// payments are made according to an agreed flexible payment plan"). Paying a missed
    /// instalment late clears it.
    public var isBeingKept: Bool { isActive && !instalments.contains { if case .missed = $0.state { true } else { false } } }

    public var missedInstalments: [Instalment] {
        instalments.filter { if case .missed = $0.state { true } else { false } }
    }

    /// The instalments not yet paid, summed.
    public var amountOutstanding: Money {
        instalments.filter { if case .paid = $0.state { false } else { true } }.map(\.amount).sum()
    }

    /// The next instalment not yet paid or missed.
    public var nextDue: Instalment? { instalments.first { $0.state == .due } }
}
