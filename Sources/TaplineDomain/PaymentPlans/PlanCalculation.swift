/// A calculated payment plan: its total, its dated schedule and a plain account of both.
///
/// Charter 5.4(a)-(c): a plan states how the payments were calculated, the period over which
/// they are paid and the amount paid each period. `explanation` says all three in sentences
/// an agent can read out and a letter can print.
public struct PlanCalculation: Codable, Sendable, Hashable {
    public let request: PlanRequest
    /// Charges expected while the plan runs, added to the debt.
    public let expectedChargesTotal: Money
    /// Debt plus expected charges: exactly the sum of the instalments.
    public let total: Money
    public let instalments: [Instalment]
    /// The statement in parts; `explanation` is all of it as text.
    public let explained: PlanExplanation

    init(request: PlanRequest, expectedChargesTotal: Money, instalments: [Instalment], explained: PlanExplanation) {
        self.request = request
        self.expectedChargesTotal = expectedChargesTotal
        self.total = request.debt + expectedChargesTotal
        self.instalments = instalments
        self.explained = explained
    }

    /// How calculated, the period and the amount each period, one sentence a line (Charter 5.4(a)-(c)).
    public var explanation: String { explained.text }

    /// The amount paid each period (Charter 5.4(c)): the first, and largest, instalment.
    public var amountPerPeriod: Money { instalments[0].amount }
    /// The first day of the plan period (Charter 5.4(b)): the first instalment's scheduled date.
    public var firstDate: CivilDate { instalments[0].scheduledDate }
    /// The last payment day of the plan period (Charter 5.4(b)).
    public var lastDueDate: CivilDate { instalments[instalments.count - 1].dueDate }
}
