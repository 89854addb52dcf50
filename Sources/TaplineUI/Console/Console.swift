import TaplineDomain

/// The console: a stack of screens with the chrome around them, and the keys every screen shares.
///
/// Owns navigation, F1/? help (generated from the top screen's bindings), Esc back, q/F10
/// quit (asking first when a form holds unsaved input), the status line, the key-hint bar,
/// the DEMO banner and the "terminal too small" notice. It never touches a terminal: the run
/// loop feeds it keys and draws the canvas it renders.
public final class Console: @unchecked Sendable {
    /// The smallest terminal every screen is designed for.
    public static let minimumSize = (width: 80, height: 24)

    public private(set) var stack: [AnyScreen]
    public private(set) var status: StatusMessage?
    public private(set) var isFinished = false
    private(set) var helpShown = false
    private(set) var helpScroll = 0
    /// What the agent is being asked to confirm, when leaving would lose unsaved input.
    private(set) var confirming: Confirmation?

    /// Quit (input would be lost, or a customer's screen is open), leave the screen, or let
    /// the screen's own Esc discard what was typed in it (a note, a prompt's words).
    enum Confirmation { case quit, leave, discard }
    /// Whether the last frame was the "terminal too small" notice: keys are then not acted on,
    /// since the agent cannot see what they would do.
    var isTooSmall = false
    private var pendingWork: [Work] = []
    private var latestTicket: [String: Int] = [:]
    private var nextTicket = 1
    private let panels: [PanelBinding]
    /// The `:` line's commands this session, for ↑ to bring back.
    public let commandHistory = CommandHistory()
    /// Everything trainees did, in order, stamped with the console's (scenario) time.
    public private(set) var traineeActions: [TimedTraineeAction] = []
    /// Keys of a mode that work on every screen while the mode is on (demo: F8 finishes a call).
    public var modeKeys: [ModeKey] = []
    /// Drawn beside every screen while set (the caller panel of a training scenario).
    public var companion: (any ConsoleCompanion)?
    /// Why the store cannot be reached now (nil when it can): the title bar says "reconnecting".
    public private(set) var storeProblem: String?
    /// Called for each trainee action as it happens (demo mode saves the attempt).
    public var onTraineeAction: (@Sendable (TimedTraineeAction) -> Void)?
    /// The special-needs entry (Charter 9.5) of the customer the top screen is about, as last
    /// read (`CustomerRegisterPort`), for the strip drawn above every screen about a customer
    /// that does not show the account's badges itself. Read again on every move between
    /// screens and every change to the store, so a registration just saved shows at once.
    public private(set) var customerRegister: CustomerRegisterLoaded?
    /// The account whose registration was last asked for, and the ticket of that read.
    private var registerRequest: (accountNumber: String, ticket: Int)?

    public init(root: AnyScreen, panels: [PanelBinding] = []) {
        self.stack = [root]
        self.panels = panels
    }

    public var top: AnyScreen { stack[stack.count - 1] }

    /// Shows the first screen; call once before the first key.
    public func start(env: ScreenEnvironment) {
        perform(top.box.appear(env: env), from: top.box, env: env)
    }

    // MARK: - Keys

    private var globalBindings: [KeyBinding<GlobalAction>] {
        var list: [KeyBinding<GlobalAction>] = [
            KeyBinding([.function(1), .character("?")], label: "F1/?", help: "help", action: .help),
            KeyBinding(.escape, label: "Esc", help: "back", bar: stack.count > 1, action: .back),
        ]
        if top.state(as: CommandLineScreen.self) == nil {
            list.append(KeyBinding(.character(":"), label: ":", help: "command line (:account N, :lookup, :complaint, :home, :help)",
                                   bar: false, action: .commandLine))
        }
        for (index, panel) in panels.enumerated() where panel.applies(over: top) {
            list.append(KeyBinding(panel.key, help: panel.help, action: .panel(index)))
        }
        for (index, mode) in modeKeys.enumerated() where mode.isActive() {
            list.append(KeyBinding(mode.key, help: mode.help, action: .mode(index)))
        }
        list.append(KeyBinding([.function(10), .character("q")], label: "F10", help: "quit", action: .quit))
        list.append(KeyBinding(.ctrl("c"), help: "quit (asks first if input would be lost)", bar: false, action: .forceQuit))
        return list
    }

    /// Every key binding that applies now, for help: the screen's first, then the console's.
    ///
    /// A console key the screen takes for itself on every one of its keys (Esc while a note is
    /// typed discards the note) is left out: the bar said both "Esc discard the note" and
    /// "Esc back", and only the first was true.
    public func currentHints(env: ScreenEnvironment) -> [KeyHint] {
        let box = top.box
        let reachable = globalBindings.filter { binding in !binding.keys.allSatisfy { box.handles($0, env: env) } }
        return box.hints(env: env) + reachable.hints()
    }

