import TaplineDomain

/// One complaint: its header, its timeline, and the keys that record what happens next.
///
/// Every change goes through the domain's transitions (escalate, respond, mark complex, claims,
/// what the customer was told, resolve, close); a refused one shows the domain's message and
/// changes nothing. Changes are saved at once, each appending to the timeline Charter 3.1
/// requires to be kept. Letters are written by the port, which returns the file's path.
///
/// A save refused because a colleague changed the complaint first (`ChangedSinceRead`) keeps
/// the task panel as typed, shows who changed it and when, reloads the complaint, and offers
/// Ctrl-R to make the same change again on the fresh copy (issue 12 item 3).
public struct ComplaintDetailScreen: Screen {
    public enum Action: Sendable {
        /// The complaint, with who it can be given to and who holds each level (for an
        /// escalation), read together so no key finds the complaint without them.
        case loaded(Complaint, assignees: [String], deciders: [ComplaintResponder])
        case loadFailed(String)
        /// Who the user is as a complaint decider (Charter 3.1(d)(1)), from the register.
        case responderLoaded(ComplaintResponder)
        case taskKeyPressed(ComplaintTask)
        /// A key while the assignee chooser is open (`g`, supervisors).
        case assigneeChooser(NameChooser.Action)
        case panel(Form<ComplaintTaskField>.Action)
        case panelSubmitted
        case panelCancelled
        case ewovReferralKeyPressed
        case saved(ComplaintTaskPanel.Outcome)
        case saveFailed(String)
        /// The save was refused because the complaint changed since it was read; `fresh` is
        /// the complaint as it is now (nil when it could not be read again).
        case saveRefusedAsStale(ChangedSinceRead, fresh: Complaint?)
        /// Ctrl-R after a stale refusal: the same change again, on the fresh copy.
        case reapplyKeyPressed
        case letterKeyPressed(ComplaintLetterKind)
        case letterWritten(ComplaintLetterWork.Outcome, ComplaintLetterKind)
        case letterFailed(String)
        case scroll(Int)
        /// PgDn/PgUp: the description, when it is longer than its share of the screen.
        case scrollDescription(Int)
        /// Colleagues at other consoles with this complaint open.
        case colleaguesLoaded([Presence])
    }

    public let number: String
    public let customerName: String?
    /// The complaint as last loaded or saved; nil until loaded.
    public private(set) var complaint: Complaint?
    /// The task being filled in, shown as a panel over the timeline.
    public private(set) var panel: ComplaintTaskPanel?
    /// Who to give the complaint to, found by typing, before the assign panel opens.
    public private(set) var assigneeChooser: NameChooser?
    /// Where the last letter was written.
    public private(set) var letterPath: String?
    public private(set) var loadError: String?
    /// Why the last change was refused or not saved, shown in full on the screen (the status
    /// line is one row); cleared by the next key.
    public private(set) var refusal: String?
    /// The first timeline entry shown (the timeline scrolls).
    public private(set) var timelineOffset = 0
    /// The user as a complaint decider, once loaded: their name and any level they hold.
    public private(set) var responder: ComplaintResponder?
    /// The first row of the description shown, when it is longer than its share of the screen.
    public private(set) var descriptionOffset = 0
    private(set) var isSaving = false
    /// What the save in flight came from (the task's submission or the EWOV key), to offer
    /// again if it is refused as stale.
    private var savingChange: Action?
    /// The stale refusal and the change to reapply, while offered.
    public private(set) var reapply: ReapplyOffer<Action>?
    /// Colleagues at other consoles with this complaint open, as last heard: said above
    /// everything, so nobody answers a complaint a colleague is answering unawares.
    public private(set) var colleagues: [Presence] = []
    /// Who a supervisor can give the complaint to, and who holds each level, once loaded.
    public private(set) var assignees: [String] = []
    public private(set) var deciders: [ComplaintResponder] = []
    /// Whether they have been read: until then a complaint in hand (from the log form) could
    /// be raised without going to the level's holder, so escalating and giving wait for them.
    private(set) var isStaffKnown = false

    /// Opens a complaint known by number; it loads when shown.
    public init(number: String, customerName: String? = nil) {
        self.number = number
        self.customerName = customerName
    }

    /// Opens a complaint already in hand (from the queue or the log form); it reloads when shown.
    public init(complaint: Complaint, customerName: String? = nil) {
        self.number = complaint.id
        self.customerName = customerName
        self.complaint = complaint
    }

