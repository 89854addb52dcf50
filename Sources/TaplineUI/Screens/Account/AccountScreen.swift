import TaplineDomain

/// The account: who, where, what is owed, the badges that change how a call is handled, and
/// tabs for bills, payments, usage, interactions, notes and the areas' history.
///
/// Opening it records the view (who and when) through the port; coming back to it from another
/// screen reloads it without recording a second view. Areas add their keys (log a complaint,
/// assess hardship…) through `env.accountActions` and their banners and history through
/// `AccountContribution`s.
public struct AccountScreen: Screen {
    public enum Tab: Int, CaseIterable, Sendable {
        case bills, payments, usage, interactions, notes, history

        var title: String {
            switch self {
            case .bills: return "Bills"
            case .payments: return "Payments"
            case .usage: return "Usage"
            case .interactions: return "Interactions"
            case .notes: return "Notes"
            case .history: return "History"
            }
        }
    }

    public enum Action: Sendable {
        case loaded(AccountDetail?, AccountExtras, problem: String?)
        case showTab(Int)
        case nextTab, previousTab
        case move(Int)
        case startNote
        case editNote(TextField.Edit)
        case saveNote
        case cancelNote
        case noteSaved(Note)
        case noteFailed(String)
        case areaAction(Int)
        /// Enter: the selected History entry's record, or the selected note or interaction whole.
        case openSelected
        /// Esc during a call: the wrap-up (issue 13 item 1).
        case endCallKeyPressed
    }

    public let accountNumber: String
    public private(set) var detail: AccountDetail?
    public private(set) var extras = AccountExtras()
    public private(set) var problem: String?
    public private(set) var tabs = Tabs(titles: Tab.allCases.map(\.title))
    public private(set) var selection: [Tab: Int] = [:]
    /// The note being written, when the agent is adding one.
    public private(set) var note: TextField?
    private var hasRecordedView = false
    private var followUp: AccountAction?
    /// An area's key pressed before the account had loaded, run as soon as it has.
    private var pendingAction: Int?
    /// The call this account was opened for, from when it loaded until its wrap-up is saved.
    public private(set) var call: CallInProgress?
    private let recordsCall: Bool

    /// `recordsCall`: opening the account (from a lookup or a screen pop) starts a call, and
    /// leaving it asks for its wrap-up; a training scenario's account does not (its score
    /// card is the record), nor a trainer's outside demo mode (trainers serve no customers).
    public init(accountNumber: String, then followUp: AccountAction? = nil, recordsCall: Bool = true) {
        self.accountNumber = accountNumber
        self.followUp = followUp
        self.recordsCall = recordsCall
    }

    public var tab: Tab { Tab(rawValue: tabs.active) ?? .bills }

    public var title: String {
        guard let name = detail?.account.primaryCustomer?.name else { return "Account \(accountNumber)" }
        return "\(name) (\(accountNumber))"
    }

    public var customerContext: CustomerContext? {
        accountContext.map { CustomerContext(accountNumber: $0.accountNumber, customerName: $0.customerName) }
    }

