/// The Markdown letter telling a customer the outcome of a hardship assessment.
///
/// Written to Charter 5.6: the facts considered in neutral words (5.6(a), (b)), what the
/// outcome means — for a customer in hardship, the protections while the agreed payments
/// are kept (5.6(c)) — the payment arrangement and its confirmation (5.6(d), (e)),
/// information given to a third party with written consent (5.6(f)), the help offered
/// (5.6(g), (i)), complaints and EWOV (5.6(h)), when the programme stops applying (5.6(j))
/// and when it is reviewed (5.6(k)). The letter's date is a parameter: no clock.
public enum HardshipLetters {
    /// The outcome letter for an assessment, with the plan agreed under it if there is one.
    public static func outcome(for assessment: HardshipAssessment, plan: PaymentPlan? = nil, customerName: String,
                               addressLines: [String], contact: ComplaintLetters.Contact, date: CivilDate,
                               calendar: BusinessCalendar) throws(PlanRefusal) -> String {
        let letter = try PlanLetterLayout(contact: contact, customerName: customerName, addressLines: addressLines,
                                          accountNumber: assessment.accountNumber, reference: ("Assessment reference", assessment.id),
                                          date: date)
        let longDate = LetterFrame.longDate
        var sections: [(title: String, lines: [String])] = [
            ("What we considered", [
                "Thank you for talking with us on \(longDate(assessment.assessedAt.date)) about paying your water bills. "
                    + "We looked at the following (Customer Service Charter clause 5.6(a)):",
                "",
            ] + assessment.recommendation.reasons.map { "- \($0)" }),
        ]

        switch assessment.outcome {
        case .inHardship:
            sections.append(("Our assessment", [
                "We have included you in our hardship programme.",
                "",
                "While you make payments under your agreed plan or payment schedule (clause 5.6(c)):",
                "",
            ] + HardshipProtection.allCases.map { "- \($0.displayName)." }))
        case .referToFinancialCounsellor:
            sections.append(("Our assessment", [
                "We suggest you speak with a free, independent financial counsellor, who can help you work out a budget "
                    + "and what you can afford to pay: \(PlanLetterLayout.financialCounsellingLine). "
                    + "We will then look at your situation again with you.",
            ]))
        case .notInHardship:
            sections.append(("Our assessment", [
                "From what we considered, we have not included you in our hardship programme at this time. "
                    + "You can still have a flexible payment plan to suit what you can pay, and you can ask us "
                    + "to look at your situation again at any time, for example if your circumstances change.",
            ]))
        }

        if let plan {
            let explained = plan.calculation.explained
            sections.append(("Your payment arrangement", [
                "We agreed a \(plan.calculation.request.frequency.adjective) payment plan with you on \(longDate(plan.agreedOn)) "
                    + "(clause 5.6(d)). We will confirm it in writing by \(longDate(plan.writtenConfirmationDue)) (clause 5.6(e)).",
                "",
                explained.period,
                "",
                explained.amountEachPeriod,
            ]))
        }

        if let thirdParty = assessment.thirdParty {
            let agreedOn = plan?.agreedOn ?? assessment.agreedOn ?? assessment.assessedAt.date
            let line: String
            if let due = try? thirdParty.informationDue(agreedOn: agreedOn, calendar: calendar) {
                line = "As you agreed in writing, we will give \(thirdParty.name) the information they need by \(longDate(due)) (clause 5.6(f))."
            } else {
                line = "We can give \(thirdParty.name) information about your account once you agree to it in writing (clause 5.6(f))."
            }
            sections.append(("Someone acting for you", [line]))
        }

        var help = assessment.referrals.map { offer in
            "- \(offer.kind.displayName)" + (offer.accepted ? ": we have referred you, as you asked." : ".")
        }
        help += assessment.referralsNotOffered.map { "- \($0.displayName)." }
        help += ["", "For any of these, \(letter.howToReachUs). A free, independent financial counsellor can be reached on the "
                 + "\(PlanLetterLayout.financialCounsellingLine) (clause 5.6(g)). We can also tell you about ways to use less water "
                 + "and Government water-efficiency programmes (clause 5.6(i))."]
        sections.append(("Help available", help))

        if assessment.outcome == .inHardship {
            var review = ["The hardship programme stops applying if (clause 5.6(j)):", "",
                          "- the amount owed is paid;",
                          "- you ask to leave the programme;",
                          "- a review finds you are no longer in hardship;",
                          "- \(PaymentPlan.missedInARowToCancel) payments in a row under your agreed plan are not made, and the plan is cancelled; or",
                          "- you are no longer a residential customer of \(letter.contact.utilityName)."]
            if let reviewOn = assessment.reviewOn {
                review += ["", "We will review your situation with you by \(longDate(reviewOn)) (clause 5.6(k))."]
            }
            sections.append(("How long it lasts", review))
        } else if let reviewOn = assessment.reviewOn {
            sections.append(("What happens next", ["We will contact you by \(longDate(reviewOn)) to look at your situation again (clause 5.6(k))."]))
        }
        sections.append(("If you are not satisfied (clause 5.6(h))", letter.complaintsAndEWOV))
        return letter.compose(heading: "Your hardship assessment", sections: sections)
    }
}