    public var title: String { "Complaint \(number)" }
    public var presenceSubject: String? { number }
    public var hasUnsavedInput: Bool { panel?.form.isDirty == true }
    public var customerContext: CustomerContext? {
        complaint.map { CustomerContext(accountNumber: $0.accountNumber, customerName: customerName ?? "") }
    }

    public var bindings: [KeyBinding<Action>] {
        if assigneeChooser != nil { return NameChooser.bindings(Action.assigneeChooser) }
        let offered = reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)]
        if panel != nil {
            return offered + [KeyBinding([.function(2), .enter], label: "F2/Enter", help: "record it", action: .panelSubmitted),
                              KeyBinding(.escape, label: "Esc", help: "cancel", bar: false, action: .panelCancelled)]
        }
        guard complaint != nil else { return [] }
        return offered + [
            KeyBinding(.character("e"), help: "escalate", action: .taskKeyPressed(.escalate)),
            KeyBinding(.character("r"), help: "respond", action: .taskKeyPressed(.respond)),
            KeyBinding(.character("x"), help: "mark complex, promise a reply date", bar: false, action: .taskKeyPressed(.markComplex)),
            KeyBinding(.character("t"), help: "customer told (3.1(f))", action: .taskKeyPressed(.inform)),
            KeyBinding(.character("v"), help: "EWOV referral information given (3.1(d)(2))", bar: false, action: .ewovReferralKeyPressed),
            KeyBinding(.character("s"), help: "further review sought (3.2(c)(1))", bar: false, action: .taskKeyPressed(.furtherReview)),
            KeyBinding(.character("o"), help: "external claim lodged (EWOV, VCAT, CAV)", bar: false, action: .taskKeyPressed(.claimLodged)),
            KeyBinding(.character("f"), help: "external claim finalised", bar: false, action: .taskKeyPressed(.claimFinalised)),
            KeyBinding(.character("d"), help: "dispute resolved (3.2)", bar: false, action: .taskKeyPressed(.resolve)),
            KeyBinding(.character("c"), help: "close", action: .taskKeyPressed(.close)),
            KeyBinding(.character("g"), help: "give it to someone (supervisors)", bar: false, action: .taskKeyPressed(.assign)),
            KeyBinding(.character("a"), help: "acknowledgement letter", bar: false, action: .letterKeyPressed(.acknowledgement)),
            KeyBinding(.character("l"), help: "response letter", action: .letterKeyPressed(.response)),
            KeyBinding(.up, help: "scroll the timeline up", bar: false, action: .scroll(-1)),
            KeyBinding(.down, help: "scroll the timeline down", bar: false, action: .scroll(1)),
            KeyBinding(.pageDown, help: "scroll a long description down", bar: false, action: .scrollDescription(Self.descriptionPage)),
            KeyBinding(.pageUp, help: "scroll a long description up", bar: false, action: .scrollDescription(-Self.descriptionPage)),
        ]
    }

    public var extraHelp: [KeyHint] { panel != nil ? Form<ComplaintTaskField>.hints : [] }

    public func action(for key: Key) -> Action? {
        if assigneeChooser != nil { return NameChooser.action(for: key).map(Action.assigneeChooser) }
        if let bound = bindings.action(for: key) { return bound }
        guard panel != nil else { return nil }
        return Form<ComplaintTaskField>.action(for: key).map(Action.panel)
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        let number = self.number, user = env.agent, role = env.role
        return .batch([.run("load") { services in
            do {
                let port = try services.port((any ComplaintsPort).self)
                guard let complaint = try port.complaint(number: number) else { return .loadFailed("no complaint \(number)") }
                return .loaded(complaint, assignees: try port.assignees(), deciders: try port.deciders())
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }, colleaguesHere(), .run("responder") { services in
            // Without the register's record the user decides as themselves, holding no level.
            .responderLoaded((try? services.port((any ComplaintsPort).self).responder(user: user, role: role))
                ?? ComplaintResponder(user: user, role: role))
        }])
    }

    /// A colleague opening or leaving this complaint elsewhere shows here by itself. Only who is
    /// here is read again: the complaint itself reloads when saved or shown again, so a task
    /// being filled in is never disturbed.
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { colleaguesHere() }

    private func colleaguesHere() -> Effect<Action> {
        let number = self.number
        return .run("colleagues") { services in
            .colleaguesLoaded((try? services.port((any PresencePort).self).others(withOpen: number)) ?? [])
        }
    }

    /// The user as a decider: as loaded, else as themselves with their role and no level.
    func currentResponder(env: ScreenEnvironment) -> ComplaintResponder {
        responder ?? ComplaintResponder(user: env.agent, role: env.role)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .taskKeyPressed, .assigneeChooser, .panel, .panelSubmitted, .panelCancelled, .ewovReferralKeyPressed, .letterKeyPressed,
             .reapplyKeyPressed:
            refusal = nil
        case .loaded, .loadFailed, .responderLoaded, .saved, .saveFailed, .saveRefusedAsStale, .letterWritten, .letterFailed,
             .scroll, .scrollDescription, .colleaguesLoaded:
            break
        }
        switch action {
        case .loaded(let loaded, let loadedAssignees, let loadedDeciders):
            complaint = loaded
            assignees = loadedAssignees
            deciders = loadedDeciders
            isStaffKnown = true
            loadError = nil
            return .none
        case .loadFailed(let message):
            loadError = message
            return .error(message)
        case .responderLoaded(let loaded):
            responder = loaded
            return .none
        case .colleaguesLoaded(let loaded):
            colleagues = loaded
            return .none
        case .taskKeyPressed(let task):
            return open(task, env: env)
        case .assigneeChooser(let chooserAction):
            return chose(chooserAction, env: env)
        case .panel(let formAction):
            panel?.form.apply(formAction)
            return .none
        case .panelCancelled:
            panel = nil
            reapply = nil
            return .none
        case .panelSubmitted:
            guard var current = panel, let complaint, !isSaving else { return .none }
            let result = current.apply(to: complaint, env: env)
            panel = current
            switch result {
            case .failure(let failure):
                return refuse("Not recorded: \(failure.message)")
            case .success(let outcome):
                return save(outcome, from: .panelSubmitted, env: env)
            }
        case .ewovReferralKeyPressed:
            guard let complaint, !isSaving else { return .none }
            do {
                let next = try complaint.givingEWOVReferral(at: env.now, by: env.agent)
                return save(ComplaintTaskPanel.Outcome(complaint: next, message: "EWOV referral information recorded",
                                                       trainee: [.referralOffered(to: "EWOV")]), from: .ewovReferralKeyPressed, env: env)
            } catch {
                return refuse("Not recorded: \(error.message)")
            }
        case .saved(let outcome):
            isSaving = false
            complaint = outcome.complaint
            panel = nil
            reapply = nil
            return .batch([.message(outcome.message)] + outcome.trainee.map { .trainee($0) })
        case .saveFailed(let message):
            isSaving = false
            return refuse("Not saved: \(message)")
        case .saveRefusedAsStale(let stale, let fresh):
            isSaving = false
            if let fresh { complaint = fresh }
            guard let change = savingChange else { return refuse("Not saved: \(stale.message)") }
            let offer = ReapplyOffer(refusal: stale, change: change)
            reapply = offer
            return refuse(offer.message)
        case .reapplyKeyPressed:
            guard !isSaving, let change = reapply.takeChange() else { return .none }
            return reduce(change, env: env)
        case .letterKeyPressed(let letter):
            guard let complaint else { return .none }
            if letter == .response, complaint.latestResponse == nil {
                return refuse("No letter written: \(ComplaintRefusal.noResponseYet.message)")
            }
            let now = env.now, agent = env.agent, role = env.role
            return .run("letter") { services in
                do {
                    return .letterWritten(try ComplaintLetterWork.write(letter, for: complaint, at: now, by: agent,
                                                                        role: role, services: services), letter)
                } catch {
                    return .letterFailed(error.complaintMessage)
                }
            }
        case .letterWritten(let outcome, let letter):
            complaint = outcome.complaint
            letterPath = outcome.path
            return .message("\(letter == .acknowledgement ? "Acknowledgement" : "Response") letter written to \(outcome.path)")
        case .letterFailed(let message):
            return refuse("No letter written: \(message)")
        case .scrollDescription(let delta):
            // Bounded by the lines at the narrowest layout (80 columns); render clamps wider ones.
            let lines = complaint.map { TextWrap.lines("“\($0.description)”", width: 76).count } ?? 0
            descriptionOffset = min(max(0, descriptionOffset + delta), max(0, lines - 1))
            return .none
        case .scroll(let delta):
            let count = complaint?.timeline.count ?? 0
            timelineOffset = min(max(0, timelineOffset + delta), max(0, count - 1))
            return .none
        }
    }

    /// Rows PgDn/PgUp move a long description.
    static let descriptionPage = 5

    /// Opens a task's panel, unless the task cannot apply at all (said at once, not after typing).
    private mutating func open(_ task: ComplaintTask, env: ScreenEnvironment) -> Effect<Action> {
        guard let complaint else { return .none }
        switch task {
        case .escalate where complaint.level.higherLevels.isEmpty:
            return refuse("The complaint is with the General Manager, the highest level; the customer can go to EWOV (Charter 3.1(d)(2))")
        case .respond where !complaint.status.isClosed
                && !ComplaintAuthority.mayDecide(at: complaint.level, responder: currentResponder(env: env)):
            // Charter 3.1(d)(1): said at once, before a decision is typed that cannot be recorded.
            let refusal = ComplaintRefusal.notAuthorisedAtLevel(complaint.level, role: currentResponder(env: env).role)
            return refuse("Not recorded: \(refusal.message)")
        case .escalate where !isStaffKnown, .assign where !isStaffKnown:
            return refuse("Still reading who holds each level and who is on the team: press the key again in a moment")
        case .assign where !env.role.actsAsSupervisor:
            return refuse("Not recorded: \(ComplaintRefusal.onlySupervisorsAssign(role: env.role).message)")
        case .assign where assignees.filter({ $0 != complaint.owner }).isEmpty:
            return refuse("There is nobody else to give the complaint to: add colleagues with `tapline users add`")
        case .assign where !complaint.status.isClosed:
            // A centre has hundreds of colleagues: the name is found by typing part of it first
            // (a closed complaint falls through to the refusal below, before any typing).
            assigneeChooser = NameChooser(title: "Give it to", names: assignees.filter { $0 != complaint.owner })
            return .none
        case .inform where complaint.rightsNotYetInformed.isEmpty:
            return refuse("The customer has been told of everything in Charter 3.1(a)–(e) already")
        case _ where complaint.status.isClosed && ![.claimLodged, .inform].contains(task):
            return refuse("Not recorded: \(ComplaintRefusal.closed.message)")
        default:
            panel = ComplaintTaskPanel(task: task, complaint: complaint, today: env.today, calendar: env.calendar,
                                       responder: currentResponder(env: env), assignees: assignees, deciders: deciders)
            return .none
        }
    }

    /// An action of the open assignee chooser: Enter opens the task's panel with the name chosen.
    private mutating func chose(_ action: NameChooser.Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .edit(let edit):
            assigneeChooser?.edit(edit)
        case .move(let delta):
            assigneeChooser?.move(by: delta)
        case .cancel:
            assigneeChooser = nil
        case .choose:
            guard let complaint, case .name(let name) = assigneeChooser?.highlighted else {
                return .error("No colleague's name matches what is typed")
            }
            assigneeChooser = nil
            panel = ComplaintTaskPanel(task: .assign, complaint: complaint, today: env.today, calendar: env.calendar,
                                       assignees: assignees, deciders: deciders, assignee: name)
        }
        return .none
    }

    /// Shows why something was refused, on the screen and the status line.
    private mutating func refuse(_ message: String) -> Effect<Action> {
        refusal = message
        return .error(message)
    }

    /// Saves the change `action` made; a stale refusal comes back with the fresh complaint.
    private mutating func save(_ outcome: ComplaintTaskPanel.Outcome, from action: Action, env: ScreenEnvironment) -> Effect<Action> {
        isSaving = true
        savingChange = action
        let changed = outcome.complaint, role = env.role
        return .run("save") { services in
            do {
                let saved = try services.port((any ComplaintsPort).self).save(changed, role: role)
                return .saved(ComplaintTaskPanel.Outcome(complaint: saved, message: outcome.message, trainee: outcome.trainee))
            } catch let stale as ChangedSinceRead {
                return .saveRefusedAsStale(stale, fresh: try? services.port((any ComplaintsPort).self).complaint(number: changed.id))
            } catch {
                return .saveFailed(error.complaintMessage)
            }
        }
    }
}
