import TaplineDomain

/// Payment arrangements on an account (`d` on the account; issue 13 item 5): extend a bill's
/// due date (Charter 5.5(d)), take a promise to pay (5.5(a)), record direct debit (5.2(g)) or
/// Centrepay (5.2(e)) the customer chose, or redirect bills to someone who agreed in writing
/// to pay them (5.5(a)(2)).
///
/// The account's arrangements are listed above the form, newest first, a missed promise marked
/// for follow-up. The first field chooses the arrangement (←/→) and the fields after it follow.
/// F2 checks each field (a problem shows under it, nothing typed is lost), records the
/// arrangement, writes its confirmation letter and shows it, with the day written confirmation
/// is due (10 business days, 5.5(b)); Esc from the letter comes back here, the new arrangement
/// in the list and the form fresh. Arrangements are never changed, only added, so there is no
/// stale save to refuse.
public struct ArrangementsScreen: Screen {
    public typealias Field = ArrangementForm.Field

    public enum Action: Sendable {
        case loaded(ArrangementsStart?)
        case loadFailed(String)
        case form(Form<Field>.Action)
        case saveKeyPressed
        case saved(PaymentArrangement, letter: ArrangementLetter?, letterProblem: String?, fresh: ArrangementsStart?)
        case saveFailed(String)
    }

    public let context: AccountContext
    public private(set) var start: ArrangementsStart?
    public private(set) var form: Form<Field>?
    public private(set) var failure: String?
    /// Keys pressed before the account was read, applied to the form as soon as it is made.
    private var pendingKeys: [Form<Field>.Action] = []
    private var isSaving = false
    /// The form was remade for another arrangement after something was chosen or typed: Esc asks.
    private var remadeAfterInput = false

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Payment arrangements — \(context.customerName) (\(context.accountNumber))" }
    public var hasUnsavedInput: Bool { form?.isDirty == true || remadeAfterInput || !pendingKeys.isEmpty }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        form == nil ? [] : [KeyBinding(.function(2), help: "record the arrangement and show its letter", action: .saveKeyPressed)]
    }

    public var extraHelp: [KeyHint] { Form<Field>.hints }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        guard form != nil || (start == nil && failure == nil) else { return nil }
        return Form<Field>.action(for: key).map(Action.form)
    }

    // MARK: - Update

    /// Reads the account each time the screen shows (again after its letter), keeping the form.
    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        let number = context.accountNumber
        return .run("arrangements") { services in
            do {
                return .loaded(try services.port((any ArrangementsPort).self).start(accountNumber: number))
            } catch {
                return .loadFailed("The account's arrangements could not be read: \(error.plansMessage)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(nil):
            failure = "There is no account \(context.accountNumber)."
            return .none
        case .loaded(let read?):
            start = read
            if form == nil {
                var made = ArrangementForm.make(.dueDateExtension, start: read, today: env.today)
                for key in pendingKeys { remadeAfterInput = Self.apply(key, to: &made, start: read, today: env.today) || remadeAfterInput }
                pendingKeys = []
                form = made
            }
            return .none
        case .loadFailed(let message):
            failure = message
            return .error(message)
        case .form(let edit):
            guard var form, let start else {
                pendingKeys.append(edit)
                return .none
            }
            failure = nil
            remadeAfterInput = Self.apply(edit, to: &form, start: start, today: env.today) || remadeAfterInput
            self.form = form
            return .none
        case .saveKeyPressed:
            guard !isSaving, var form, let start else { return .none }
            switch ArrangementForm.arrangement(form, start: start, accountNumber: context.accountNumber, agent: env.agent,
                                               today: env.today, calendar: env.calendar) {
            case .failure(let problems):
                form.errors = problems.byField
                form.focus = form.fields.first { problems.byField[$0.id] != nil }?.id ?? form.focus
                self.form = form
                return fail("Not recorded: correct the fields marked ✖")
            case .success(let arrangement):
                form.errors = [:]
                self.form = form
                return save(arrangement, env: env)
            }
        case .saved(let arrangement, let letter, let letterProblem, let fresh):
            isSaving = false
            if let fresh { start = fresh }
            // The record is made: a fresh form of the same kind, nothing left to lose.
            if let start, let form { self.form = ArrangementForm.make(ArrangementForm.kind(form), start: start, today: env.today) }
            remadeAfterInput = false
            let due = arrangement.writtenConfirmationDue(calendar: env.calendar)
            guard let letter else {
                return .error("Recorded, but the letter was not written: \(letterProblem ?? ""); confirm in writing by \(due.display)")
            }
            let name = letter.path.split(separator: "/").last.map(String.init) ?? letter.path
            let viewer = TextViewerScreen(title: "Confirmation letter", heading: [
                "✔ " + arrangement.summary,
                "Confirm in writing by \(due.display) (10 business days, Charter 5.5(b)):",
                "this letter, written to \(name)",
            ], text: letter.text)
            return .message("Recorded; confirm in writing by \(due.display)").and(.push(viewer))
        case .saveFailed(let message):
            isSaving = false
            return fail("Not recorded: \(message)")
        }
    }

    /// A key on the form; a new arrangement (or a direct debit's other source) remakes the
    /// fields after it. Returns whether the form was remade from one holding input.
    private static func apply(_ edit: Form<Field>.Action, to form: inout Form<Field>, start: ArrangementsStart, today: CivilDate) -> Bool {
        let kind = form[.kind], from = form[.debitFrom]
        form.apply(edit)
        guard form[.kind] != kind || form[.debitFrom] != from else { return false }
        let hadInput = form.isDirty
        form = ArrangementForm.make(ArrangementForm.kind(form), start: start, today: today, keeping: form)
        return hadInput
    }

    // MARK: - Saving

    private mutating func save(_ arrangement: PaymentArrangement, env: ScreenEnvironment) -> Effect<Action> {
        isSaving = true
        let number = context.accountNumber, agent = env.agent, now = env.now
        return .run("arrangement-save") { services in
            do {
                let port = try services.port((any ArrangementsPort).self)
                try port.record(arrangement, on: number, by: agent, at: now)
                let fresh = try? port.start(accountNumber: number)
                do {
                    let letter = try port.writeConfirmation(for: arrangement, accountNumber: number, date: now.date)
                    return .saved(arrangement, letter: letter, letterProblem: nil, fresh: fresh)
                } catch {
                    return .saved(arrangement, letter: nil, letterProblem: error.plansMessage, fresh: fresh)
                }
            } catch {
                return .saveFailed(error.plansMessage)
            }
        }
    }

    /// Shows why a save failed, on the screen and the status line.
    private mutating func fail(_ message: String) -> Effect<Action> {
        failure = message
        return .error(message)
    }
}
