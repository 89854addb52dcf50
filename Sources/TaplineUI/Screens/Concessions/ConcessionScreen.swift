import TaplineDomain

/// Records a customer's concession card and a concession or URGS application (`k` on the
/// account; Charter 5.3, 7.2(b), (c); issue 13 item 3).
///
/// The card: its type (Pensioner Concession Card, Health Care Card, DVA Gold Card, or none),
/// number and validity; the store records the day it was advised and credits it from the next
/// bill (5.3), which the screen then shows. The application: a concession (7.2(b)) or URGS
/// (7.2(c)) application lodged on a date, pending or approved/declined on a date; while one is
/// pending the restriction check refuses under its clause. F2 saves against the version read
/// and goes back to the account, which shows the badge and any outstanding application at once;
/// a stale save keeps what was typed and Ctrl-R makes the same change on the fresh copy. Esc
/// asks before throwing typing away.
public struct ConcessionScreen: Screen {
    public typealias Field = ConcessionRules.Field

    public enum Action: Sendable {
        case loaded(Account?)
        case loadFailed(String)
        case form(Form<Field>.Action)
        case saveKeyPressed
        case saved(Account, message: String)
        case saveFailed(String)
        /// Refused because someone saved the account since it was read; `fresh` is it now.
        case refusedAsStale(ChangedSinceRead, fresh: Account?)
        /// Ctrl-R after a stale refusal: the same change on the fresh copy.
        case reapplyKeyPressed
    }

    public let context: AccountContext
    /// The account as read (the version a save is based on, its card and applications), the
    /// form, why a load or save failed, and keys pressed before the account was read.
    private var load = AccountFormLoad<Field>()
    public var account: Account? { load.account }
    public var form: Form<Field>? { load.form }
    public var failure: String? { load.failure }
    /// One save at a time, and Ctrl-R's offer after a stale refusal.
    private var saving = AccountFormSave<ConcessionChange>()
    public var reapply: ReapplyOffer<ConcessionChange>? { saving.reapply }

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Concession — \(context.customerName) (\(context.accountNumber))" }
    public var hasUnsavedInput: Bool { load.hasUnsavedInput }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        var list = saving.bindings(Action.reapplyKeyPressed)
        if form != nil { list.append(KeyBinding(.function(2), help: "save the card and application", action: .saveKeyPressed)) }
        return list
    }

    public var extraHelp: [KeyHint] { form == nil ? [] : Form<Field>.hints }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        return load.formAction(for: key).map(Action.form)
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard account == nil else { return .none }
        return AccountFormLoad<Field>.read(context.accountNumber, key: "concession",
                                           through: { try $0.port((any ConcessionPort).self).account($1) },
                                           loaded: Action.loaded, failed: Action.loadFailed)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let loaded):
            load.loaded(loaded, accountNumber: context.accountNumber) { ConcessionForm.make(for: $0, today: env.today) }
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
            switch ConcessionForm.change(form, over: account, today: env.today) {
            case .failure(let problems):
                form.errors = problems.byField
                form.focus = Field.allCases.first { problems.byField[$0] != nil }
                load.update(form)
                return fail("Not saved: correct the fields marked ✖")
            case .success(let change):
                form.errors = [:]
                load.update(form)
                return save(change, env: env)
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

    // MARK: - Saving

    private mutating func save(_ change: ConcessionChange, env: ScreenEnvironment) -> Effect<Action> {
        guard let account, saving.begin(change) else { return .none }
        let number = context.accountNumber, version = account.version, agent = env.agent, now = env.now
        return AccountFormSave<ConcessionChange>.run({ services in
            let saved = try services.port((any ConcessionPort).self).save(change, of: number, readVersion: version, by: agent, at: now)
            return .saved(saved, message: saved.version == version ? "Nothing changed: the concession is as it was"
                                                                   : "Concession saved for account \(number)")
        }, stale: { refusal, services in
            .refusedAsStale(refusal, fresh: try? services.port((any ConcessionPort).self).account(number))
        }, failed: Action.saveFailed)
    }

    /// Shows why a save failed, on the screen and the status line.
    private mutating func fail(_ message: String) -> Effect<Action> {
        load.failure = message
        return .error(message)
    }
}
