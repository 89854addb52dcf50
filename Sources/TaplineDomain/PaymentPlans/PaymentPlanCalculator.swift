/// Works out a flexible payment plan from the debt, expected charges and capacity to pay.
///
/// Charter 5.4: plans are made "in accordance with the customer's capacity to pay" and state
/// how the payments were calculated, the period and the amount each period.
///
/// - Amount covered: the amount owed less any amount in dispute, which Charter 3.1(e) does not
///   let us recover until the dispute is resolved (`PlanRequest.amountCovered`).
/// - Total: the amount covered plus the charges expected over the plan period (`ExpectedCharges`).
/// - Sized by instalment (the customer's capacity to pay): the fewest instalments `n` with
///   `n × instalment ≥ covered + charges over n periods` — `ceil(total / instalment)` — every
///   instalment equal and the last one smaller, so the schedule sums exactly to the total.
/// - Sized by count: the total split equally; the odd cents go one each to the first
///   instalments, so amounts differ by at most a cent and sum exactly to the total.
/// - Dates: instalment `i` is scheduled `i` periods after the start. A scheduled date that is
///   a weekend or public holiday is due on the next business day instead (Charter Part C):
///   banks are closed, so a payment made that day by transfer, BPAY or direct debit is not
///   processed, and a customer cannot be in default on a day they could not pay.
/// - Length: never a reason to refuse. Charter 5.4 and 5.5(a) make a plan follow the
///   customer's capacity to pay and set no longest period, so a plan sized by capacity runs as
///   long as it takes. A plan longer than `longPlanMonths` carries a warning and a review date
///   (`PlanCalculation.reviewBy`, `lengthWarning`). Refused only are an instalment that never
///   pays the debt down (it does not cover the charges expected each period) and a schedule
///   beyond `longestScheduleYears`, which no payment plan can mean.
public enum PaymentPlanCalculator {
    /// A plan longer than this many months is marked long and given a review date.
    public static let longPlanMonths = 24
    /// A long plan is reviewed with the customer within this many months of its first instalment.
    public static let reviewMonths = 12
    /// The furthest a schedule is worked out: far beyond any plan, so only an instalment too
    /// small ever to clear the debt reaches it.
    public static let longestScheduleYears = 100

    public static func calculate(_ request: PlanRequest, calendar: BusinessCalendar) throws(PlanRefusal) -> PlanCalculation {
        guard request.debt > .zero else {
            throw PlanRefusal("the amount owed must be more than $0.00 to set up a plan (it is \(request.debt.formatted))")
        }
        guard !request.amountInDispute.isNegative else { throw PlanRefusal("the amount in dispute cannot be negative") }
        // Charter 3.1(e): an amount in dispute is not recovered until the dispute is resolved.
        guard request.amountCovered > .zero else {
            throw PlanRefusal("all of the \(request.debt.formatted) owed is in dispute (\(request.amountInDispute.formatted)): "
                              + "it is not recovered until the dispute is resolved (Charter 3.1(e)), so there is nothing for a plan to cover")
        }
        guard !request.expectedCharges.isNegative else { throw PlanRefusal("expected charges cannot be negative") }
        let frequency = request.frequency
        let covered = request.amountCovered
        let limit = frequency.longestSchedule
        func charges(_ n: Int) -> Money {
            request.expectedCharges.total(instalments: n, frequency: frequency, start: request.start)
        }

        let amounts: [Money]
        switch request.sizing {
        case .instalment(let instalment):
            guard instalment > .zero else {
                throw PlanRefusal("the instalment must be more than $0.00 (it is \(instalment.formatted))")
            }
            let oneInstalmentTotal = covered + charges(1)
            guard instalment <= oneInstalmentTotal else {
                throw PlanRefusal("an instalment of \(instalment.formatted) is more than the whole amount of "
                                  + "\(oneInstalmentTotal.formatted); the customer can pay it in one payment")
            }
            let year = frequency.frequency.timesPerYear
            guard instalment * year > charges(year) else {
                throw PlanRefusal("at \(instalment.formatted) a \(frequency.noun) the instalment does not cover the charges "
                                  + "expected each \(frequency.noun) (\(charges(year).divided(by: year).formatted)), so the amount owed "
                                  + "would never go down; an instalment above the expected charges pays it off")
            }
            guard let count = Self.fewestInstalments(limit, { instalment * $0 >= covered + charges($0) }) else {
                throw PlanRefusal("at \(instalment.formatted) a \(frequency.noun) the plan would not clear \(covered.formatted) in "
                                  + "\(longestScheduleYears) years: an instalment this small cannot pay it off. Talk with the customer "
                                  + "about the Hardship Policy, the Utility Relief Grant and a free financial counsellor (Charter 5.5(e), 5.6(g))")
            }
            let total = covered + charges(count)
            amounts = Array(repeating: instalment, count: count - 1) + [total - instalment * (count - 1)]
        case .instalments(let count):
            guard count >= 1 else { throw PlanRefusal("a plan needs at least one instalment") }
            guard count <= limit else {
                throw PlanRefusal("\(count) \(frequency.adjective) instalments would run for more than \(longestScheduleYears) years")
            }
            amounts = (covered + charges(count)).split(into: count)
        }

        let instalments = amounts.enumerated().map { index, amount in
            let scheduled = frequency.scheduledDate(ofInstalment: index, from: request.start)
            return Instalment(number: index + 1, scheduledDate: scheduled,
                              dueDate: calendar.nextBusinessDay(onOrAfter: scheduled), amount: amount)
        }
        let chargesTotal = charges(instalments.count)
        let reviewBy = review(instalments, calendar: calendar)
        return PlanCalculation(request: request, expectedChargesTotal: chargesTotal, instalments: instalments, reviewBy: reviewBy,
                               explained: explain(request, chargesTotal: chargesTotal, instalments: instalments, reviewBy: reviewBy))
    }

