/// Markdown letters confirming a payment arrangement in writing (Charter 5.5(b)): within 10
/// business days of the agreement, each stating the date that matters (the new due date, the
/// date promised, the first payment) and how to get help (5.5(e)).
///
/// The due-date extension's own letter is `PlanLetters.extensionConfirmation`; this adds the
/// promise to pay, the payment method the customer chose (5.2(e), (g)) and the redirection of
/// bills (5.5(a)(2)), and chooses the letter for any `PaymentArrangement`. No clock: the date is given.
public enum ArrangementLetters {
    public static func confirmation(for arrangement: PaymentArrangement, accountNumber: String, customerName: String,
                                    addressLines: [String], contact: ComplaintLetters.Contact, date: CivilDate) throws(PlanRefusal) -> String {
        let layout = { (label: String, value: String) throws(PlanRefusal) -> PlanLetterLayout in
            try PlanLetterLayout(contact: contact, customerName: customerName, addressLines: addressLines,
                                 accountNumber: accountNumber, reference: (label, value), date: date)
        }
        let longDate = LetterFrame.longDate
        switch arrangement {
        case .dueDateExtension(let granted):
            return try PlanLetters.extensionConfirmation(for: granted, accountNumber: accountNumber, customerName: customerName,
                                                         addressLines: addressLines, contact: contact, date: date)
        case .promiseToPay(let promise):
            let letter = try layout("Promised by", promise.promisedBy.iso)
            return letter.compose(heading: "Your promise to pay", sections: [
                ("What we agreed", [
                    "On \(longDate(promise.madeOn)) you told us you would pay **\(promise.amount.formatted)** by "
                        + "**\(longDate(promise.promisedBy))**, and we agreed to this arrangement (Customer Service Charter "
                        + "clause 5.5(a)). This letter confirms it in writing (clause 5.5(b)).",
                ]),
                help(letter, "If you cannot pay by \(longDate(promise.promisedBy)), please contact us before then"),
                ("If you are not satisfied", letter.complaintsAndEWOV),
            ])
        case .paymentMethod(let arrangement):
            let method = arrangement.method
            let letter = try layout("Payment method", method.name)
            let how = switch method {
            case .directDebitFromBank, .directDebitFromCard:
                "by direct debit from your \(method.masked) (Customer Service Charter clause 5.2(g))"
            case .centrepay:
                "by Centrepay deductions from your income support payments, \(method.masked) (Customer Service Charter clause 5.2(e))"
            }
            return letter.compose(heading: "Your payment method", sections: [
                ("What we agreed", [
                    "On \(longDate(arrangement.agreedOn)) you chose to pay your account \(how), starting on "
                        + "**\(longDate(arrangement.startsOn))**. This letter confirms it in writing (clause 5.5(b)).",
                    "",
                    "You chose this way to pay. It is never a condition of our service (clause 5.2): you can change it or stop it "
                        + "at any time, and pay in any of the other ways shown on your bill.",
                ]),
                help(letter, "If you want to change how you pay, or cannot pay, please contact us"),
                ("If you are not satisfied", letter.complaintsAndEWOV),
            ])
        case .billRedirection(let redirection):
            let letter = try layout("Bills sent to", redirection.payerName)
            return letter.compose(heading: "Your bills are being sent to someone else", sections: [
                ("What we agreed", [
                    "On \(longDate(redirection.agreedOn)) we agreed to send your bills to \(redirection.payerName), "
                        + "\(redirection.payerAddress), for payment. \(redirection.payerName) agreed in writing to pay them "
                        + "on \(longDate(redirection.payerAgreedInWritingOn)) (Customer Service Charter clause 5.5(a)(2)). "
                        + "This letter confirms the arrangement in writing (clause 5.5(b)).",
                    "",
                    redirection.customerConsentedInWritingOn.map {
                        "You agreed in writing on \(longDate($0)) that we may give \(redirection.payerName) the information they "
                            + "need to pay; we will do so within 10 business days (clause 5.5(c))."
                    } ?? "We will give \(redirection.payerName) information about your account only once you agree to it in writing (clause 5.5(c)).",
                    "",
                    "The account stays in your name. If the bills are not paid, please contact us.",
                ]),
                help(letter, "If you want to stop the arrangement, or the bills cannot be paid, please contact us"),
                ("If you are not satisfied", letter.complaintsAndEWOV),
            ])
        }
    }

    /// Where to get help, opening with what to do first.
    private static func help(_ letter: PlanLetterLayout, _ first: String) -> (title: String, lines: [String]) {
        ("If you need more help", [
            "\(first): \(letter.howToReachUs). We can talk about a flexible payment plan, our Hardship Policy, the Utility "
                + "Relief Grant Scheme (clause 5.5(e)(1)) or a free, independent financial counsellor "
                + "(\(PlanLetterLayout.financialCounsellingLine), clause 5.5(e)(2)).",
        ])
    }
}
