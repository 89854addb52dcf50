/// Markdown letters for a complaint: the acknowledgement and the response.
///
/// Charter 3.1(f) requires the complainant to be told of 3.1(a)–(e), so both letters state
/// all of them: when the reply is due (a), the substantive reply or, if complex, when it will
/// come (b), reasons and policy basis (c), raising the complaint to a Team Leader, Manager or
/// General Manager (d)(1), referral to EWOV with its Part D contact details (d)(2), and that
/// the disputed amount will not be recovered until the dispute is resolved (e). After sending
/// either, record `informing(of: Set(ComplaintRight.allCases), …)` on the complaint.
/// The letter's date is a parameter: no clock.
public enum ComplaintLetters {
    /// Who the letter is from and how the customer reaches them.
    public struct Contact: Hashable, Sendable, Codable {
        public var utilityName: String
        public var telephone: String
        public var email: String
        /// Postal address, one line each.
        public var postalAddress: [String]
        /// How letters are signed: "Customer Service".
        public var signOff: String

        public init(utilityName: String, telephone: String, email: String, postalAddress: [String],
                    signOff: String = "Customer Service") {
            self.utilityName = utilityName
            self.telephone = telephone
            self.email = email
            self.postalAddress = postalAddress
            self.signOff = signOff
        }

        /// Western Water's details from the charter's Part D.
        public static let westernWater = Contact(
            utilityName: "Western Water", telephone: "1300 650 422", email: "mail@westernwater.com.au",
            postalAddress: ["PO Box 2371", "Sunbury DC VIC 3429"])
    }

    /// A letter acknowledging a complaint and telling the customer what happens next.
    ///
    /// When the 3.1(a) date has already passed on the letter's date (a complaint logged late),
    /// the letter says so and apologises, and promises the next business day instead of a
    /// date already gone (`CustomerPromise.lateReplyBy`).
    public static func acknowledgement(for complaint: Complaint, customerName: String, addressLines: [String],
                                       contact: Contact, date: CivilDate,
                                       calendar: BusinessCalendar) throws(ComplaintRefusal) -> String {
        let letter = try Letter(complaint: complaint, customerName: customerName, addressLines: addressLines,
                                contact: contact, date: date)
        var whenWeReply: [String]
        if date > complaint.dueDate {
            let replyBy = CustomerPromise.lateReplyBy(today: date, calendar: calendar)
            whenWeReply = [
                "Our reply was due by **\(LetterFrame.longDate(complaint.dueDate))**, within 10 business days of receiving your complaint (Customer Service Charter clause 3.1(a)). That date has passed, and we apologise that we have not replied in time.",
                "",
            ]
            if complaint.complexReplyPromisedBy == nil {
                whenWeReply += ["We will reply no later than **\(LetterFrame.longDate(replyBy))**.", ""]
            }
        } else {
            whenWeReply = [
                "We will reply as soon as possible, and no later than **\(LetterFrame.longDate(complaint.dueDate))**: within 10 business days of receiving your complaint (Customer Service Charter clause 3.1(a)).",
                "",
            ]
        }
        if let promised = complaint.complexReplyPromisedBy {
            whenWeReply.append("Your complaint needs more investigation, so we will give you our full reply by **\(LetterFrame.longDate(promised))** (clause 3.1(b)).")
        } else {
            whenWeReply.append("Our reply will deal with the substance of your complaint. If your complaint is complex and needs more time, we will tell you by then when you will receive our full reply (clause 3.1(b)).")
        }
        return letter.compose(heading: "We have received your complaint", sections: [
            ("Your complaint", [
                "Thank you for telling us about your concern. We received your complaint on \(LetterFrame.longDate(complaint.receivedAt.date)) (\(complaint.channel.displayName.lowercased())) and recorded it as:",
                "",
            ] + LetterFrame.quoted(complaint.description)),
            ("When we will reply", whenWeReply),
            ("Our decision and the reasons for it", [
                "When we decide, we will tell you the reasons for our decision, including the law or policy it is based on where that applies (clause 3.1(c)).",
            ]),
            ("If you are not satisfied", letter.escalation(above: complaint.level, decider: nil)),
            ("Energy and Water Ombudsman (Victoria)", letter.ewov),
            ("The amount in dispute", letter.disputedAmount(resolutionLastDay: nil)),
        ])
    }

