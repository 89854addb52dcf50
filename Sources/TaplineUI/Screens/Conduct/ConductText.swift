import TaplineDomain

/// Words and glyphs the conduct screens share, so a marker reads the same everywhere.
///
/// Every state shown in colour also has a glyph and a word (STYLE: themes), so nothing is
/// lost in monochrome or to a colour-blind agent.
enum ConductText {
    /// The repeat-offender marker: earlier incidents within 12 months (Conduct policy: "We may
    /// refer specific cases or repeat offenders to the police").
    static let repeatMarker = "↻ REPEAT"

    /// The banner every agent sees on a restricted account (the account screen puts "▲" before it):
    /// "CONTACT RESTRICTED until 2027-05-23 — written contact only (CI-2026-000001)".
    static func banner(_ restriction: ContactRestriction, incidentId: String) -> String {
        let kinds = restriction.orderedKinds.map(\.label).joined(separator: "; ")
        return "CONTACT RESTRICTED until \(restriction.reviewDate.iso) — \(kinds) (\(incidentId))"
    }

    /// A stage with a glyph: ● waiting on someone, ✔ finished, ▸ being recorded.
    static func stage(_ stage: ConductStage) -> String {
        switch stage {
        case .awaitingSupervisorReview: "● \(stage.label)"
        case .decided, .closedWithoutReport: "✔ \(stage.label)"
        default: "▸ \(stage.label)"
        }
    }

    static func role(of stage: ConductStage) -> StyleRole {
        switch stage {
        case .awaitingSupervisorReview: .warning
        case .decided, .closedWithoutReport: .success
        default: .text
        }
    }

    /// "10:02".
    static func clock(_ time: LocalDateTime) -> String {
        String(time.iso.suffix(5))
    }

    /// "2026-03-02 10:02": sortable and short, for tables.
    static func moment(_ time: LocalDateTime) -> String {
        "\(time.date.iso) \(clock(time))"
    }

    /// Who the incident is about: "Pat Smith (account holder)" or "man in a red cap (member of the public)".
    static func person(_ incident: ConductIncident) -> String {
        let who = incident.person.name ?? incident.person.description
        return "\(who) (\(incident.personKind.label))"
    }

    /// What the agent wrote about the incident, and who the person was when described, each as
    /// a label and the text in full, for the incident, review and decision screens to wrap.
    static func accounts(of incident: ConductIncident) -> [(label: String, text: String, role: StyleRole)] {
        var lines: [(String, String, StyleRole)] = []
        if !incident.person.description.isEmpty {
            lines.append(("Who the person was: ", incident.person.description, .text))
        }
        if let written = incident.whatHappened {
            lines.append(("What happened, in \(incident.raisedBy)'s words: ", written, .text))
        } else {
            lines.append(("What happened: ", "not written yet by \(incident.raisedBy)", .muted))
        }
        return lines
    }

    /// The behaviours in display order, joined.
    static func behaviours(_ behaviours: Set<ConductBehaviour>) -> String {
        behaviours.isEmpty ? "frustration only" : ConductBehaviour.ordered(behaviours).map(\.label).joined(separator: "; ")
    }

    /// One decision on one line: "contact restriction (written contact only) until 2026-09-03".
    static func decision(_ kind: SupervisorDecisionKind) -> String {
        switch kind {
        case .contactRestriction(let restriction):
            "contact restriction (\(restriction.orderedKinds.map(\.label).joined(separator: "; "))) from \(restriction.startDate.iso) until \(restriction.reviewDate.iso)"
        default:
            kind.label
        }
    }

    /// A decision in a few words for the account's History: "restricted until 2027-05-23: written contact only".
    static func decisionInBrief(_ kind: SupervisorDecisionKind) -> String {
        switch kind {
        case .contactRestriction(let restriction):
            "restricted until \(restriction.reviewDate.iso): \(restriction.orderedKinds.map(\.label).joined(separator: "; "))"
        default:
            "decided: \(kind.label)"
        }
    }

    /// The step a trainee is scored on, if this step is one (demo mode).
    static func traineeAction(for step: ConductStep) -> TraineeAction? {
        switch step {
        case .askedToStop: .conductRequestToStop
        case .contactEnded: .conductContactEnded
        case .reported: .conductReported
        default: nil
        }
    }
}
