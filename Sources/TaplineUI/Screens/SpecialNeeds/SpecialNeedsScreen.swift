import TaplineDomain

/// Registers, changes or removes a customer's entry on the special-needs register (`s` on the
/// account; Charter 9.5, issue 13 item 4): the need (life support 9.5(a), or another need
/// 9.5(b)), the date registered, the evidence and the notes.
///
/// Each field is checked by its rule (`SpecialNeedsRules`: evidence required for life support,
/// notes at most 500 characters, a real date not after today) and a problem shows under it in
/// words. F2 saves against the version read and goes back to the account, whose badge and
/// banner show it at once; F8 removes the registration, asking why first. A save refused
/// because a colleague saved the account first keeps what was typed, says who changed it,
/// when and what, and Ctrl-R makes the same change on the fresh copy. Esc asks before
/// throwing typing away.
public struct SpecialNeedsScreen: Screen {
    public typealias Field = SpecialNeedsRules.Field

    public enum Action: Sendable {
        case loaded(Account?)
        case loadFailed(String)
        case form(Form<Field>.Action)
        case saveKeyPressed
        /// F8: ask why the registration is removed.
        case removeKeyPressed
        case reason(TextField.Edit)
        /// F2 while asked why: remove it with the reason typed.
        case confirmRemoval
        /// Esc while asked why: keep the registration.
        case cancelRemoval
        case saved(Account, message: String)
        case saveFailed(String)
        /// Refused because someone saved the account since it was read; `fresh` is it now.
        case refusedAsStale(ChangedSinceRead, fresh: Account?)
        /// Ctrl-R after a stale refusal: the same change on the fresh copy.
        case reapplyKeyPressed
    }

    /// The need choice's words, in clause order.
    public static let needChoices = SpecialNeed.allCases.map(choice)

    static func choice(_ need: SpecialNeed) -> String { "\(need.displayName) (\(need.clause))" }