    public var hasUnsavedInput: Bool { note.map { !$0.isEmpty } ?? false }
    /// The header shows the badges and the special-needs banner itself.
    public var showsCustomerFlags: Bool { true }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        if note != nil {
            return [KeyBinding([.enter, .function(2)], label: "Enter/F2", help: "save the note", action: .saveNote),
                    KeyBinding(.escape, help: "discard the note", action: .cancelNote)]
        }
        var list: [KeyBinding<Action>] = [
            KeyBinding(.tab, label: "Tab", help: "next tab", bar: false, action: .nextTab),
            KeyBinding(.backTab, help: "previous tab", bar: false, action: .previousTab),
            KeyBinding(.down, help: "move down the list", bar: false, action: .move(1)),
            KeyBinding(.up, help: "move up the list", bar: false, action: .move(-1)),
        ]
        list.append(KeyBinding(.character("n"), help: "add a note", action: .startNote))
        if call != nil { list.append(KeyBinding(.escape, label: "Esc", help: "end the call: its wrap-up", bar: false, action: .endCallKeyPressed)) }
        list.append(KeyBinding(.enter, help: "open the selected row", action: .openSelected))
        return list
    }

    /// The areas' actions (log a complaint, assess hardship…), from the environment.
    public func environmentBindings(env: ScreenEnvironment) -> [KeyBinding<Action>] {
        // Offered while the account loads too: a key pressed then waits for it (`pendingAction`).
        guard note == nil, detail != nil || !hasRecordedView else { return [] }
        return env.accountActions.enumerated().filter { $0.element.isOffered(env.role) }
            .map { KeyBinding($0.element.key, help: $0.element.help, action: .areaAction($0.offset)) }
    }

    public func action(for key: Key) -> Action? {
        if note != nil {
            return bindings.action(for: key) ?? TextField.edit(for: key).map(Action.editNote)
        }
        // 1-6 pick a tab: one line of help (`extraHelp`) for six keys.
        if case .character(let c) = key, let digit = c.wholeNumberValue, Tab(rawValue: digit - 1) != nil {
            return .showTab(digit - 1)
        }
        return bindings.action(for: key)
    }

    public var extraHelp: [KeyHint] {
        note != nil ? TextField.editHints
            : [KeyHint(label: "1-6", help: "show " + Tab.allCases.map(\.title).joined(separator: ", "), showsInBar: false)]
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        load(recordView: !hasRecordedView, env: env)
    }

    /// A complaint, plan, incident or restriction made by anyone shows in the banner and badges
    /// by itself; what the agent is typing stays (loading never touches the note).
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> {
        load(recordView: false, env: env)
    }

    private func load(recordView: Bool, env: ScreenEnvironment) -> Effect<Action> {
        let number = accountNumber, agent = env.agent, now = env.now
        return .run("account") { services in
            do {
                let port = try services.port((any AccountsPort).self)
                let detail = recordView ? try port.open(number, by: agent, at: now) : try port.detail(number)
                guard let detail else { return .loaded(nil, AccountExtras(), problem: "There is no account \(number).") }
                var extras = AccountExtras()
                var problems: [String] = []
                for contribution in services.accountContributions {
                    do {
                        let more = try contribution.extras(for: number, today: now.date)
                        extras.banners += more.banners
                        extras.history += more.history
                    } catch {
                        problems.append("\(error)")
                    }
                }
                extras.history.sort { $0.at > $1.at }
                return .loaded(detail, extras, problem: problems.isEmpty ? nil : "some history could not be read: " + problems.joined(separator: "; "))
            } catch {
                return .loaded(nil, AccountExtras(), problem: "The account could not be opened: \(error)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(nil, _, let problem) where detail != nil:
            // A refresh failed (the store is away): the account and anything typed stay on screen.
            self.problem = problem
            return .none
        case .loaded(let detail, let extras, let problem):
            let firstLoad = !hasRecordedView
            hasRecordedView = true
            self.detail = detail
            self.extras = extras
            self.problem = problem
            guard detail != nil else { return .none }
            if firstLoad, recordsCall, env.role != .trainer || env.isDemo {
                call = CallInProgress(account: accountContext, startedAt: env.now)
            }
            var effect: Effect<Action> = firstLoad ? .trainee(.openedAccount(number: accountNumber)) : .none
            if let followUp, let context = accountContext {
                self.followUp = nil
                effect = effect.and(.navigate(.push(followUp.open(context))))
            } else if let index = pendingAction, let context = accountContext, env.accountActions.indices.contains(index),
                      env.accountActions[index].isOffered(env.role) {
                effect = effect.and(.navigate(.push(env.accountActions[index].open(context))))
            }
            pendingAction = nil
            return effect
        case .showTab(let index):
            tabs.select(index)
            return .none
        case .nextTab:
            tabs.next()
            return .none
        case .previousTab:
            tabs.previous()
            return .none
        case .move(let delta):
            let count = rowCount(tab)
            guard count > 0 else { return .none }
            selection[tab] = min(max(0, (selection[tab] ?? defaultSelection(tab)) + delta), count - 1)
            return .none
        case .startNote:
            tabs.select(Tab.notes.rawValue)
            note = TextField(maxLength: 2000, placeholder: "what the customer said or asked")
            return .none
        case .editNote(let edit):
            if note?.apply(edit) == false { return .error("a note can be at most 2,000 characters") }
            return .none
        case .cancelNote:
            note = nil
            return .none
        case .saveNote:
            guard let text = note?.text.trimmingWhitespace, !text.isEmpty else { return .error("the note is empty") }
            let saved = Note(text: text, agent: env.agent, at: env.now)
            let number = accountNumber
            return .run { services in
                do {
                    try services.port((any AccountsPort).self).addNote(saved, to: number)
                    return .noteSaved(saved)
                } catch {
                    return .noteFailed("the note was not saved: \(error)")
                }
            }
        case .noteSaved(let saved):
            note = nil
            detail?.notes.insert(saved, at: 0)
            return .message("Note saved at \(saved.at.display)")
        case .noteFailed(let message):
            return .error(message + " — it is still in the field; try again")
        case .openSelected:
            return openSelected()
        case .endCallKeyPressed:
            guard let call else { return .none }
            return .push(WrapUpScreen(call: call, codes: env.wrapUpCodes))
        case .areaAction(let index):
            guard let context = accountContext else {
                pendingAction = index
                return .none
            }
            guard env.accountActions.indices.contains(index), env.accountActions[index].isOffered(env.role) else { return .none }
            return .navigate(.push(env.accountActions[index].open(context)))
        }
    }

    /// What Enter opens on the tab showing: free text whole, or a History entry's record.
    private func openSelected() -> Effect<Action> {
        guard let detail else { return .none }
        switch tab {
        case .notes:
            guard let note = detail.notes[safe: selected(.notes)] else { return .none }
            return .push(TextViewerScreen(title: "Note", heading: ["Note by \(note.agent), \(note.at.display)"], text: note.text))
        case .interactions:
            guard let contact = detail.interactions[safe: selected(.interactions)] else { return .none }
            return .push(TextViewerScreen(title: "Interaction", heading: [
                "\(contact.channel.displayName) · \(contact.agent) · \(contact.at.display)"], text: contact.summary))
        case .history:
            guard let open = extras.history[safe: selected(.history)]?.open else {
                return .message("That entry has no record to open", role: .info)
            }
            return .navigate(.push(open()))
        case .bills, .payments, .usage:
            return .message("Enter opens a note, an interaction or a History entry", role: .info)
        }
    }

    var accountContext: AccountContext? {
        detail.map { AccountContext(accountNumber: accountNumber, customerName: $0.account.primaryCustomer?.name ?? accountNumber) }
    }

    func rowCount(_ tab: Tab) -> Int {
        guard let detail else { return 0 }
        switch tab {
        case .bills: return detail.bills.count
        case .payments: return detail.payments.count
        case .usage: return 0
        case .interactions: return detail.interactions.count
        case .notes: return detail.notes.count
        case .history: return extras.history.count
        }
    }

    /// Bills and payments open on the newest (the last row); the rest are newest first already.
    func defaultSelection(_ tab: Tab) -> Int {
        tab == .bills || tab == .payments ? max(0, rowCount(tab) - 1) : 0
    }

    func selected(_ tab: Tab) -> Int { selection[tab] ?? defaultSelection(tab) }
}
