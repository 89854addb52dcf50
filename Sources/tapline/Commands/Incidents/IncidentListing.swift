import Foundation
import TaplineDomain

/// One incident as `tapline incidents list` prints it: a line of text, or a JSON object.
struct IncidentListing: Encodable {
    struct Decision: Encodable {
        let decision: String
        let supervisor: String
        let decidedAt: String
        let reasons: [String]
    }

    struct Restriction: Encodable {
        let kinds: [String]
        let startDate: String
        let reviewDate: String
        let customerReviewRequests: [String]
    }

    let id: String
    let accountNumber: String?
    let personName: String?
    let personDescription: String
    /// Who the person was, when not the account holder (the same text as `personDescription`).
    let whoThePersonWas: String?
    /// What happened, in the words of the agent who raised it; nil until written.
    let whatHappened: String?
    let personKind: String
    let channel: String
    let stage: String
    let raisedBy: String
    let raisedAt: String
    let reportedAt: String?
    let behaviours: [String]
    let repeatOffender: Bool
    let earlierIncidents: [String]
    let decisions: [Decision]
    let restriction: Restriction?

    init(_ incident: ConductIncident, earlier: [ConductIncident]) {
        id = incident.id
        accountNumber = incident.accountNumber
        personName = incident.person.name
        personDescription = incident.person.description
        whoThePersonWas = incident.person.description.isEmpty ? nil : incident.person.description
        whatHappened = incident.whatHappened
        personKind = incident.personKind.rawValue
        channel = incident.channel.rawValue
        stage = incident.stage.rawValue
        raisedBy = incident.raisedBy
        raisedAt = incident.raisedAt.iso
        reportedAt = incident.reportedAt?.iso
        behaviours = ConductBehaviour.ordered(incident.behaviours).map(\.label)
        repeatOffender = !earlier.isEmpty
        earlierIncidents = earlier.map(\.id)
        decisions = incident.decisions.map {
            Decision(decision: $0.kind.label, supervisor: $0.supervisor, decidedAt: $0.decidedAt.iso, reasons: $0.reasons)
        }
        restriction = incident.currentRestriction.map {
            Restriction(kinds: $0.orderedKinds.map(\.label), startDate: $0.startDate.iso, reviewDate: $0.reviewDate.iso,
                        customerReviewRequests: $0.customerReviewRequests.map(\.iso))
        }
        stageLabel = incident.stage.label
        who = incident.person.name ?? incident.person.description
    }

    private let stageLabel: String
    private let who: String

    private enum CodingKeys: String, CodingKey {
        case id, accountNumber, personName, personDescription, whoThePersonWas, whatHappened, personKind, channel, stage, raisedBy, raisedAt, reportedAt,
             behaviours, repeatOffender, earlierIncidents, decisions, restriction
    }

    /// Aligned columns: number, time (reported for the queue, raised otherwise), account,
    /// repeat marker, stage, who.
    static func text(_ listings: [IncidentListing], pending: Bool) -> String {
        guard !listings.isEmpty else { return pending ? "No incidents are waiting for a decision." : "No conduct incidents." }
        let header = ["INCIDENT      ", pending ? "REPORTED        " : "RAISED          ", "ACCOUNT   ", "REPEAT   ", "STAGE / WHO"]
        var lines = [header.joined(separator: " ")]
        for listing in listings {
            let time = (pending ? listing.reportedAt ?? listing.raisedAt : listing.raisedAt).replacingOccurrences(of: "T", with: " ")
            lines.append([
                pad(listing.id, 14), pad(time, 16), pad(listing.accountNumber ?? "—", 10),
                pad(listing.repeatOffender ? "↻ REPEAT" : "", 9), "\(listing.stageLabel) — \(listing.who)",
            ].joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