    /// A letter giving the customer the latest decision on their complaint, with its reasons.
    public static func response(for complaint: Complaint, customerName: String, addressLines: [String],
                                contact: Contact, date: CivilDate, calendar: BusinessCalendar) throws(ComplaintRefusal) -> String {
        guard let decision = complaint.latestResponse else { throw .noResponseYet }
        let letter = try Letter(complaint: complaint, customerName: customerName, addressLines: addressLines,
                                contact: contact, date: date)
        let lastDay = calendar.adding(businessDays: DisputeResolution.waitingBusinessDays, to: decision.at.date)
        var reasons = LetterFrame.quoted(decision.reasons)
        if let basis = decision.policyBasis {
            reasons += ["", "This decision is based on: \(basis)."]
        }
        let received = "We received your complaint on \(LetterFrame.longDate(complaint.receivedAt.date))"
        let committed = complaint.repliedLate(today: date)
            ? "\(received) and should have replied within 10 business days, by \(LetterFrame.longDate(complaint.dueDate)) (Customer Service Charter clause 3.1(a)). We apologise that our reply was late. You told us:"
            : "\(received) and committed to reply within 10 business days, by \(LetterFrame.longDate(complaint.dueDate)) (Customer Service Charter clause 3.1(a)). You told us:"
        // Charter 3.1(d)(1): the letter names who decided, and in what capacity (`ComplaintAuthority`).
        let decided = decision.decider.map { "\($0.signature), has considered your complaint and decided (clause 3.1(b)):" }
            ?? "Our \(decision.level.title) has considered your complaint and decided (clause 3.1(b)):"
        return letter.compose(heading: "Our response to your complaint", sections: [
            ("Your complaint", [committed, ""] + LetterFrame.quoted(complaint.description)),
            ("Our decision", [decided, ""] + LetterFrame.quoted(decision.text)),
            ("The reasons for our decision", ["We made this decision for these reasons (clause 3.1(c)):", ""] + reasons),
            ("If you are not satisfied", letter.escalation(above: decision.level, decider: decision.decider)),
            ("Energy and Water Ombudsman (Victoria)", letter.ewov),
            ("The amount in dispute", letter.disputedAmount(resolutionLastDay: lastDay)),
        ])
    }

    /// The parts both letters share, checked once.
    private struct Letter {
        let complaint: Complaint
        let customerName: String
        let addressLines: [String]
        let contact: Contact
        let date: CivilDate

        init(complaint: Complaint, customerName: String, addressLines: [String], contact: Contact,
             date: CivilDate) throws(ComplaintRefusal) {
            let name = customerName.trimmingCharactersWhitespace()
            guard !name.isEmpty, !contact.utilityName.trimmingCharactersWhitespace().isEmpty else { throw .letterDetailsRequired }
            self.complaint = complaint
            self.customerName = name
            self.addressLines = addressLines.map { $0.trimmingCharactersWhitespace() }.filter { !$0.isEmpty }
            self.contact = contact
            self.date = date
        }

        /// How to reach us, in one sentence.
        var howToReachUs: String {
            "call us on \(contact.telephone), email \(contact.email) or write to \(contact.utilityName), \(contact.postalAddress.joined(separator: ", ")), quoting complaint number \(reference)"
        }

        var reference: String { complaint.id.isEmpty ? "(to be advised)" : complaint.id }

        /// Charter 3.1(d)(1): the higher levels still open to the customer.
        func escalation(above level: EscalationLevel, decider: ComplaintDecider?) -> [String] {
            let higher = level.higherLevels.map(\.title)
            guard !higher.isEmpty else {
                let madeBy = decider?.capacity == .onBehalf ? "made on behalf of our General Manager" : "made by our General Manager"
                return ["This decision was \(madeBy), the highest level of review at \(contact.utilityName) (clause 3.1(d)(1)). If you are not satisfied, you can contact the Energy and Water Ombudsman (Victoria), below."]
            }
            let list = higher.count == 1 ? higher[0]
                : higher.dropLast().joined(separator: ", ") + " or " + higher.last!
            return ["You can ask for your complaint to be raised to a higher level: our \(list) (clause 3.1(d)(1)). To do this, \(howToReachUs)."]
        }

        /// Charter 3.1(d)(2) with Part D's contact details.
        var ewov: [String] {
            [
                "If you have raised your complaint to a higher level and are still not satisfied with our response, you can refer it to the Energy and Water Ombudsman (Victoria) (EWOV), a free and independent dispute resolution service (clause 3.1(d)(2)):",
                "",
                "- Telephone: \(ExternalForum.ewovTelephone)",
                "- Mail: \(ExternalForum.ewovPostalAddress.joined(separator: ", "))",
                "",
                "You may also take your complaint to another external dispute resolution forum, such as Consumer Affairs Victoria or the Victorian Civil and Administrative Tribunal.",
            ]
        }

        /// Charter 3.1(e) and 7.2(e); with a decision, when 3.2 would treat the dispute as resolved.
        func disputedAmount(resolutionLastDay lastDay: CivilDate?) -> [String] {
            var lines: [String]
            if let amount = complaint.disputedAmount {
                lines = ["We will not try to recover the amount you dispute, **\(amount.formatted)**, until your dispute has been resolved, and we will not restrict your water supply or take legal action over it (clauses 3.1(e) and 7.2(e)). Other amounts on your account remain payable by their due dates."]
            } else {
                lines = ["If your complaint is about an amount we have charged you, we will not try to recover that amount until the dispute has been resolved (clause 3.1(e))."]
            }
            if let lastDay {
                lines += ["", "We will treat the dispute as resolved if, by the end of \(LetterFrame.longDate(lastDay)) (10 business days after our decision), you have not asked for a further review or lodged a claim with EWOV or another external forum. If you lodge a claim, we will not treat the dispute as resolved until the claim has been finalised (clause 3.2)."]
            }
            return lines
        }

        func compose(heading: String, sections: [(title: String, lines: [String])]) -> String {
            LetterFrame(utilityName: contact.utilityName, date: date, customerName: customerName, addressLines: addressLines,
                        references: [("Account", complaint.accountNumber), ("Complaint number", reference)], signOff: contact.signOff)
                .compose(heading: heading, sections: sections)
        }
    }
}
