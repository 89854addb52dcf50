import Foundation
import TaplineDomain

/// Something an agent records on a complaint that needs a few details first, in a panel.
///
/// Each task builds its form, and turns the filled form into the complaint's next state with
/// the domain's transition, which refuses with a `ComplaintRefusal` whose message is shown.
public enum ComplaintTask: Sendable, Equatable {
    /// Charter 3.1(d)(1): raise to a Team Leader, Manager or General Manager.
    case escalate
    /// Charter 3.1(b), (c): the decision, its reasons and policy basis.
    case respond
    /// Charter 3.1(b): tell the customer when a complex complaint's reply will come.
    case markComplex
    /// Charter 3.2(c)(1): the customer asks for the decision to be reviewed.
    case furtherReview
    /// Charter 3.1(d)(2), 3.2: a claim lodged with EWOV or another forum.
    case claimLodged
    /// Charter 3.2: the external claim was finalised.
    case claimFinalised
    /// Charter 3.1(f): what the customer was told of 3.1(a)–(e).
    case inform
    /// Charter 3.2: the dispute counts as resolved.
    case resolve
    case close
    /// Issue 12 item 4: a supervisor gives the complaint to someone else to work.
    case assign

    public var title: String {
        switch self {
        case .escalate: return "Escalate (Charter 3.1(d)(1))"
        case .respond: return "Respond (Charter 3.1(b), (c))"
        case .markComplex: return "Complex: promise a reply date (3.1(b))"
        case .furtherReview: return "Further review sought (3.2(c)(1))"
        case .claimLodged: return "External claim lodged (3.1(d)(2))"
        case .claimFinalised: return "External claim finalised (3.2)"
        case .inform: return "Customer told (Charter 3.1(f))"
        case .resolve: return "Dispute resolved (Charter 3.2)"
        case .close: return "Close the complaint"
        case .assign: return "Give the complaint to someone"
        }
    }
}

/// The fields a task's panel may have.
public enum ComplaintTaskField: Hashable, Sendable {
    case level, text, reasons, policyBasis, date, forum, note, assignee
    case right(ComplaintRight)
}

/// A task being filled in: which task, and its form.
public struct ComplaintTaskPanel: Sendable {
    public let task: ComplaintTask
    public var form: Form<ComplaintTaskField>
    /// Who records a decision, and how it will be named (Charter 3.1(d)(1)); for `respond` only.
    public let responder: ComplaintResponder?
    /// The decider the response will name, worked out when the panel opens.
    public let decider: ComplaintDecider?
    /// Who holds each level: an escalation gives the complaint to one of them (3.1(d)(1)).
    public let deciders: [ComplaintResponder]

    static let yesNo = ["No", "Yes"]

    public init(task: ComplaintTask, complaint: Complaint, today: CivilDate, calendar: BusinessCalendar = .victoria,
                responder: ComplaintResponder? = nil, assignees: [String] = [], deciders: [ComplaintResponder] = [],
                assignee: String = "") {
        self.task = task
        self.responder = responder
        self.deciders = deciders
        self.decider = task == .respond ? responder.flatMap { try? ComplaintAuthority.decider(at: complaint.level, responder: $0) } : nil
        let note = Form<ComplaintTaskField>.Field(.note, label: "Note", hint: "optional", maxLength: 1_000)
        switch task {
        case .escalate:
            form = Form(fields: [
                .init(.level, label: "Raise to", choices: complaint.level.higherLevels.map(\.title)),
                note,
            ])
        case .respond:
            // The decision and its reasons are the customer's letter: they wrap, so they read back whole.
            form = Form(fields: [
                .init(.text, label: "Decision told", hint: "required", maxLength: 1_000, lines: 2,
                      validate: { $0.isEmpty ? ComplaintRefusal.missingResponseText.message : nil }),
                .init(.reasons, label: "Reasons", hint: "3.1(c)", maxLength: 1_000, lines: 3,
                      validate: { $0.isEmpty ? ComplaintRefusal.missingReasons.message : nil }),
                .init(.policyBasis, label: "Policy basis", hint: "if appropriate", maxLength: 200),
            ])
        case .markComplex:
            form = Form(fields: [
                .init(.date, label: "Reply by", hint: "YYYY-MM-DD, a business day", maxLength: 10,
                      validate: { Self.checkPromisedDate($0, calendar: calendar) }),
                note,
            ])
        case .claimLodged:
            form = Form(fields: [
                .init(.forum, label: "Forum", choices: ExternalForum.allCases.map(\.rawValue)),
                .init(.date, label: "Lodged on", value: today.iso, hint: "YYYY-MM-DD", maxLength: 10, validate: Self.checkDate),
                note,
            ])
        case .claimFinalised:
            form = Form(fields: [
                .init(.date, label: "Finalised on", value: today.iso, hint: "YYYY-MM-DD", maxLength: 10, validate: Self.checkDate),
                note,
            ])
        case .inform:
            let rights = complaint.rightsNotYetInformed
            form = Form(fields: rights.map {
                .init(.right($0), label: $0.clause, hint: $0.summary, choices: Self.yesNo)
            } + [note])
        case .assign:
            // `assignee`: the name chosen by typing (`NameChooser`), still changeable with ←/→.
            form = Form(fields: [.init(.assignee, label: "Give to", value: assignee, choices: assignees.filter { $0 != complaint.owner }), note])
        case .furtherReview, .resolve, .close:
            form = Form(fields: [note])
        }
    }

