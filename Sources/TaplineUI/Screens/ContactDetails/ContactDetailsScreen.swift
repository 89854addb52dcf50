import TaplineDomain

/// Corrects an account's contact details (`e` on the account, issue 13 item 2): each
/// customer's name, phone and email, and the billing (postal) address.
///
/// Each field is checked by its rule (`ContactRules`) and a problem shows under the field in
/// words. F2 saves against the version read; the account screen shows the new details on
/// return. A save refused because a colleague saved the account first (`ChangedSinceRead`)
/// keeps what was typed, says who changed it, when and what, reads the fresh copy, and Ctrl-R
/// makes the same changes on it: only the fields the agent changed, so a colleague's change to
/// another field is kept (issue 12 item 3). Esc asks before throwing typing away.
public struct ContactDetailsScreen: Screen {
    public typealias Field = ContactDetails.Field

    public enum Action: Sendable {
        case loaded(Account?)
        case loadFailed(String)
        case form(Form<Field>.Action)
        case saveKeyPressed
        case saved(Account, changed: Bool)
        case saveFailed(String)
        /// Refused because someone saved the account since it was read; `fresh` is it now.
        case refusedAsStale(ChangedSinceRead, fresh: Account?)
        /// Ctrl-R after a stale refusal: the same changes on the fresh copy.
        case reapplyKeyPressed
    }

