/// Markdown letters that follow a supervisor's conduct decision: a warning and a restriction notice.
///
/// Both letters keep the conduct policy's tone: they acknowledge the customer's right to voice
/// frustration and to complain, say plainly what behaviour was unacceptable and why we are
/// writing (the supervisor's reasons, quoted), and, for a restriction, what is restricted,
/// until when, and how to ask for a review. The date is the decision's date: no clock.
public enum ConductLetters {
    /// A formal warning letter for a `.warningLetter` decision recorded on the incident.
    public static func warningLetter(
        for incident: ConductIncident, decision: SupervisorDecision,
        customerName: String, addressLines: [String], utilityName: String
    ) throws(ConductRefusal) -> String {
        guard decision.kind == .warningLetter else { throw .letterDoesNotMatchDecision(expected: SupervisorDecisionKind.warningLetter.label) }
        let letter = try Letter(incident: incident, decision: decision, customerName: customerName, addressLines: addressLines, utilityName: utilityName)
        return letter.compose(heading: "Formal warning about behaviour towards our staff", sections: [
            ("What happened", letter.whatHappened),
            ("Why we are writing", letter.reasons),
            ("What happens next", [
                "Please keep all future contact with our staff respectful. If this behaviour happens again, we may limit how you can contact us.",
                "Any actual or threatened physical harm to our staff will always be reported to the police.",
            ]),
        ])
    }

    /// A contact-restriction notice for a `.contactRestriction` decision recorded on the incident.
    public static func restrictionNotice(
        for incident: ConductIncident, decision: SupervisorDecision,
        customerName: String, addressLines: [String], utilityName: String
    ) throws(ConductRefusal) -> String {
        guard case .contactRestriction(let restriction) = decision.kind else {
            throw .letterDoesNotMatchDecision(expected: "contact restriction")
        }
        let letter = try Letter(incident: incident, decision: decision, customerName: customerName, addressLines: addressLines, utilityName: utilityName)
        let start = LetterFrame.longDate(restriction.startDate)
        let review = LetterFrame.longDate(restriction.reviewDate)
        let howToAsk = restriction.kinds.contains(.writtenContactOnly)
            ? "write to us, quoting reference \(incident.id)"
            : "write to us or tell any member of our staff, quoting reference \(incident.id)"
        return letter.compose(heading: "Notice of contact restriction", sections: [
            ("What happened", letter.whatHappened),
            ("Why we are doing this", letter.reasons),
            ("What is restricted", restriction.orderedKinds.map { "- \($0.customerWording)" } + [
                "",
                "You can still report an emergency, such as a burst water main or no water supply, by phone at any time.",
            ]),
            ("How long it lasts", [
                "This restriction applies from \(start) until \(review), when we will review it.",
            ]),
            ("Asking for a review", [
                "You may ask us to review this restriction at any time before \(review): \(howToAsk). We will consider your request and reply in writing.",
            ]),
            ("Your other rights", [
                "This restriction only changes how we stay in touch with you. It does not change the services we provide to you, and you can still make a complaint.",
            ]),
        ])
    }

    /// The parts both letters share, checked once.
    private struct Letter {
        let incident: ConductIncident
        let decision: SupervisorDecision
        let customerName: String
        let addressLines: [String]
        let utilityName: String

        init(incident: ConductIncident, decision: SupervisorDecision, customerName: String, addressLines: [String], utilityName: String) throws(ConductRefusal) {
            guard incident.decisions.contains(decision) else { throw .decisionNotOnIncident }
            let name = customerName.trimmingCharactersWhitespace()
            let utility = utilityName.trimmingCharactersWhitespace()
            guard !name.isEmpty, !utility.isEmpty else { throw .letterDetailsRequired }
            self.incident = incident
            self.decision = decision
            self.customerName = name
            self.addressLines = addressLines.map { $0.trimmingCharactersWhitespace() }.filter { !$0.isEmpty }
            self.utilityName = utility
        }

        /// Conduct policy, "Purpose": customers "have every right to voice their
        /// frustrations … and, if necessary, make an official complaint".
        var whatHappened: [String] {
            var lines = ["We know things don't always go as they should, and you have every right to tell us when you are unhappy, to give us feedback or to make a complaint."]
            if let complaint = incident.linkedComplaintId {
                lines.append("We have your complaint (reference \(complaint)) and will respond to it separately; this letter does not change how we handle it.")
            }
            lines += ["", "During your contact with us on \(LetterFrame.longDate(incident.raisedAt.date)) (\(incident.channel.label)), our staff experienced behaviour that our Customer Conduct Policy does not accept:", ""]
            lines += ConductBehaviour.ordered(incident.behaviours).map { "- \($0.label)" }
            if incident.requestToStop != nil {
                lines += ["", "Our staff member asked you politely to stop."]
            }
            return lines
        }

        var reasons: [String] { decision.reasons.map { "- \($0)" } }

        func compose(heading: String, sections: [(title: String, lines: [String])]) -> String {
            let account = incident.accountNumber.map { [("Account", $0)] } ?? []
            return LetterFrame(utilityName: utilityName, date: decision.decidedAt.date, customerName: customerName,
                               addressLines: addressLines, references: account + [("Our reference", incident.id)],
                               signOff: decision.supervisor)
                .compose(heading: heading, sections: sections)
        }
    }
}
