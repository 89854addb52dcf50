/// Works out a flexible payment plan from the debt, expected charges and capacity to pay.
///
/// Charter 5.4: plans are made "in accordance with the customer's capacity to pay" and state
/// how the payments were calculated, the period and the amount each period.
///
/// - Total: the debt plus the charges expected over the plan period (`ExpectedCharges`).
/// - Sized by instalment (the customer's capacity to pay): the fewest instalments `n` with
///   `n × instalment ≥ debt + charges over n periods` — `ceil(total / instalment)` — every
///   instalment equal and the last one smaller, so the schedule sums exactly to the total.
/// - Sized by count: the total split equally; the odd cents go one each to the first
///   instalments, so amounts differ by at most a cent and sum exactly to the total.
/// - Dates: instalment `i` is scheduled `i` periods after the start. A scheduled date that is
///   a weekend or public holiday is due on the next business day instead (Charter Part C):
///   banks are closed, so a payment made that day by transfer, BPAY or direct debit is not
///   processed, and a customer cannot be in default on a day they could not pay.
/// - Limit: a plan runs for at most `maximumMonths` (2 years): 104 weekly, 52 fortnightly
///   or 24 monthly instalments. Longer plans rarely succeed and the usage charges during
///   them grow the debt they are meant to clear.
public enum PaymentPlanCalculator {
    /// The longest plan, in months.
    public static let maximumMonths = 24

    public static func calculate(_ request: PlanRequest, calendar: BusinessCalendar) throws(PlanRefusal) -> PlanCalculation {
        guard request.debt > .zero else {
            throw PlanRefusal("the amount owed must be more than $0.00 to set up a plan (it is \(request.debt.formatted))")
        }
        guard !request.expectedCharges.isNegative else { throw PlanRefusal("expected charges cannot be negative") }
        let frequency = request.frequency
        let limit = frequency.maximumInstalments
        func charges(_ n: Int) -> Money {
            request.expectedCharges.total(instalments: n, frequency: frequency, start: request.start)
        }

        let amounts: [Money]
        switch request.sizing {
        case .instalment(let instalment):
            guard instalment > .zero else {
                throw PlanRefusal("the instalment must be more than $0.00 (it is \(instalment.formatted))")
            }
            let oneInstalmentTotal = request.debt + charges(1)
            guard instalment <= oneInstalmentTotal else {
                throw PlanRefusal("an instalment of \(instalment.formatted) is more than the whole amount of "
                                  + "\(oneInstalmentTotal.formatted); the customer can pay it in one payment")
            }
            guard let count = (1...limit).first(where: { instalment * $0 >= request.debt + charges($0) }) else {
                let longest = request.debt + charges(limit)
                let smallest = Money(cents: (longest.cents + Int64(limit) - 1) / Int64(limit))
                throw PlanRefusal("at \(instalment.formatted) a \(frequency.noun) the plan would run longer than "
                                  + "\(maximumMonths / 12) years (\(limit) \(frequency.adjective) instalments), the longest allowed; "
                                  + "the smallest \(frequency.adjective) instalment that clears it in time is \(smallest.formatted)")
            }
            let total = request.debt + charges(count)
            amounts = Array(repeating: instalment, count: count - 1) + [total - instalment * (count - 1)]
        case .instalments(let count):
            guard count >= 1 else { throw PlanRefusal("a plan needs at least one instalment") }
            guard count <= limit else {
                throw PlanRefusal("a plan can have at most \(limit) \(frequency.adjective) instalments "
                                  + "(\(maximumMonths / 12) years); \(count) were asked for")
            }
            amounts = (request.debt + charges(count)).split(into: count)
        }

        let instalments = amounts.enumerated().map { index, amount in
            let scheduled = frequency.scheduledDate(ofInstalment: index, from: request.start)
            return Instalment(number: index + 1, scheduledDate: scheduled,
                              dueDate: calendar.nextBusinessDay(onOrAfter: scheduled), amount: amount)
        }
        let chargesTotal = charges(instalments.count)
        return PlanCalculation(request: request, expectedChargesTotal: chargesTotal, instalments: instalments,
                               explained: explain(request, chargesTotal: chargesTotal, instalments: instalments))
    }

    /// The Charter 5.4(a)-(c) statement: how calculated, over what period, how much each period.
    static func explain(_ request: PlanRequest, chargesTotal: Money, instalments: [Instalment]) -> PlanExplanation {
        let frequency = request.frequency
        let count = instalments.count
        let total = request.debt + chargesTotal
        let periods = "\(count) \(frequency.noun)\(count == 1 ? "" : "s")"
        var lines: [String] = []

        switch request.expectedCharges {
        case .none:
            lines.append("Amount owed: \(request.debt.formatted). No further charges are expected during the plan.")
        case .perPeriod(let amount):
            lines.append("Amount owed \(request.debt.formatted), plus expected charges of \(amount.formatted) a \(frequency.noun) "
                         + "for \(periods) (\(chargesTotal.formatted)): \(total.formatted) in total.")
        case .perDay(let amount):
            let days = request.start.days(until: frequency.scheduledDate(ofInstalment: count, from: request.start))
            lines.append("Amount owed \(request.debt.formatted), plus expected charges of \(amount.formatted) a day "
                         + "for \(days) days (\(chargesTotal.formatted)): \(total.formatted) in total.")
        }

        let first = instalments[0].amount
        let last = instalments[count - 1].amount
        switch request.sizing {
        case .instalment:
            if count == 1 {
                lines.append("Set from a capacity to pay of \(first.formatted) a \(frequency.noun): one payment of \(first.formatted).")
            } else if first == last {
                lines.append("Set from a capacity to pay of \(first.formatted) a \(frequency.noun): "
                             + "\(count) \(frequency.adjective) instalments of \(first.formatted).")
            } else {
                lines.append("Set from a capacity to pay of \(first.formatted) a \(frequency.noun): "
                             + "\(count - 1) \(frequency.adjective) instalment\(count == 2 ? "" : "s") of \(first.formatted) "
                             + "and a last instalment of \(last.formatted).")
            }
        case .instalments:
            if first == last {
                lines.append("Split equally into \(count) \(frequency.adjective) instalment\(count == 1 ? "" : "s") of \(first.formatted).")
            } else {
                let larger = instalments.filter { $0.amount == first }.count
                lines.append("Split equally into \(count) \(frequency.adjective) instalments: the first \(larger) of "
                             + "\(first.formatted) and the other \(count - larger) of \(last.formatted) (the odd cents go first).")
            }
        }

        let period = "Paid over \(periods), from \(instalments[0].dueDate.display) to \(instalments[count - 1].dueDate.display)."
        let each: String
        switch request.sizing {
        case _ where first == last: each = first.formatted
        case .instalment: each = "\(first.formatted) (the last one \(last.formatted))"
        case .instalments: each = "\(first.formatted) or \(last.formatted), as in the schedule"
        }
        let moved = instalments.filter(\.wasMoved)
        let movedDates = moved.isEmpty ? nil
            : "Instalments falling on a weekend or public holiday are due the next business day: "
                + moved.map { "\($0.scheduledDate.display) → \($0.dueDate.display)" }.joined(separator: ", ") + "."
        return PlanExplanation(howCalculated: lines, period: period, amountEachPeriod: "Amount each \(frequency.noun): \(each).",
                               movedDates: movedDates)
    }
}
