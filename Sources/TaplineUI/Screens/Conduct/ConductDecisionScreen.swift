import Foundation
import TaplineDomain

/// A supervisor's decision on a reported incident, with the reasons, and its letter.
///
/// The domain refuses what the conduct policy does not allow, and the refusal is shown as it
/// is: no further action for threats or violence ("will always be reported"), a decision
/// without reasons, a police referral without its reference, a restriction without a kind
/// or with a review date outside 1 to 24 months. A warning letter or a restriction notice is
/// written to a file as soon as the decision is saved, and its path is shown.
///
/// A decision refused because someone changed the incident after it was opened here
/// (`ChangedSinceRead`) keeps the form as typed, shows who changed it and when, reads the
/// incident again, and Ctrl-R saves the same decision on it (issue 12 item 3).
public struct ConductDecisionScreen: Screen {
    public enum Field: Hashable, Sendable {
        case decision, reasons, writtenOnly, pointOfContact, noLoneVisits, callTimes, start, review, policeReference
    }

    public enum Action: Sendable {
        case form(Form<Field>.Action)
        case save
        case decided(ConductIncident, letterPath: String?, letterProblem: String?)
        case refused(String)
        /// Refused because the incident changed since it was read; `fresh` is the incident now.
        case refusedAsStale(ChangedSinceRead, fresh: ConductIncident?)
        /// Ctrl-R after a stale refusal: the same decision on the fresh incident.
        case reapplyKeyPressed
    }

    /// What was decided, and where its letter went.
    public struct Outcome: Sendable {
        public let incident: ConductIncident
        public let letterPath: String?
        public let letterProblem: String?
    }

    static let decisions = ["warning letter", "contact restriction", "police referral", "HR referral", "no further action"]
    static let yesNo = ["yes", "no"]

    /// The incident as read: when opened, or again after a stale refusal.
    public private(set) var incident: ConductIncident
    public let earlier: [ConductIncident]
    let today: CivilDate
    public private(set) var form: Form<Field>
    public private(set) var outcome: Outcome?
    public private(set) var problem: String?
    public private(set) var isSaving = false
    /// The stale refusal, while Ctrl-R offers to save the decision again on the fresh incident.
    public private(set) var reapply: ReapplyOffer<Action>?

    public init(incident: ConductIncident, earlier: [ConductIncident] = [], today: CivilDate) {
        self.incident = incident
        self.earlier = earlier
        self.today = today
        let date: @Sendable (String) -> String? = { CivilDate(iso: $0) == nil ? "a date like \(today.iso)" : nil }
        self.form = Form(fields: [
            .init(.decision, label: "Decision", value: Self.suggested(for: incident), choices: Self.decisions),
            .init(.reasons, label: "Reasons", hint: "split by ;", maxLength: 1_000),
            .init(.writtenOnly, label: "Written contact only", choices: Self.yesNo),
            .init(.pointOfContact, label: "Single point of contact", hint: "a name", maxLength: 100),
            .init(.noLoneVisits, label: "No lone staff visits", value: "no", choices: Self.yesNo),
            .init(.callTimes, label: "Set call times", hint: "Tue 10-11am", maxLength: 200),
            .init(.start, label: "Restriction starts", value: today.iso, hint: "YYYY-MM-DD", maxLength: 10, validate: date),
            .init(.review, label: "Review date", value: today.adding(months: 6).iso, hint: "6-12 months", maxLength: 10, validate: date),
            .init(.policeReference, label: "Police reference", hint: "e.g. VP-1234", maxLength: 60),
        ])
    }

    /// The decision the incident most likely needs first: the police for threats or violence,
    /// HR for an employee, otherwise a warning.
    static func suggested(for incident: ConductIncident) -> String {
        if incident.outstandingReferrals.contains(.police) { return "police referral" }
        if incident.outstandingReferrals.contains(.hr) { return "HR referral" }
        return "warning letter"
    }

    public var title: String { "Decide \(incident.id)" }
    public var hasUnsavedInput: Bool { outcome == nil && form.isDirty }

