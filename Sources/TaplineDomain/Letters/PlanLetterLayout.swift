/// The layout the payment plan and hardship letters share: letterhead, addressee, sections, sign-off.
///
/// Markdown, as the other letters are; the contact details are the utility's
/// (`ComplaintLetters.Contact`, Part D). Nothing here reads a clock: the date is given.
struct PlanLetterLayout {
    let contact: ComplaintLetters.Contact
    let customerName: String
    let addressLines: [String]
    let accountNumber: String
    /// "Plan reference" and the plan's id, or the like.
    let reference: (label: String, value: String)
    let date: CivilDate

    /// The free, independent financial counselling line (Charter 5.5(e)(2), 5.6(g)).
    static let financialCounsellingLine = "National Debt Helpline, 1800 007 007"

    /// Refuses a letter with no one to address it to.
    init(contact: ComplaintLetters.Contact, customerName: String, addressLines: [String], accountNumber: String,
         reference: (label: String, value: String), date: CivilDate) throws(PlanRefusal) {
        let name = customerName.trimmingCharactersWhitespace()
        guard !name.isEmpty else { throw PlanRefusal("enter the customer's name for the letter") }
        guard !contact.utilityName.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("enter the utility's name for the letter") }
        self.contact = contact
        self.customerName = name
        self.addressLines = addressLines.map { $0.trimmingCharactersWhitespace() }.filter { !$0.isEmpty }
        self.accountNumber = accountNumber
        self.reference = reference
        self.date = date
    }

    /// How to reach us, in one sentence.
    var howToReachUs: String {
        "call us on \(contact.telephone), email \(contact.email) or write to \(contact.utilityName), "
            + "\(contact.postalAddress.joined(separator: ", ")), quoting account \(accountNumber)"
    }

    /// The complaints procedure and EWOV (Charter 5.6(h), Part D).
    var complaintsAndEWOV: [String] {
        [
            "If you are not satisfied with how we have handled your payment difficulty, you can make a complaint: \(howToReachUs). "
                + "If we do not resolve it to your satisfaction, you can contact the Energy and Water Ombudsman (Victoria), "
                + "a free and independent dispute resolution service:",
            "",
            "- Telephone: \(ExternalForum.ewovTelephone)",
            "- Mail: \(ExternalForum.ewovPostalAddress.joined(separator: ", "))",
        ]
    }

    /// A schedule as a Markdown table with its total.
    static func scheduleTable(_ instalments: [Instalment]) -> [String] {
        var rows = ["| Payment | Due date | Amount |", "|---:|---|---:|"]
        rows += instalments.map { "| \($0.number) | \($0.dueDate.display) | \($0.amount.formatted) |" }
        rows.append("| | **Total** | **\(instalments.map(\.amount).sum().formatted)** |")
        return rows
    }

    func compose(heading: String, sections: [(title: String, lines: [String])]) -> String {
        LetterFrame(utilityName: contact.utilityName, date: date, customerName: customerName, addressLines: addressLines,
                    references: [("Account", accountNumber), (reference.label, reference.value)], signOff: contact.signOff)
            .compose(heading: heading, sections: sections)
    }
}