    public let context: AccountContext
    /// The account as read: the version a save is based on.
    /// The account, form, failure and early keys (`AccountFormLoad`).
    private var load = AccountFormLoad<Field>()
    public var account: Account? { load.account }
    public var form: Form<Field>? { load.form }
    /// Why the last load or save failed, shown on the screen; cleared by the next key.
    public var failure: String? { load.failure }
    /// The stale refusal, while Ctrl-R offers to make the changes again on the fresh copy.
    public private(set) var reapply: ReapplyOffer<Action>?
    /// What the form held when the refused save was made, and the details it was based on.
    private var refusedChange: (base: ContactDetails, typed: ContactDetails)?
    private var isSaving = false

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Contact details — \(context.customerName) (\(context.accountNumber))" }
    public var hasUnsavedInput: Bool { load.hasUnsavedInput }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        var list: [KeyBinding<Action>] = reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)]
        if form != nil { list.append(KeyBinding(.function(2), help: "save the contact details", action: .saveKeyPressed)) }
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
        return AccountFormLoad<Field>.read(context.accountNumber, key: "contact",
                                           through: { try $0.port((any ContactDetailsPort).self).account($1) },
                                           loaded: Action.loaded, failed: Action.loadFailed)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let loaded):
            load.loaded(loaded, accountNumber: context.accountNumber) { Self.makeForm(for: ContactDetails(of: $0)) }
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
            return save(env: env)
        case .saved(let saved, let changed):
            isSaving = false
            load.saved(saved)
            return changed ? .message("Contact details saved for account \(context.accountNumber)").and(.pop)
                : .message("Nothing changed: the contact details are as they were", role: .info).and(.pop)
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
            guard reapply != nil, let change = refusedChange, let account, form != nil else { return .none }
            reapply = nil
            refusedChange = nil
            let merged = ContactDetails(of: account).reapplying(changesFrom: change.base, to: change.typed)
            fill(with: merged)
            return save(env: env)
        }
    }

    // MARK: - Saving

    /// The details as typed, in the order of the account's customers.
    public var typed: ContactDetails? {
        guard let form, let account else { return nil }
        let people = account.customers.indices.map { index in
            ContactDetails.Person(name: form[.name(index)], phone: form[.phone(index)], email: form[.email(index)])
        }
        let lines = [form[.street], form[.secondLine]]
        return ContactDetails(people: people, billingAddress: Address(lines: lines, suburb: form[.suburb],
                                                                      postcode: form[.postcode], state: form[.state])).normalised
    }

    private mutating func save(env: ScreenEnvironment) -> Effect<Action> {
        guard !isSaving, var form, let account, let details = typed else { return .none }
        let valid = form.validateAll()
        load.update(form)
        guard valid else { return fail("Not saved: correct the fields marked ✖") }
        let base = ContactDetails(of: account).normalised
        refusedChange = (base, details)
        isSaving = true
        let number = context.accountNumber, version = account.version, agent = env.agent, now = env.now
        let changed = !details.changes(from: base).isEmpty
        return .run("save") { services in
            do {
                let saved = try services.port((any ContactDetailsPort).self)
                    .save(details, of: number, readVersion: version, by: agent, at: now)
                return .saved(saved, changed: changed)
            } catch let stale as ChangedSinceRead {
                return .refusedAsStale(stale, fresh: try? services.port((any ContactDetailsPort).self).account(number))
            } catch {
                return .saveFailed("\(error)")
            }
        }
    }

    /// Shows why a save failed, on the screen and the status line.
    private mutating func fail(_ message: String) -> Effect<Action> {
        load.failure = message
        return .error(message)
    }

    /// Puts `details` in the form's fields, keeping the focus.
    private mutating func fill(with details: ContactDetails) {
        guard var form else { return }
        for (index, person) in details.people.enumerated() {
            form[.name(index)] = person.name
            form[.phone(index)] = person.phone ?? ""
            form[.email(index)] = person.email ?? ""
        }
        let lines = Self.twoLines(details.billingAddress.lines)
        form[.street] = lines.0
        form[.secondLine] = lines.1
        form[.suburb] = details.billingAddress.suburb
        form[.state] = details.billingAddress.state
        form[.postcode] = details.billingAddress.postcode
        load.update(form)
    }

    // MARK: - The form

    /// A name, phone and email per customer (the primary first as the account lists them),
    /// then the billing address; each field checked by its `ContactRules` rule.
    static func makeForm(for details: ContactDetails) -> Form<Field> {
        var fields: [Form<Field>.Field] = []
        for (index, person) in details.people.enumerated() {
            let who = details.people.count > 1 ? " \(index + 1)" : ""
            fields.append(.init(.name(index), label: "Name" + who, value: person.name, hint: "required",
                                maxLength: ContactRules.maximumNameLength, validate: ContactRules.nameProblem))
            fields.append(.init(.phone(index), label: "Phone" + who, value: person.phone ?? "", hint: "optional: 0412 345 678",
                                maxLength: 20, validate: ContactRules.phoneProblem))
            fields.append(.init(.email(index), label: "Email" + who, value: person.email ?? "", hint: "optional",
                                maxLength: ContactRules.maximumLineLength, validate: ContactRules.emailProblem))
        }
        let address = details.billingAddress
        let lines = twoLines(address.lines)
        fields.append(.init(.street, label: "Billing address", value: lines.0, hint: "street line",
                            maxLength: ContactRules.maximumLineLength, validate: ContactRules.streetProblem))
        fields.append(.init(.secondLine, label: "", value: lines.1, hint: "optional",
                            maxLength: ContactRules.maximumLineLength, validate: ContactRules.secondLineProblem))
        fields.append(.init(.suburb, label: "Suburb", value: address.suburb, maxLength: ContactRules.maximumLineLength,
                            validate: ContactRules.suburbProblem))
        fields.append(.init(.state, label: "State", value: address.state.uppercased(), choices: stateChoices(address.state),
                            validate: ContactRules.stateProblem))
        fields.append(.init(.postcode, label: "Postcode", value: address.postcode, hint: "4 digits", maxLength: 4,
                            validate: ContactRules.postcodeProblem))
        return Form(fields: fields)
    }

    /// The states to choose from, the stored one first among them when it is not one of them
    /// (so opening the form changes nothing, and saving says what is wrong).
    static func stateChoices(_ stored: String) -> [String] {
        ContactRules.states.contains(stored.uppercased()) ? ContactRules.states : [stored] + ContactRules.states
    }

    /// An address's street lines as the form's two: the first, and the rest joined.
    static func twoLines(_ lines: [String]) -> (String, String) {
        (lines.first ?? "", lines.dropFirst().joined(separator: ", "))
    }
}