    public var bindings: [KeyBinding<Action>] {
        guard outcome == nil else { return [] }
        return (reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)])
            + [KeyBinding(.function(2), help: "save the decision", action: .save)]
    }

    public var extraHelp: [KeyHint] { outcome != nil ? [] : Form<Field>.hints }

    public func action(for key: Key) -> Action? {
        guard outcome == nil else { return nil }
        return bindings.action(for: key) ?? Form<Field>.action(for: key).map(Action.form)
    }

    // MARK: - Building the decision

    var reasons: [String] {
        form[.reasons].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The decision the fields describe, or the domain's refusal of a restriction.
    func decisionKind() throws(ConductRefusal) -> SupervisorDecisionKind {
        switch form[.decision] {
        case "contact restriction":
            var kinds: Set<ContactRestriction.Kind> = []
            if form[.writtenOnly] == "yes" { kinds.insert(.writtenContactOnly) }
            let contact = form[.pointOfContact].trimmingCharacters(in: .whitespaces)
            if !contact.isEmpty { kinds.insert(.singleNamedPointOfContact(contact)) }
            if form[.noLoneVisits] == "yes" { kinds.insert(.noLoneStaffVisits) }
            let times = form[.callTimes].trimmingCharacters(in: .whitespaces)
            if !times.isEmpty { kinds.insert(.setCallTimes(times)) }
            // The fields' own checks refuse a date that does not parse before this is asked.
            let start = CivilDate(iso: form[.start]) ?? today
            let review = CivilDate(iso: form[.review]) ?? today
            return .contactRestriction(try ContactRestriction(kinds: kinds, startDate: start, reviewDate: review))
        case "police referral": return .policeReferral(reference: form[.policeReference])
        case "HR referral": return .hrReferral
        case "no further action": return .noFurtherAction
        default: return .warningLetter
        }
    }

    // MARK: - Update

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .form(let edit):
            form.apply(edit)
            return .none
        case .save:
            guard !isSaving else { return .none }
            guard form.validateAll() else { return .error("Check the fields marked ✖") }
            let kind: SupervisorDecisionKind
            do {
                kind = try decisionKind()
            } catch {
                problem = error.message
                return .error(error.message)
            }
            isSaving = true
            return save(kind, env: env)
        case .decided(let incident, let path, let letterProblem):
            isSaving = false
            problem = nil
            reapply = nil
            outcome = Outcome(incident: incident, letterPath: path, letterProblem: letterProblem)
            form.markSaved()
            if let letterProblem { return .error("Decision saved, but " + letterProblem) }
            return .message(path.map { "Decision saved · letter written to \($0)" } ?? "Decision saved")
        case .refused(let message):
            isSaving = false
            problem = message
            return .error(message)
        case .refusedAsStale(let stale, let fresh):
            isSaving = false
            if let fresh { incident = fresh }
            let offer = ReapplyOffer(refusal: stale, change: Action.save)
            reapply = offer
            problem = offer.message
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard let change = reapply.takeChange() else { return .none }
            return reduce(change, env: env)
        }
    }

    private func save(_ kind: SupervisorDecisionKind, env: ScreenEnvironment) -> Effect<Action> {
        let id = incident.id, version = incident.timeline.count, reasons = self.reasons, user = env.agent, role = env.role, now = env.now
        return .run { services in
            let decided: ConductIncident
            let port: any ConductPort
            do {
                port = try services.port((any ConductPort).self)
                decided = try port.apply([.supervisorDecided(kind, reasons: reasons)], to: id, readVersion: version, by: user, role: role, at: now)
            } catch let stale as ChangedSinceRead {
                return .refusedAsStale(stale, fresh: try? services.port((any ConductPort).self).open(id, by: user, role: role, at: now))
            } catch {
                return .refused(ConductProblem.message(for: error))
            }
            guard let decision = decided.decisions.last, Self.hasLetter(decision.kind) else {
                return .decided(decided, letterPath: nil, letterProblem: nil)
            }
            do {
                return .decided(decided, letterPath: try port.writeLetter(for: id, decision: decision, by: user, at: now), letterProblem: nil)
            } catch {
                return .decided(decided, letterPath: nil, letterProblem: ConductProblem.message(for: error))
            }
        }
    }

    /// Warning letters and restriction notices go to the customer; other decisions do not.
    static func hasLetter(_ kind: SupervisorDecisionKind) -> Bool {
        switch kind {
        case .warningLetter, .contactRestriction: true
        case .noFurtherAction, .policeReferral, .hrReferral: false
        }
    }

    // MARK: - Render

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        var y = inner.y
        func line(_ text: String, _ role: StyleRole, wrap: Int = 1) {
            for part in TextWrap.lines(text, width: inner.width).prefix(wrap) where y < inner.maxY {
                canvas.write(part, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
        // After saving, the header describes the incident as decided, not as it was.
        let incident = outcome?.incident ?? self.incident
        let repeatText = earlier.isEmpty ? "" : " · \(ConductText.repeatMarker): \(earlier.count) earlier"
        line("\(incident.id) · \(ConductText.person(incident))\(repeatText)", earlier.isEmpty ? .title : .danger)
        line("Behaviour: " + ConductText.behaviours(incident.behaviours), incident.isViolentOrThreatening ? .danger : .text)
        // What the agent wrote, wrapped in full while the form still fits below it; on a short
        // terminal the rest is marked, and the incident (Esc) shows it whole.
        let room = outcome != nil ? inner.maxY - y - 8 : inner.maxY - y - 1 - form.height(width: inner.width) - 3
        var accountLines = ConductText.accounts(of: incident).flatMap { label, text, role in
            TextWrap.lines(label + text, width: inner.width).map { ($0, role) }
        }
        if accountLines.count > max(2, room) {
            accountLines = Array(accountLines.prefix(max(2, room) - 1)) + [("… more: Esc, the incident shows it in full", .muted)]
        }
        for (text, role) in accountLines where y < inner.maxY {
            canvas.write(text, x: inner.x, y: y, width: inner.width, role: role)
            y += 1
        }
        if !incident.decisions.isEmpty {
            line("Decided so far: " + incident.decisions.map { ConductText.decision($0.kind) }.joined(separator: "; "), .muted)
        }
        if !incident.outstandingReferrals.isEmpty {
            line("⚠ Still needs: " + incident.outstandingReferrals.map(\.label).sorted().joined(separator: ", "), .warning)
        }
        y += 1
        if let outcome {
            renderOutcome(outcome, into: &canvas, area: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y))
            return
        }
        form.render(into: &canvas, area: Rect(x: inner.x, y: y, width: inner.width, height: form.height(width: inner.width)))
        y += form.height(width: inner.width) + 1
        line("The restriction fields apply to a contact restriction; the reference to a police referral. Reasons are quoted in the letter.", .muted, wrap: 2)
        if let problem { line("✖ " + problem, .error, wrap: 3) }
    }

    private func renderOutcome(_ outcome: Outcome, into canvas: inout Canvas, area: Rect) {
        var lines: [(String, StyleRole)] = []
        if let decision = outcome.incident.decisions.last {
            lines.append(("✔ Decided: \(decision.kind.label)", .success))
            if case .contactRestriction(let restriction) = decision.kind {
                let kinds = restriction.orderedKinds.map(\.label).joined(separator: "; ")
                lines.append(("Restriction: \(kinds) · from \(restriction.startDate.iso) · review \(restriction.reviewDate.iso)", .text))
                if let warning = restriction.lengthWarning { lines.append(("▲ " + warning, .warning)) }
            }
            lines.append(("Reasons: " + decision.reasons.joined(separator: "; "), .text))
        }
        if let path = outcome.letterPath { lines.append(("Letter written to " + path, .text)) }
        if let problem = outcome.letterProblem { lines.append(("✖ The letter was not written: " + problem, .error)) }
        if !outcome.incident.outstandingReferrals.isEmpty {
            let needed = outcome.incident.outstandingReferrals.map(\.label).sorted().joined(separator: ", ")
            lines.append(("● The incident stays in the review queue until the \(needed) is recorded.", .warning))
        }
        lines.append(("Esc goes back to the incident.", .muted))
        var y = area.y
        for (text, role) in lines {
            for part in TextWrap.lines(text, width: area.width) where y < area.maxY {
                canvas.write(part, x: area.x, y: y, width: area.width, role: role)
                y += 1
            }
        }
    }
}