    public func handle(_ key: Key, env: ScreenEnvironment) {
        if key == .resize { return }
        if isTooSmall { return handleWhileTooSmall(key) }
        if let confirming { return handleConfirmation(confirming, key, env: env) }
        if helpShown { return handleHelpKey(key) }
        let box = top.box
        // Esc never drops what was typed without asking, whether the screen or the console
        // would act on it (a note's Esc discards the note; elsewhere Esc leaves the screen).
        if key == .escape, top.hasUnsavedInput {
            if box.handles(key, env: env) { confirming = .discard } else if stack.count > 1 { confirming = .leave }
            return
        }
        if let steps = box.handle(key, env: env) {
            status = nil
            perform(steps, from: box, env: env)
            return
        }
        guard let global: GlobalAction = globalBindings.action(for: key) else { return }
        switch global {
        case .help:
            helpShown = true
            helpScroll = 0
        case .back:
            if stack.count > 1 { pop(env: env) }
        case .quit, .forceQuit:
            requestQuit()
        case .commandLine:
            push(AnyScreen(CommandLineScreen(history: commandHistory)), env: env)
        case .panel(let index):
            if let context = top.customerContext {
                push(panels[index].open(context), env: env)
            } else if let open = panels[index].openWithoutCustomer {
                push(open(), env: env)
            }
        case .mode(let index):
            modeKeys[index].perform(self, env)
        }
    }

    /// Quitting asks first when typed input would be lost, or when a screen about a customer is
    /// open: `q` pressed mid-call must not end the console under the agent.
    private func requestQuit() {
        if stack.contains(where: { $0.hasUnsavedInput || $0.customerContext != nil }) {
            confirming = .quit
        } else {
            isFinished = true
        }
    }

    private func handleConfirmation(_ confirmation: Confirmation, _ key: Key, env: ScreenEnvironment) {
        switch (confirmation, key) {
        case (.quit, .character("y")), (.quit, .character("Y")), (.quit, .enter), (.quit, .ctrl("c")):
            isFinished = true
        case (.leave, .character("y")), (.leave, .character("Y")), (.leave, .enter):
            confirming = nil
            pop(env: env)
        case (.discard, .character("y")), (.discard, .character("Y")), (.discard, .enter):
            confirming = nil
            let box = top.box
            if let steps = box.handle(.escape, env: env) { perform(steps, from: box, env: env) }
        case (_, .character("n")), (_, .character("N")), (_, .escape):
            confirming = nil
        default:
            break
        }
    }

    /// Only Ctrl-C works while the terminal is too small to show anything; it quits at once
    /// when nothing typed would be lost, and otherwise waits, like every key, for a larger window.
    private func handleWhileTooSmall(_ key: Key) {
        guard key == .ctrl("c"), !stack.contains(where: \.hasUnsavedInput) else { return }
        isFinished = true
    }

    private func handleHelpKey(_ key: Key) {
        switch key {
        case .escape, .function(1), .character("?"), .character("q"), .enter:
            helpShown = false
        case .down: helpScroll += 1
        case .up: helpScroll = max(0, helpScroll - 1)
        case .pageDown: helpScroll += 10
        case .pageUp: helpScroll = max(0, helpScroll - 10)
        default: break
        }
    }

    // MARK: - Effects

    /// Background work that effects asked for since the last call; the run loop runs it.
    public func takeWork() -> [Work] {
        defer { pendingWork.removeAll() }
        return pendingWork
    }

    public var hasPendingWork: Bool { !pendingWork.isEmpty }

    /// Delivers finished work to the screen that asked for it, unless newer work superseded it.
    public func complete(_ work: Work, result: any Sendable, env: ScreenEnvironment) {
        if work.target == ObjectIdentifier(self) {
            // The console's own read: the newest answer wins, and a failed read keeps what was shown.
            if let loaded = result as? CustomerRegisterLoaded, registerRequest?.ticket == work.ticket, !loaded.failed {
                customerRegister = loaded
            }
            return
        }
        if let key = work.key, latestTicket[slot(work.target, key)] != work.ticket { return }
        guard let box = stack.first(where: { ObjectIdentifier($0.box) == work.target })?.box else { return }
        perform(box.deliver(result, env: env), from: box, env: env)
    }

    /// Records what the last probe of the store found (`StoreHealthPort`); true when it changed.
    @discardableResult
    public func storeProbed(_ problem: String?) -> Bool {
        defer { storeProblem = problem }
        if storeProblem != nil, problem == nil { status = StatusMessage(text: "The database is back: saving works again.", role: .success) }
        return storeProblem != problem
    }

    /// Someone may have changed the store: the screens on view (the top one, and the one an
    /// overlay is drawn over) reload what they show, with no key pressed.
    public func storeChanged(env: ScreenEnvironment) {
        var shown = [top.box]
        if top.isOverlay, stack.count > 1 { shown.append(stack[stack.count - 2].box) }
        for box in shown { perform(box.storeChanged(env: env), from: box, env: env) }
        followCustomer(reread: true)
    }

    // MARK: - The customer's special-needs entry

    /// The account the strip is about: the top screen's customer, unless it shows the badges
    /// itself; for a panel that names no customer of its own (the conduct incident, which
    /// offers no F9 over itself), the customer of the screen it covers, badges and all.
    var stripAccountNumber: String? {
        if let number = top.customerContext?.accountNumber, !number.isEmpty {
            return top.showsCustomerFlags ? nil : number
        }
        guard top.isOverlay, let beneath = stack.dropLast().last(where: { !$0.isOverlay }),
              let number = beneath.customerContext?.accountNumber, !number.isEmpty else { return nil }
        return number
    }