    /// What a task's panel shows above its form.
    public var explanation: String {
        switch task {
        case .escalate:
            return "Any higher level may be chosen; it goes to whoever holds it."
        case .assign: return "It leaves its owner's work and shows in My work for the one you choose."
        case .respond:
            return decider.map { "Recorded as decided by \($0.signature)." } ?? "The decision as the customer was told it, and why."
        case .markComplex: return "The date the customer was told to expect the full reply."
        case .furtherReview: return "The customer asked for the decision to be reviewed again."
        case .claimLodged: return "The dispute stays unresolved until the claim is finalised."
        case .claimFinalised: return "The dispute can count as resolved from the next day."
        case .inform: return "Choose Yes for each matter the customer was told of."
        case .resolve: return "Allowed once Charter 3.2's conditions are met."
        case .close: return "Needs a response, no review pending and no open external claim."
        }
    }

    static func checkDate(_ text: String) -> String? {
        CivilDate(iso: text) == nil ? "enter the date as YYYY-MM-DD" : nil
    }

    /// A date promised to the customer: a valid date on a business day (Charter Part C, 3.1(b)).
    static func checkPromisedDate(_ text: String, calendar: BusinessCalendar) -> String? {
        guard let date = CivilDate(iso: text) else { return "enter the date as YYYY-MM-DD" }
        do {
            try CustomerPromise.checkBusinessDay(date, calendar: calendar)
            return nil
        } catch {
            return error.message
        }
    }

    /// The outcome of a task: the complaint as changed, what to say, and what a trainee did.
    public struct Outcome: Sendable {
        public let complaint: Complaint
        public let message: String
        public let trainee: [TraineeAction]
    }

    /// The complaint after this task, or the refusal's message (form errors are marked on the form).
    public mutating func apply(to complaint: Complaint, env: ScreenEnvironment) -> Result<Outcome, ComplaintsPortError> {
        guard form.validateAll() else { return .failure(ComplaintsPortError(message: "correct the fields marked ✖")) }
        let now = env.now, agent = env.agent
        let note = form[.note].trimmingCharacters(in: .whitespaces)
        let date = CivilDate(iso: form[.date])
        do {
            switch task {
            case .escalate:
                guard let level = complaint.level.higherLevels.first(where: { $0.title == form[.level] }) else {
                    return .failure(ComplaintsPortError(message: "the complaint is already with the General Manager, the highest level"))
                }
                let holder = ComplaintAssignment.holder(of: level, among: deciders)
                let next = try complaint.escalated(to: level, at: now, by: agent, note: note, assigningTo: holder)
                return .success(Outcome(complaint: next,
                                        message: "Escalated to the \(level.title)" + (holder.map { ", given to \($0)" } ?? ""),
                                        trainee: [.escalatedComplaint(toLevel: ComplaintLetterWork.trainingName(level))]))
            case .respond:
                let basis = form[.policyBasis]
                let who = responder ?? ComplaintResponder(user: agent, role: env.role)
                let next = try complaint.responding(at: now, by: who, text: form[.text], reasons: form[.reasons],
                                                    policyBasis: basis.isEmpty ? nil : basis)
                return .success(Outcome(complaint: next, message: "Response recorded", trainee: [.respondedToComplaint]))
            case .markComplex:
                let next = try complaint.markedComplex(replyPromisedBy: date!, at: now, by: agent, calendar: env.calendar,
                                                       note: note)
                return .success(Outcome(complaint: next, message: "Marked complex: reply by \(date!.display)", trainee: []))
            case .furtherReview:
                return .success(Outcome(complaint: try complaint.seekingFurtherReview(at: now, by: agent, note: note),
                                        message: "Further review recorded", trainee: []))
            case .claimLodged:
                let forum = ExternalForum(rawValue: form[.forum]) ?? .ewov
                return .success(Outcome(complaint: try complaint.claimLodged(with: forum, on: date!, at: now, by: agent, note: note),
                                        message: "\(forum.rawValue) claim recorded", trainee: []))
            case .claimFinalised:
                return .success(Outcome(complaint: try complaint.claimFinalised(on: date!, at: now, by: agent, note: note),
                                        message: "External claim finalised", trainee: []))
            case .inform:
                let told = Set(form.fields.compactMap { field -> ComplaintRight? in
                    if case .right(let right) = field.id, field.input.text == "Yes" { return right }
                    return nil
                })
                guard !told.isEmpty else {
                    return .failure(ComplaintsPortError(message: "choose Yes for what the customer was told"))
                }
                let next = try complaint.informing(of: told, at: now, by: agent, note: note)
                return .success(Outcome(complaint: next, message: "Recorded what the customer was told",
                                        trainee: told.contains(.ewovReferral) ? [.referralOffered(to: "EWOV")] : []))
            case .resolve:
                return .success(Outcome(complaint: try complaint.resolving(at: now, by: agent, calendar: env.calendar, note: note),
                                        message: "Dispute marked resolved", trainee: []))
            case .close:
                return .success(Outcome(complaint: try complaint.closing(at: now, by: agent, note: note),
                                        message: "Complaint closed", trainee: []))
            case .assign:
                let next = try complaint.assigned(to: form[.assignee], at: now, by: agent, role: env.role, note: note)
                return .success(Outcome(complaint: next, message: "Given to \(next.owner)", trainee: []))
            }
        } catch {
            return .failure(ComplaintsPortError(message: error.message))
        }
    }
}
