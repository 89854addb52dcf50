import TaplineDomain

/// The wrap-up of a call (issue 13 item 1): why the customer called, how it ended, and a
/// summary, asked for as the agent leaves the account (or at once for a caller never
/// identified: F6 on Home or the lookup).
///
/// The summary starts with what was done on the call, read from the audit trail
/// (`CallActivity`), for the agent to keep, add to or replace. Reason and outcome are choice
/// fields of the configured codes (`WrapUpCodes`), starting unchosen: a call's reason is
/// never recorded by default. F2 checks it (`CallWrapUp`), records the call and goes back past
/// the account to where the agent came from; Esc goes back to the account with the call still
/// going (asking first when something was typed). Only when the store refuses the call does
/// F4 offer to leave without recording it, so a store that is away never traps the agent.
public struct WrapUpScreen: Screen {
    public typealias Field = CallWrapUp.Field

    public enum Action: Sendable {
        case activityLoaded([String])
        case activityFailed(String)
        case form(Form<Field>.Action)
        case saveKeyPressed
        case saved(Interaction)
        case saveFailed(String)
        case leaveWithoutRecordingKeyPressed
    }

    /// What a choice field shows until the agent chooses.
    public static let unchosen = "— choose —"

    public let call: CallInProgress
    public private(set) var form: Form<Field>
    /// What was done on the call, as the audit trail says; nil while it is read.
    public private(set) var done: [String]?
    /// Why the last read or save failed, shown on the screen.
    public private(set) var failure: String?
    /// Set once the store refused the call: F4 may then leave without recording it.
    public private(set) var saveRefused = false
    private var isSaving = false

    public init(call: CallInProgress, codes: WrapUpCodes) {
        self.call = call
        self.form = Self.makeForm(codes: codes)
        if call.account == nil { done = [] }
    }

    public var title: String {
        guard let account = call.account else { return "Wrap-up — caller not identified" }
        return "Wrap-up — \(account.customerName) (\(account.accountNumber))"
    }

    public var hasUnsavedInput: Bool { form.isDirty }
    public var customerContext: CustomerContext? {
        call.account.map { CustomerContext(accountNumber: $0.accountNumber, customerName: $0.customerName) }
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        var list = [KeyBinding(.function(2), help: "record the call", action: Action.saveKeyPressed)]
        if saveRefused {
            list.append(KeyBinding(.function(4), help: "leave without recording the call", action: .leaveWithoutRecordingKeyPressed))
        }
        return list
    }

    public var extraHelp: [KeyHint] {
        [KeyHint(label: "Esc", help: call.account == nil ? "back, recording nothing" : "back to the account: the call goes on",
                 showsInBar: false)] + Form<Field>.hints
    }

    public func action(for key: Key) -> Action? {
        bindings.action(for: key) ?? Form<Field>.action(for: key).map(Action.form)
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard done == nil, let account = call.account else { return .none }
        let number = account.accountNumber, agent = env.agent, start = call.startedAt
        return .run("activity") { services in
            do {
                return .activityLoaded(try services.port((any CallsPort).self).activity(on: number, by: agent, since: start))
            } catch {
                return .activityFailed("What was done on the call could not be read: \(error)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .activityLoaded(let lines):
            done = lines
            // Filled in for the agent, unless they have started on the summary already.
            if form[.summary].isEmpty { form[.summary] = CallActivity.summary(of: lines) }
            return .none
        case .activityFailed(let message):
            done = []
            failure = message
            return .none
        case .form(let formAction):
            form.apply(formAction)
            return .none
        case .saveKeyPressed:
            return save(env: env)
        case .saved(let recorded):
            isSaving = false
            form.markSaved()
            let codes = env.wrapUpCodes
            let words = "Call recorded: \(codes.reasonLabel(recorded.reason ?? "")) — \(codes.outcomeLabel(recorded.outcome ?? ""))"
            // Back past the account to the lookup or Home: the call is over.
            return call.account == nil ? .message(words).and(.pop) : .message(words).and(.pop).and(.pop)
        case .saveFailed(let message):
            isSaving = false
            saveRefused = true
            failure = "Not recorded: \(message). F2 tries again; F4 leaves without recording the call."
            return .error("Not recorded: \(message)")
        case .leaveWithoutRecordingKeyPressed:
            guard saveRefused else { return .none }
            form.markSaved()
            let words = "The call was not recorded: the store refused it"
            return call.account == nil ? .error(words).and(.pop) : .error(words).and(.pop).and(.pop)
        }
    }

    /// The wrap-up as chosen and typed: codes' labels, or empty where nothing was chosen.
    public var wrapUp: CallWrapUp {
        func chosen(_ field: Field) -> String { form[field] == Self.unchosen ? "" : form[field] }
        return CallWrapUp(reason: chosen(.reason), outcome: chosen(.outcome), summary: form[.summary])
    }

    private mutating func save(env: ScreenEnvironment) -> Effect<Action> {
        guard !isSaving else { return .none }
        let wrapUp = self.wrapUp
        let problems = wrapUp.problems(codes: env.wrapUpCodes)
        form.errors = problems
        if let first = Field.allCases.first(where: { problems[$0] != nil }) {
            form.focus = first
            return .error("Not recorded: correct the fields marked ✖")
        }
        guard let recorded = wrapUp.interaction(startedAt: call.startedAt, endedAt: env.now, agent: env.agent, done: done ?? [],
                                                channel: call.channel, codes: env.wrapUpCodes) else { return .none }
        isSaving = true
        failure = nil
        let number = call.account?.accountNumber
        return .run("save") { services in
            do {
                try services.port((any CallsPort).self).record(recorded, on: number)
                return .saved(recorded)
            } catch {
                return .saveFailed("\(error)")
            }
        }
    }

    // MARK: - The form

    static func makeForm(codes: WrapUpCodes) -> Form<Field> {
        Form(fields: [
            .init(.reason, label: "Reason", choices: [unchosen] + codes.reasons.map(\.label)),
            .init(.outcome, label: "Outcome", choices: [unchosen] + codes.outcomes.map(\.label)),
            // Longer than may be saved, so a long summary is refused in words on F2, not cut.
            .init(.summary, label: "Summary", maxLength: CallWrapUp.maximumSummaryLength * 4, lines: 5),
        ])
    }

    /// Whole minutes from the start of the call to `now`.
    static func minutes(from start: LocalDateTime, to now: LocalDateTime) -> Int {
        max(0, start.date.days(until: now.date) * 1440 + now.minuteOfDay - start.minuteOfDay)
    }
}