    public let context: AccountContext
    /// The account as read (the version a save is based on, the registration it holds), the
    /// form, why a load or save failed, and keys pressed before the account was read.
    private var load = AccountFormLoad<Field>()
    public var account: Account? { load.account }
    public var form: Form<Field>? { load.form }
    /// The reason being typed for removing the registration, while F8 asks for it.
    public private(set) var removalReason: TextField?
    /// Why the last load or save failed, shown on the screen; cleared by the next key.
    public var failure: String? { load.failure }
    /// The stale refusal, while Ctrl-R offers to make the change again on the fresh copy.
    public private(set) var reapply: ReapplyOffer<Action>?
    /// The change the refused save tried to make, to make again on Ctrl-R.
    private var refusedChange: SpecialNeedsChange?
    private var isSaving = false

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Special needs — \(context.customerName) (\(context.accountNumber))" }
    public var hasUnsavedInput: Bool {
        load.hasUnsavedInput || removalReason.map { !$0.isEmpty } == true
    }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }
    /// The screen says what the register holds itself: the console's strip would repeat it.
    public var showsCustomerFlags: Bool { true }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        if removalReason != nil {
            return [KeyBinding(.function(2), help: "remove the registration with this reason", action: .confirmRemoval),
                    KeyBinding(.escape, help: "keep the registration", action: .cancelRemoval)]
        }
        var list: [KeyBinding<Action>] = reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)]
        if form != nil { list.append(KeyBinding(.function(2), help: "save the registration", action: .saveKeyPressed)) }
        if account?.specialNeeds != nil {
            list.append(KeyBinding(.function(8), help: "remove from the register (asks why)", action: .removeKeyPressed))
        }
        return list
    }

    public var extraHelp: [KeyHint] {
        if removalReason != nil { return TextField.editHints }
        return form == nil ? [] : Form<Field>.hints
    }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        if removalReason != nil { return TextField.edit(for: key).map(Action.reason) }
        return load.formAction(for: key).map(Action.form)
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard account == nil else { return .none }
        return AccountFormLoad<Field>.read(context.accountNumber, key: "special-needs",
                                           through: { try $0.port((any SpecialNeedsPort).self).account($1) },
                                           loaded: Action.loaded, failed: Action.loadFailed)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let loaded):
            load.loaded(loaded, accountNumber: context.accountNumber) { Self.makeForm(for: $0.specialNeeds, today: env.today) }
            return .none
        case .loadFailed(let message):
            load.failure = message
            return .none
        case .form(let formAction):
            load.apply(formAction)
            return .none
        case .saveKeyPressed:
            reapply = nil
            refusedChange = nil
            guard !isSaving, var form else { return .none }
            let valid = form.validateAll()
            guard valid, let registration = typed else {
                load.update(form)
                return fail("Not saved: correct the fields marked ✖")
            }
            let problems = registration.problems(today: env.today)
            if !problems.isEmpty {
                form.errors.merge(problems) { old, _ in old }
                form.focus = Field.allCases.first { problems[$0] != nil }
                load.update(form)
                return fail("Not saved: correct the fields marked ✖")
            }
            load.update(form)
            return save(.register(registration), env: env)
        case .removeKeyPressed:
            guard account?.specialNeeds != nil else { return .none }
            reapply = nil
            refusedChange = nil
            load.failure = nil
            removalReason = TextField(maxLength: SpecialNeedsRules.maximumReasonLength,
                                      placeholder: "why: moved out, no longer needs the machine…")
            return .none
        case .reason(let edit):
            if removalReason?.apply(edit) == false {
                return .error("the reason can be at most \(SpecialNeedsRules.maximumReasonLength) characters")
            }
            return .none
        case .cancelRemoval:
            removalReason = nil
            return .none
        case .confirmRemoval:
            let reason = removalReason?.text ?? ""
            if let problem = SpecialNeedsRules.reasonProblem(reason) { return fail("Not removed: " + problem) }
            return save(.remove(reason: reason, on: env.today), env: env)
        case .saved(let saved, let message):
            isSaving = false
            load.saved(saved)
            removalReason = nil
            return .message(message).and(.pop)
        case .saveFailed(let message):
            isSaving = false
            return fail("Not saved: \(message)")
        case .refusedAsStale(let refusal, let fresh):
            isSaving = false
            load.refreshed(fresh)
            let offer = ReapplyOffer(refusal: refusal, change: Action.reapplyKeyPressed)
            reapply = offer
            load.failure = nil
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard reapply != nil, let change = refusedChange else { return .none }
            reapply = nil
            refusedChange = nil
            return save(change, env: env)
        }
    }

    // MARK: - Saving

    /// The registration as typed, or nil while the date is not a date.
    public var typed: SpecialNeedsRegistration? {
        guard let form, let date = CivilDate(iso: form[.registeredOn].trimmingWhitespace) else { return nil }
        let need = SpecialNeed.allCases.first { Self.choice($0) == form[.need] } ?? .lifeSupport
        return SpecialNeedsRegistration(need: need, registeredOn: date, evidence: form[.evidence], notes: form[.notes]).normalised
    }

    private mutating func save(_ change: SpecialNeedsChange, env: ScreenEnvironment) -> Effect<Action> {
        guard !isSaving, let account else { return .none }
        refusedChange = change
        isSaving = true
        let number = context.accountNumber, version = account.version, agent = env.agent, now = env.now
        let before = account.specialNeeds
        return .run("save") { services in
            do {
                let port = try services.port((any SpecialNeedsPort).self)
                let saved = try port.save(change, of: number, readVersion: version, by: agent, at: now)
                return .saved(saved, message: Self.savedMessage(change, before: before, number: number))
            } catch let stale as ChangedSinceRead {
                return .refusedAsStale(stale, fresh: try? services.port((any SpecialNeedsPort).self).account(number))
            } catch {
                return .saveFailed("\(error)")
            }
        }
    }

    /// What the status line says once saved: "Registered: life support (9.5(a)) for account 1000000002".
    static func savedMessage(_ change: SpecialNeedsChange, before: SpecialNeedsRegistration?, number: String) -> String {
        switch change {
        case .register(let registration) where registration == before:
            return "Nothing changed: the registration is as it was"
        case .register(let registration):
            return "\(before == nil ? "Registered" : "Registration changed"): \(registration.need.displayName) (\(registration.need.clause)) for account \(number)"
        case .remove:
            return "Removed from the special-needs register: account \(number)"
        }
    }

    /// Shows why a save failed, on the screen and the status line.
    private mutating func fail(_ message: String) -> Effect<Action> {
        load.failure = message
        return .error(message)
    }

    // MARK: - The form

    /// The need, the date registered (today for a new registration), the evidence and the
    /// notes; the date checked as it is saved against `today`.
    static func makeForm(for registration: SpecialNeedsRegistration?, today: CivilDate) -> Form<Field> {
        let date: @Sendable (String) -> String? = { SpecialNeedsRules.dateProblem($0, today: today) }
        return Form(fields: [
            .init(.need, label: "Need", value: choice(registration?.need ?? .lifeSupport), choices: needChoices),
            .init(.registeredOn, label: "Date registered", value: (registration?.registeredOn ?? today).iso,
                  hint: "YYYY-MM-DD, not after today", maxLength: 10, validate: date),
            // Longer than the rule allows, so a pasted 1,000-character text is refused with its
            // count rather than silently stopped short.
            .init(.evidence, label: "Evidence", value: registration?.evidence ?? "",
                  // No check of its own: its rule depends on the need, checked with it on save.
                  hint: "required: 9.5(a)", maxLength: 2 * SpecialNeedsRules.maximumEvidenceLength, lines: 2),
            .init(.notes, label: "Notes", value: registration?.notes ?? "", hint: "optional",
                  maxLength: 2 * SpecialNeedsRules.maximumNotesLength + 100, lines: 3, validate: SpecialNeedsRules.notesProblem),
        ])
    }
}
