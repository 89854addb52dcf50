import TaplineDomain

/// How the customers want to be reached (`i` on the account; issue 13 item 2): the preferred
/// contact method, an interpreter's language and the TTY service (Charter 14.10), and for each
/// customer who may act for them with the day written consent arrived (4.4(c), 5.5(c)).
///
/// Each field is checked by its rule and a problem shows under it. F2 saves against the
/// version read and goes back to the account, whose banners show the needs and any third party
/// not yet to be told about the account; a stale save keeps what was typed and Ctrl-R makes
/// the same change on the fresh copy. Esc asks before throwing typing away.
public struct ContactPreferencesScreen: Screen {
    public typealias Field = ContactPreferencesForm.Field

    public enum Action: Sendable {
        case loaded(Account?)
        case loadFailed(String)
        case form(Form<ContactPreferencesForm.Field>.Action)
        case saveKeyPressed
        case saved(Account, message: String)
        case saveFailed(String)
        case refusedAsStale(ChangedSinceRead, fresh: Account?)
        case reapplyKeyPressed
    }

    public let context: AccountContext
    private var load = AccountFormLoad<ContactPreferencesForm.Field>()
    /// One save at a time, and Ctrl-R's offer after a stale refusal.
    private var saving = AccountFormSave<ContactPreferences>()
    public var reapply: ReapplyOffer<ContactPreferences>? { saving.reapply }

    public init(context: AccountContext) {
        self.context = context
    }

    public var account: Account? { load.account }
    public var form: Form<Field>? { load.form }
    public var failure: String? { load.failure }
    public var title: String { "Contact preferences — \(context.customerName) (\(context.accountNumber))" }
    public var hasUnsavedInput: Bool { load.hasUnsavedInput }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var bindings: [KeyBinding<Action>] {
        var list = saving.bindings(Action.reapplyKeyPressed)
        if form != nil { list.append(KeyBinding(.function(2), help: "save the preferences", action: .saveKeyPressed)) }
        return list
    }

    public var extraHelp: [KeyHint] { form == nil ? [] : Form<Field>.hints }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        return load.formAction(for: key).map(Action.form)
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard account == nil else { return .none }
        return AccountFormLoad<Field>.read(context.accountNumber, key: "preferences",
                                           through: { try $0.port((any ContactPreferencesPort).self).account($1) },
                                           loaded: Action.loaded, failed: Action.loadFailed)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let loaded):
            load.loaded(loaded, accountNumber: context.accountNumber, makeForm: ContactPreferencesForm.make)
            return .none
        case .loadFailed(let message):
            load.failure = message
            return .none
        case .form(let formAction):
            load.apply(formAction)
            return .none
        case .saveKeyPressed:
            saving.withdrawOffer()
            guard !saving.isSaving, var form, let account else { return .none }
            switch ContactPreferencesForm.preferences(form, for: account, today: env.today) {
            case .failure(let problems):
                form.errors = problems.byField
                form.focus = form.fields.map(\.id).first { problems.byField[$0] != nil }
                load.update(form)
                return fail("Not saved: correct the fields marked ✖")
            case .success(let preferences):
                form.errors = [:]
                load.update(form)
                return save(preferences, env: env)
            }
        case .saved(let saved, let message):
            saving.ended()
            load.saved(saved)
            return .message(message).and(.pop)
        case .saveFailed(let message):
            saving.ended()
            return fail("Not saved: \(message)")
        case .refusedAsStale(let refusal, let fresh):
            load.refreshed(fresh)
            load.failure = nil
            return .error(saving.refused(refusal))
        case .reapplyKeyPressed:
            guard let change = saving.takeReapply() else { return .none }
            return save(change, env: env)
        }
    }

    private mutating func save(_ preferences: ContactPreferences, env: ScreenEnvironment) -> Effect<Action> {
        guard let account, saving.begin(preferences) else { return .none }
        let number = context.accountNumber, version = account.version, agent = env.agent, now = env.now
        return AccountFormSave<ContactPreferences>.run({ services in
            let saved = try services.port((any ContactPreferencesPort).self).save(preferences, of: number, readVersion: version,
                                                                                  by: agent, at: now)
            return .saved(saved, message: saved.version == version ? "Nothing changed: the preferences are as they were"
                                                                   : "Contact preferences saved for account \(number)")
        }, stale: { refusal, services in
            .refusedAsStale(refusal, fresh: try? services.port((any ContactPreferencesPort).self).account(number))
        }, failed: Action.saveFailed)
    }

    private mutating func fail(_ message: String) -> Effect<Action> {
        load.failure = message
        return .error(message)
    }
}
