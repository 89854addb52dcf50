import Foundation
import TaplineDomain

/// A one- or two-line entry the conduct screens open at the foot of the page: the agent's own
/// words, an evidence reference, a reason, a complaint number, what happened, an account.
///
/// Enter submits, Esc cancels; it stays open after a refusal so nothing typed is lost.
public struct ConductPrompt: Sendable {
    public enum Purpose: Hashable, Sendable {
        case ownWords, evidence, closeReason, complaintNumber
        /// What happened, in the agent's words, starting from what is written so far.
        case whatHappened(String)
        /// The account to link to an incident raised without one.
        case accountNumber
        /// Who a supervisor gives the incident to (issue 12 item 4), among these logins.
        case assignee([String])
    }
    public enum Field: Hashable, Sendable { case kind, text }

    public let purpose: Purpose
    public private(set) var form: Form<Field>

    /// Evidence kinds in the order the prompt offers them.
    static let evidenceKinds = ["call recording", "email transcript", "chat transcript", "social media post", "video footage", "written note"]

    public init(_ purpose: Purpose) {
        self.purpose = purpose
        let value = if case .whatHappened(let written) = purpose { written } else { "" }
        // Words wrap over two rows so what is typed can be read back; numbers take one.
        let isNumber = purpose == .accountNumber || purpose == .complaintNumber
        let text = Form<Field>.Field(.text, label: Self.label(purpose), value: value, maxLength: purpose == .accountNumber ? 20 : 1_000,
                                     lines: isNumber ? 1 : 2)
        // Drawn top to bottom in this order, and Tab follows it from the first field (Kind).
        switch purpose {
        case .evidence:
            form = Form(fields: [Form.Field(.kind, label: "Kind", choices: Self.evidenceKinds),
                                 Form.Field(.text, label: "Id, link or note", maxLength: 1_000)])
        case .assignee(let logins):
            form = Form(fields: [Form.Field(.text, label: "Give to", choices: logins)])
        default:
            form = Form(fields: [text])
        }
    }

    public var title: String {
        switch purpose {
        case .ownWords: "Your own words to ask them to stop"
        case .evidence: "Add evidence — ←/→ on Kind changes it"
        case .closeReason: "Close without a report — only when the behaviour stopped when asked"
        case .complaintNumber: "Link the complaint the customer made (its number)"
        case .whatHappened: "What happened, in your words — the supervisor reads this"
        case .accountNumber: "Link the account, now the caller is identified (its number)"
        case .assignee: "Give the incident to — it shows in their Yours"
        }
    }

    private static func label(_ purpose: Purpose) -> String {
        switch purpose {
        case .ownWords: "Words"
        case .evidence: "Id, link or note"
        case .closeReason: "Reason"
        case .complaintNumber: "Complaint"
        case .whatHappened: "What happened"
        case .accountNumber: "Account"
        case .assignee: "Give to"
        }
    }

    public mutating func apply(_ action: Form<Field>.Action) { form.apply(action) }

    public var text: String { form[.text].trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The evidence reference the fields describe (the domain checks the value is not blank).
    public var evidence: ConductEvidence {
        switch form[.kind] {
        case "call recording": .callRecording(id: text)
        case "email transcript": .emailTranscript(id: text)
        case "chat transcript": .chatTranscript(id: text)
        case "social media post": .socialMediaPost(link: text)
        case "video footage": .videoFootage(reference: text)
        default: .writtenNote(text)
        }
    }

    /// Draws the title, the fields and the keys in `area` (at least 3 rows).
    func render(into canvas: inout Canvas, area: Rect) {
        canvas.fill(area, role: .dialog)
        canvas.write(title, x: area.x, y: area.y, width: area.width, role: .accent)
        form.render(into: &canvas, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: max(1, area.height - 2)))
        canvas.write("Enter save · Esc cancel", x: area.x, y: area.maxY - 1, width: area.width, role: .muted)
    }
}
