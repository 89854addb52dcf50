/// Proposes a hardship outcome from the objective criteria and the household's surplus.
///
/// Charter 5.6(a)(1)-(2): eligibility is judged on objective criteria, early. The agent sees
/// the proposal and its reasons, and records the outcome they agree with the customer.
///
/// The rule, first match wins:
/// 1. Family violence given as a cause → in hardship (the customer is not asked to prove more).
/// 2. Identified by an independent financial counsellor → in hardship (Charter 5.6 names the
///    counsellor as one who identifies hardship).
/// 3. A statement whose surplus is zero or less → in hardship: nothing is left to pay arrears.
/// 4. Two or more indicators → in hardship. Indicators: a concession card held or eligible;
///    renting; a Utility Relief Grant application in the two years before `today` (older
///    ones are listed but not counted, so present circumstances decide); two or more bills
///    paid late, unpaid or part-paid in the past 12 months; the customer saying they cannot
///    pay on the usual terms.
/// 5. One indicator → refer to a financial counsellor: the evidence is mixed.
/// 6. No indicator → not in hardship when a statement shows a surplus; refer to a financial
///    counsellor when there is no statement yet, since a counsellor can help prepare one.
///
/// Reasons are plain facts in neutral words (Charter 5.6(b): "without making value judgements").
public enum HardshipAssessor {
    /// How far back a Utility Relief Grant application counts as an indicator.
    public static let recentURGSYears = 2
    /// Bills paid late, unpaid or part-paid in 12 months that count as an indicator.
    public static let paymentDifficultyThreshold = 2

    public static func recommend(criteria: HardshipCriteria, statement: IncomeExpenditure?,
                                 today: CivilDate) -> HardshipRecommendation {
        var facts: [String] = []
        var indicators = 0

        switch criteria.concession {
        case .holdsCard:
            facts.append("Holds a concession card.")
            indicators += 1
        case .eligibleNotHeld:
            facts.append("Is eligible for a concession card.")
            indicators += 1
        case .notEligible:
            break
        }
        if criteria.isTenant {
            facts.append("Rents the home.")
            indicators += 1
        }
        let urgsCutoff = today.adding(months: -12 * recentURGSYears)
        let applications = criteria.previousURGSApplications.sorted()
        for date in applications {
            facts.append("Applied for a Utility Relief Grant on \(date.display)."
                         + (date > urgsCutoff ? "" : " (more than \(recentURGSYears) years ago)"))
        }
        if applications.contains(where: { $0 > urgsCutoff && $0 <= today }) { indicators += 1 }

        let history = criteria.paymentHistory
        if history.billsWithDifficulty > 0 {
            facts.append("In the past 12 months: \(count(history.lateBills, "bill")) paid late, "
                         + "\(history.missedBills) unpaid, \(history.partPaidBills) part-paid.")
        }
        if history.billsWithDifficulty >= paymentDifficultyThreshold { indicators += 1 }
        if criteria.customerSaysUnableToPay {
            facts.append("Has said the bills cannot be paid on the usual terms.")
            indicators += 1
        }
        if criteria.familyViolence {
            facts.append("Family violence was given as a cause of the payment difficulty.")
        }
        if criteria.identifiedBy == .financialCounsellor {
            facts.append("Identified by an independent financial counsellor.")
        }
        var surplus: Money?
        if let statement {
            let monthly = statement.monthlySurplus
            surplus = monthly
            if monthly.isNegative {
                facts.append("Household costs are \((-monthly).formatted) a month more than household income.")
            } else if monthly.isZero {
                facts.append("Household costs use all of household income.")
            } else {
                facts.append("After household costs, \(monthly.formatted) a month is available.")
            }
        } else {
            facts.append("No income and expenditure statement has been completed.")
        }

        let outcome: HardshipOutcome
        if criteria.familyViolence || criteria.identifiedBy == .financialCounsellor {
            outcome = .inHardship
        } else if let surplus, surplus <= .zero {
            outcome = .inHardship
        } else if indicators >= 2 {
            outcome = .inHardship
        } else if indicators == 1 || statement == nil {
            outcome = .referToFinancialCounsellor
        } else {
            outcome = .notInHardship
        }
        facts.append("\(indicators) of 5 hardship indicators apply.")
        return HardshipRecommendation(outcome: outcome, reasons: facts)
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
