/// A span of days in which a customer was charged too little, and by how much.
public struct UnderchargedPeriod: Codable, Sendable, Hashable {
    public let from: CivilDate
    /// The last undercharged day, inclusive.
    public let through: CivilDate
    public let amount: Money

    public init(from: CivilDate, through: CivilDate, amount: Money) {
        self.from = from
        self.through = through
        self.amount = amount
    }

    /// Days in the period, both ends included.
    public var days: Int { from.days(until: through) + 1 }
}

/// How much of an undercharge may be recovered, over how long, and the repayment schedule.
///
/// Charter 4.8:
/// - (a) only what was undercharged in the 12 months before the customer is told
///   (`notifiedOn`), except for illegal use. A period straddling the start of those 12 months
///   counts in proportion to its days inside them, rounded down to the cent (in the
///   customer's favour). Days on or after `notifiedOn` are not undercharging "prior to"
///   notice and are left out.
/// - (b) `explanation` is the separate item's explanation for the bill.
/// - (c) the customer may repay over a period equal to the undercharged period (from its
///   first to its last counted day, in whole months rounded up), at most 12 months. The
///   customer may choose fewer instalments.
/// - (d) the schedule is a monthly flexible payment plan (Charter 5.4), equal instalments.
public struct UnderchargeRecovery: Codable, Sendable, Hashable {
    /// The longest repayment period, in months (Charter 4.8(c)).
    public static let maximumRepaymentMonths = 12

    public let notifiedOn: CivilDate
    public let illegalUse: Bool
    public let periods: [UnderchargedPeriod]
    /// Everything undercharged, whether recoverable or not.
    public let amountUndercharged: Money
    /// What may be recovered (Charter 4.8(a)).
    public let recoverable: Money
    /// First and last undercharged day that count.
    public let countedFrom: CivilDate
    public let countedThrough: CivilDate
    /// The longest repayment period the customer may take, in months (Charter 4.8(c)).
    public let repaymentMonthsAllowed: Int
    public let schedule: PlanCalculation
    public let explanation: String

    /// Works out the recoverable amount and its monthly repayment schedule.
    ///
    /// - Parameters:
    ///   - firstInstalment: the first repayment's scheduled date.
    ///   - instalments: months chosen by the customer; nil takes the longest allowed.
    public static func calculate(periods: [UnderchargedPeriod], notifiedOn: CivilDate, illegalUse: Bool = false,
                                 firstInstalment: CivilDate, instalments: Int? = nil,
                                 calendar: BusinessCalendar) throws(PlanRefusal) -> UnderchargeRecovery {
        guard !periods.isEmpty else { throw PlanRefusal("enter at least one undercharged period") }
        for period in periods {
            guard period.from <= period.through else {
                throw PlanRefusal("an undercharged period cannot end (\(period.through.display)) before it starts (\(period.from.display))")
            }
            guard period.amount > .zero else { throw PlanRefusal("an undercharged amount must be more than $0.00") }
        }
        let windowStart = illegalUse ? periods.map(\.from).min()! : notifiedOn.adding(months: -12)
        let windowEnd = notifiedOn.adding(days: -1)
        var recoverable = Money.zero
        var counted: [(CivilDate, CivilDate)] = []
        for period in periods {
            let from = max(period.from, windowStart)
            let through = min(period.through, windowEnd)
            guard from <= through else { continue }
            let inside = Int64(from.days(until: through) + 1)
            recoverable = recoverable + Money(cents: period.amount.cents * inside / Int64(period.days))
            counted.append((from, through))
        }
        guard recoverable > .zero, let countedFrom = counted.map(\.0).min(), let countedThrough = counted.map(\.1).max() else {
            throw PlanRefusal("nothing can be recovered: all the undercharging was more than 12 months before "
                              + "the customer was told on \(notifiedOn.display) (Charter 4.8(a))")
        }
        var months = 1
        while countedFrom.adding(months: months) <= countedThrough { months += 1 }
        let allowed = min(months, maximumRepaymentMonths)
        let chosen = instalments ?? allowed
        guard (1...allowed).contains(chosen) else {
            throw PlanRefusal("the undercharge can be repaid in 1 to \(allowed) monthly instalments (Charter 4.8(c)); \(chosen) were asked for")
        }
        let schedule = try PaymentPlanCalculator.calculate(
            PlanRequest(debt: recoverable, frequency: .monthly, start: firstInstalment, sizing: .instalments(chosen)),
            calendar: calendar)
        let total = periods.map(\.amount).sum()

        var lines = ["Undercharged from \(periods.map(\.from).min()!.display) to \(periods.map(\.through).max()!.display): \(total.formatted)."]
        if illegalUse {
            lines.append("The undercharge arose from illegal use, so all of it is recoverable (Charter 4.8).")
        } else if recoverable < total {
            lines.append("Only the \(recoverable.formatted) undercharged in the 12 months before we told you on "
                         + "\(notifiedOn.display) is charged; \((total - recoverable).formatted) is not (Charter 4.8(a)).")
        } else {
            lines.append("All of it was undercharged in the 12 months before we told you on \(notifiedOn.display) (Charter 4.8(a)).")
        }
        lines.append("You may repay it over up to \(allowed) month\(allowed == 1 ? "" : "s"), the length of the undercharging "
                     + "(at most 12 months), or through a flexible payment plan (Charter 4.8(c), (d)).")
        lines.append(schedule.explanation)
        return UnderchargeRecovery(notifiedOn: notifiedOn, illegalUse: illegalUse, periods: periods, amountUndercharged: total,
                                   recoverable: recoverable, countedFrom: countedFrom, countedThrough: countedThrough,
                                   repaymentMonthsAllowed: allowed, schedule: schedule, explanation: lines.joined(separator: "\n"))
    }
}
