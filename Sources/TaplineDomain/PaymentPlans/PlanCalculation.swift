/// A calculated payment plan: its total, its dated schedule and a plain account of both.
///
/// Charter 5.4(a)-(c): a plan states how the payments were calculated, the period over which
/// they are paid and the amount paid each period. `explanation` says all three in sentences
/// an agent can read out and a letter can print.
public struct PlanCalculation: Codable, Sendable, Hashable {
    public let request: PlanRequest
    /// Charges expected while the plan runs, added to the debt.
    public let expectedChargesTotal: Money
    /// The amount covered (owed less any amount in dispute, Charter 3.1(e)) plus expected
    /// charges: exactly the sum of the instalments.
    public let total: Money
    public let instalments: [Instalment]
    /// For a plan longer than two years, the day it is reviewed with the customer by (Charter
    /// 5.4(d)); nil for a shorter plan. A long plan is allowed: it follows capacity to pay.
    public let reviewBy: CivilDate?
    /// The statement in parts; `explanation` is all of it as text.
    public let explained: PlanExplanation

    init(request: PlanRequest, expectedChargesTotal: Money, instalments: [Instalment], reviewBy: CivilDate?,
         explained: PlanExplanation) {
        self.request = request
        self.expectedChargesTotal = expectedChargesTotal
        self.total = request.amountCovered + expectedChargesTotal
        self.instalments = instalments
        self.reviewBy = reviewBy
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

    /// The amount in dispute left out of the plan (Charter 3.1(e)); zero when none.
    public var amountInDispute: Money { request.amountInDispute }

    /// The instalments as runs of equal amounts, so the count and the amounts add up to the
    /// total: "29 × $126.92 + 1 × $80.14", "3 × $33.34 + 3 × $33.33", "6 × $50.00".
    public var instalmentSummary: String { Self.summary(of: instalments.map(\.amount)) }

    /// A warning for a plan longer than two years, with its review date; nil otherwise.
    public var lengthWarning: String? {
        reviewBy.map { "Long plan (\(instalments.count) \(request.frequency.adjective) instalments, to \(lastDueDate.display)): "
            + "allowed, as it follows capacity to pay (Charter 5.4, 5.5(a)); review it by \($0.display)." }
    }

    /// Consecutive equal amounts counted: "29 × $126.92 + 1 × $80.14".
    public static func summary(of amounts: [Money]) -> String {
        var runs: [(count: Int, amount: Money)] = []
        for amount in amounts {
            if let last = runs.last, last.amount == amount { runs[runs.count - 1].count += 1 } else { runs.append((1, amount)) }
        }
        return runs.map { "\($0.count) × \($0.amount.formatted)" }.joined(separator: " + ")
    }
}