    /// The fewest instalments, up to `limit`, for which `clears` holds (a few thousand checks at most).
    static func fewestInstalments(_ limit: Int, _ clears: (Int) -> Bool) -> Int? {
        limit >= 1 ? (1...limit).first(where: clears) : nil
    }

    /// Whether a schedule is long: its last instalment falls more than `longPlanMonths` after its first.
    static func isLong(_ instalments: [Instalment]) -> Bool {
        guard let first = instalments.first, let last = instalments.last else { return false }
        return last.scheduledDate > first.scheduledDate.adding(months: longPlanMonths)
    }

    /// The date a long plan is reviewed by: `reviewMonths` after its first instalment, on a
    /// business day (the customer is contacted then); nil for a plan that is not long.
    static func review(_ instalments: [Instalment], calendar: BusinessCalendar) -> CivilDate? {
        guard isLong(instalments), let first = instalments.first else { return nil }
        return calendar.nextBusinessDay(onOrAfter: first.scheduledDate.adding(months: reviewMonths))
    }

    /// The Charter 5.4(a)-(c) statement: how calculated, over what period, how much each period.
    static func explain(_ request: PlanRequest, chargesTotal: Money, instalments: [Instalment],
                        reviewBy: CivilDate?) -> PlanExplanation {
        let frequency = request.frequency
        let count = instalments.count
        let covered = request.amountCovered
        let total = covered + chargesTotal
        let periods = "\(count) \(frequency.noun)\(count == 1 ? "" : "s")"
        var lines: [String] = []

        // Charter 3.1(e): say what is left out and why, before what the plan covers.
        let disputed = request.amountInDispute > .zero
        if disputed {
            lines.append("Amount owed \(request.debt.formatted), of which \(request.amountInDispute.formatted) is in dispute: "
                         + "it is not part of the plan and will not be recovered until the dispute is resolved (Charter 3.1(e)).")
        }
        let lead = disputed ? "The plan covers the undisputed \(covered.formatted)" : "Amount owed \(covered.formatted)"
        switch request.expectedCharges {
        case .none:
            lines.append((disputed ? "\(lead)." : "Amount owed: \(covered.formatted).") + " No further charges are expected during the plan.")
        case .perPeriod(let amount):
            lines.append("\(lead), plus expected charges of \(amount.formatted) a \(frequency.noun) "
                         + "for \(periods) (\(chargesTotal.formatted)): \(total.formatted) in total.")
        case .perDay(let amount):
            let days = request.start.days(until: frequency.scheduledDate(ofInstalment: count, from: request.start))
            lines.append("\(lead), plus expected charges of \(amount.formatted) a day "
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
        let review = reviewBy.map {
            "This plan runs for more than \(longPlanMonths / 12) years because it follows what the customer can pay "
                + "(Charter 5.4, 5.5(a)); it will be reviewed with the customer by \($0.display) to check it still fits (Charter 5.4(d))."
        }
        return PlanExplanation(howCalculated: lines, period: period, amountEachPeriod: "Amount each \(frequency.noun): \(each).",
                               movedDates: movedDates, review: review)
    }
}