    /// The registration to draw above the top screen, when its customer is on the register.
    public var customerStrip: SpecialNeedsRegistration? {
        guard let number = stripAccountNumber, let loaded = customerRegister, loaded.accountNumber == number else { return nil }
        return loaded.registration
    }

    /// Asks for the registration of the top screen's customer when it is not the one last asked
    /// for (a screen that learns its customer once loaded, a complaint opened from the queue),
    /// or again (`reread`) after a move between screens or a change to the store.
    private func followCustomer(reread: Bool = false) {
        guard let number = stripAccountNumber else { return }
        if !reread, registerRequest?.accountNumber == number { return }
        let ticket = nextTicket
        nextTicket += 1
        registerRequest = (number, ticket)
        pendingWork.append(Work(ticket: ticket, key: nil, target: ObjectIdentifier(self)) { services in
            do {
                let port = try services.port((any CustomerRegisterPort).self)
                return CustomerRegisterLoaded(accountNumber: number, registration: try port.registration(ofAccount: number))
            } catch {
                return CustomerRegisterLoaded(accountNumber: number, registration: nil, failed: true)
            }
        })
    }

    /// Puts a message on the status line, e.g. a start-up warning about a broken theme file.
    public func announce(_ message: StatusMessage) { status = message }

    /// Opens a screen on top, as a screen's effect would: for start-up screen pops.
    public func open(_ screen: AnyScreen, env: ScreenEnvironment) { push(screen, env: env) }

    /// Starts a fresh record of trainee actions (a new scenario attempt).
    public func resetTraineeActions() { traineeActions = [] }

    /// Sends an action to the top screen as if a key had mapped to it: for scripted runs.
    public func send<S: Screen>(_ action: S.Action, to type: S.Type, env: ScreenEnvironment) {
        guard let box = stack.last(where: { $0.box is TypedScreenBox<S> })?.box as? TypedScreenBox<S> else { return }
        perform(box.send(action, env: env), from: box, env: env)
    }

    /// Closes the screens above the nearest screen of type `S`, showing it again; false when
    /// there is none.
    @discardableResult
    public func popBack<S: Screen>(to type: S.Type, env: ScreenEnvironment) -> Bool {
        guard let index = stack.lastIndex(where: { $0.box is TypedScreenBox<S> }) else { return false }
        guard index < stack.count - 1 else { return true }
        stack.removeSubrange((index + 1)...)
        perform(top.box.appear(env: env), from: top.box, env: env)
        return true
    }

    /// Runs all pending work on this thread until none is left: tests and scripted runs.
    public func settle(services: Services, env: ScreenEnvironment) {
        var rounds = 0
        while hasPendingWork && rounds < 100 {
            for work in takeWork() { complete(work, result: work.run(services), env: env) }
            rounds += 1
        }
    }

    private func slot(_ target: ObjectIdentifier, _ key: String) -> String { "\(target.hashValue):\(key)" }

    private func perform(_ steps: [ErasedStep], from box: ScreenBox, env: ScreenEnvironment) {
        defer { followCustomer() }
        for step in steps {
            switch step {
            case .run(let key, let run):
                let ticket = nextTicket
                nextTicket += 1
                let target = ObjectIdentifier(box)
                if let key { latestTicket[slot(target, key)] = ticket }
                pendingWork.append(Work(ticket: ticket, key: key, target: target, run: run))
            case .message(let message):
                status = message
            case .trainee(let action):
                let timed = TimedTraineeAction(at: env.now, action: action)
                traineeActions.append(timed)
                onTraineeAction?(timed)
            case .navigate(let navigation):
                navigate(navigation, env: env)
            }
        }
    }

    private func navigate(_ navigation: Navigation, env: ScreenEnvironment) {
        switch navigation {
        case .push(let screen): push(screen, env: env)
        case .replace(let screen):
            stack.removeLast()
            push(screen, env: env)
        case .pop: if stack.count > 1 { pop(env: env) }
        case .popToRoot:
            stack.removeSubrange(1...)
            registerRequest = nil
            perform(top.box.appear(env: env), from: top.box, env: env)
        case .quit: requestQuit()
        }
    }

    private func push(_ screen: AnyScreen, env: ScreenEnvironment) {
        stack.append(screen)
        registerRequest = nil  // read again: it may have changed on the screen before
        perform(screen.box.appear(env: env), from: screen.box, env: env)
    }

    private func pop(env: ScreenEnvironment) {
        stack.removeLast()
        registerRequest = nil
        perform(top.box.appear(env: env), from: top.box, env: env)
    }
}

/// The console's read of a customer's special-needs entry (`CustomerRegisterPort`).
public struct CustomerRegisterLoaded: Equatable, Sendable {
    public let accountNumber: String
    public let registration: SpecialNeedsRegistration?
    /// The read failed (the store is away): what was shown stays.
    public var failed = false
}
