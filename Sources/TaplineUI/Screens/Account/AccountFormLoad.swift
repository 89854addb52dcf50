import TaplineDomain

/// The part every form about an account's own record shares (contact details, special needs,
/// concessions): the account as read (the version a save is based on), the form made from it,
/// why a load or save failed, and the keys pressed before the account was read, applied to the
/// form as soon as it is, so an agent who opens the form and types at once loses nothing.
public struct AccountFormLoad<Field: Hashable & Sendable>: Sendable {
    public private(set) var account: Account?
    public private(set) var form: Form<Field>?
    /// Why the last load or save failed, shown on the screen; cleared by the next key.
    public var failure: String?
    private var pendingKeys: [Form<Field>.Action] = []

    public init() {}

    /// Whether quitting or going back would lose typing.
    public var hasUnsavedInput: Bool { form?.isDirty == true || !pendingKeys.isEmpty }

    /// What a key does to the form; also while the account is still being read (kept for then).
    public func formAction(for key: Key) -> Form<Field>.Action? {
        guard form != nil || (account == nil && failure == nil) else { return nil }
        return Form<Field>.action(for: key)
    }

    /// The account read (or nil: there is none): the form is made from it the first time, with
    /// the keys pressed meanwhile applied; a later read (a fresh copy) leaves the form alone.
    public mutating func loaded(_ read: Account?, accountNumber: String, makeForm: (Account) -> Form<Field>) {
        guard let read else {
            failure = "There is no account \(accountNumber)."
            return
        }
        account = read
        guard form == nil else { return }
        var made = makeForm(read)
        for key in pendingKeys { made.apply(key) }
        pendingKeys = []
        form = made
    }

    /// A key for the form: applied, or kept until the form is made.
    public mutating func apply(_ action: Form<Field>.Action) {
        guard form != nil else {
            pendingKeys.append(action)
            return
        }
        failure = nil
        form?.apply(action)
    }

    /// The account as saved: the form's typing is no longer unsaved.
    public mutating func saved(_ account: Account) {
        self.account = account
        form?.markSaved()
    }

    /// A fresh copy read after a stale refusal, when there is one.
    public mutating func refreshed(_ account: Account?) {
        if let account { self.account = account }
    }

    /// The form after checking it on save (its errors and focus).
    public mutating func update(_ form: Form<Field>) { self.form = form }

    /// The work that reads the account for the form, once: its result as `loaded`, or a
    /// failure in words as `failed`. `read` asks the form's own port.
    public static func read<Action>(_ accountNumber: String, key: String,
                                    through read: @escaping @Sendable (Services, String) throws -> Account?,
                                    loaded: @escaping @Sendable (Account?) -> Action,
                                    failed: @escaping @Sendable (String) -> Action) -> Effect<Action> {
        .run(key) { services in
            do {
                return loaded(try read(services, accountNumber))
            } catch {
                return failed("The account could not be read: \(error)")
            }
        }
    }
}
