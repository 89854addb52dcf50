/// Markdown letters confirming payment arrangements in writing.
///
/// Charter 5.4(e): a flexible payment plan is "confirmed in writing … prior to or as soon as
/// practicable after" it starts, and 5.5(b) sets the limit: within 10 business days of the
/// agreement (`PaymentPlan.writtenConfirmationDue`). The confirmation states how the payments
/// were calculated (5.4(a)), the period (5.4(b)) and the amount each period (5.4(c)), with
/// every dated instalment, and says how to renegotiate (5.4(d)) and where to get help (5.5(e)).
/// The letter's date is a parameter: no clock.
public enum PlanLetters {
    /// The written confirmation of an agreed (or renegotiated) flexible payment plan.
    public static func confirmation(for plan: PaymentPlan, customerName: String, addressLines: [String],
                                    contact: ComplaintLetters.Contact, date: CivilDate) throws(PlanRefusal) -> String {
        let letter = try PlanLetterLayout(contact: contact, customerName: customerName, addressLines: addressLines,
                                          accountNumber: plan.accountNumber, reference: ("Plan reference", plan.id), date: date)
        let explained = plan.calculation.explained
        let longDate = LetterFrame.longDate
        var agreed = ["On \(longDate(plan.agreedOn)) we agreed a flexible payment plan with you. "
                      + "This letter confirms it in writing (Customer Service Charter clause 5.4(e))."]
        if let replaced = plan.replaces {
            agreed += ["", "It replaces plan \(replaced), which we changed because your circumstances changed (clause 5.4(d)):", ""]
                + LetterFrame.quoted(plan.changeOfCircumstances)
        }
        if plan.hardshipAssessmentID != nil {
            agreed += ["", "The plan is part of our hardship programme. While you make the payments below, we will not restrict "
                       + "your water supply, take legal action or add debt recovery costs (clause 5.6(c))."]
        }
        var amount = [explained.amountEachPeriod, ""] + PlanLetterLayout.scheduleTable(plan.instalments)
        if let moved = explained.movedDates { amount += ["", moved] }
        var period = [explained.period]
        if let reviewBy = plan.calculation.reviewBy {
            period += ["", "The plan runs for more than \(PaymentPlanCalculator.longPlanMonths / 12) years because it is set at what you "
                       + "told us you can pay (clauses 5.4 and 5.5(a)). We will contact you by \(longDate(reviewBy)) to check that "
                       + "it still suits you, and you can ask us to change it at any time (clause 5.4(d))."]
        }
        var sections: [(title: String, lines: [String])] = [("What we agreed", agreed)]
        let disputed = plan.calculation.amountInDispute
        if disputed > .zero {
            // Charter 3.1(e): the amount in dispute is not recovered until the dispute is resolved.
            sections.append(("The amount in dispute (clause 3.1(e))", [
                "\(disputed.formatted) of the \(plan.calculation.request.debt.formatted) you owe is in dispute. It is not part of "
                    + "this plan, and we will not try to recover it until the dispute is resolved. The plan covers the other "
                    + "\(plan.calculation.request.amountCovered.formatted).",
            ]))
        }
        return letter.compose(heading: "Your payment plan", sections: sections + [
            ("How your payments were calculated (clause 5.4(a))", paragraphs(explained.howCalculated)),
            ("The period of the plan (clause 5.4(b))", period),
            ("The amount each period (clause 5.4(c))", amount),
            ("If you cannot make a payment", [
                "Please contact us before the due date if you cannot make a payment: \(letter.howToReachUs). "
                    + "If \(PaymentPlan.missedInARowToCancel) payments in a row are not made, the plan will be cancelled.",
                "",
                "If your circumstances change, you can ask us to change the plan to suit what you can pay (clause 5.4(d)).",
            ]),
            ("Help available", [
                "- Our Hardship Policy, for customers who want to pay but cannot afford to at present: ask us about it.",
                "- The Utility Relief Grant Scheme, a Government grant towards water bills (clause 5.5(e)(1)).",
                "- A free, independent financial counsellor: \(PlanLetterLayout.financialCounsellingLine) (clause 5.5(e)(2)).",
            ]),
            ("If you are not satisfied", letter.complaintsAndEWOV),
        ])
    }

    /// Sentences as Markdown paragraphs: a blank line between each.
    static func paragraphs(_ sentences: [String]) -> [String] {
        Array(sentences.map { [$0] }.joined(separator: [""]))
    }

    /// The written confirmation of a bill's extended due date (Charter 5.5(b), (d)).
    public static func extensionConfirmation(for granted: DueDateExtension, accountNumber: String, customerName: String,
                                             addressLines: [String], contact: ComplaintLetters.Contact,
                                             date: CivilDate) throws(PlanRefusal) -> String {
        let letter = try PlanLetterLayout(contact: contact, customerName: customerName, addressLines: addressLines,
                                          accountNumber: accountNumber, reference: ("Bill", granted.billReference), date: date)
        let longDate = LetterFrame.longDate
        let part = granted.amountExtended == granted.amountOwed
            ? "the amount of \(granted.amountOwed.formatted)"
            : "\(granted.amountExtended.formatted) of the \(granted.amountOwed.formatted)"
        var what = ["On \(longDate(granted.agreedOn)) we agreed to extend the due date for \(part) on bill "
                    + "\(granted.billReference) from \(longDate(granted.currentDueDate)) to **\(longDate(granted.newDueDate))** "
                    + "(Customer Service Charter clause 5.5(d))."]
        if granted.amountExtended < granted.amountOwed {
            what += ["", "The other \((granted.amountOwed - granted.amountExtended).formatted) is still due on "
                     + "\(longDate(granted.currentDueDate))."]
        }
        return letter.compose(heading: "Your new due date", sections: [
            ("What we agreed", what),
            ("If you need more help", [
                "If you cannot pay by the new date, please contact us before it: \(letter.howToReachUs). "
                    + "We can talk about a flexible payment plan, our Hardship Policy, the Utility Relief Grant Scheme "
                    + "or a free, independent financial counsellor (\(PlanLetterLayout.financialCounsellingLine)).",
            ]),
            ("If you are not satisfied", letter.complaintsAndEWOV),
        ])
    }
}
