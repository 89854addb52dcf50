import TaplineDomain

/// The conduct incident panel (F9 over any screen about a customer): records, as it happens,
/// what the conduct policy asks of staff facing unacceptable behaviour.
///
/// Conduct policy, "The policy in action": politely ask the person to stop; if the behaviour
/// continues or turns violent, end the contact; report it. Each step is one keystroke and is
/// stamped with the console's time when the key is pressed; the store applies it through the
/// domain, so a step out of turn is refused with the domain's reason, shown in the panel.
/// The incident is raised (numbered and saved) with the first step. Steps typed while one is
/// being saved wait their turn, in order, with their own times.
///
/// Opened where no account is open (F9 on Home or the lookup), it records an abusive caller
/// who has not been identified; the account is linked later (`a`).
///
/// A step refused because someone else changed the incident since it was read (a supervisor
/// gave it to someone, say) names who and when, takes the fresh copy, and offers Ctrl-R to
/// record the same steps, at the times their keys were pressed, on it (issue 12 item 3).
public struct ConductIncidentPanel: Screen {
    /// The details, in the order they are drawn (left to right, top to bottom), which is the
    /// order Tab moves through them.
    public enum Field: Hashable, Sendable { case channel, who, name, employee, whoThePersonWas, whatHappened }
    public enum Focus: Hashable, Sendable { case behaviours, details }
    /// The one-keystroke steps.
    public enum StepKey: Hashable, Sendable { case askToStop, stopped, continued, violent, endContact, report }

    public enum Action: Sendable {
        case loaded(resumed: ConductIncident?, restricted: [AccountContactRestriction])
        case loadFailed(String)
        case form(Form<Field>.Action)
        case nextField, previousField, focusBehaviours
        case moveBehaviour(Int)
        case toggleBehaviour
        case chooseWords(Int)
        case step(StepKey)
        case openPrompt(ConductPrompt.Purpose)
        case prompt(Form<ConductPrompt.Field>.Action)
        case submitPrompt, cancelPrompt
        case logComplaint
        case customerAsksForReview
        case saved(ConductIncident, recorded: [ConductStep])
        case reviewRecorded(AccountContactRestriction)
        case refused(String)
        case refusedAsStale(ChangedSinceRead, fresh: ConductIncident?, StaleSave)
        case reapplyKeyPressed
    }

    /// Steps refused as stale: what Ctrl-R records again, with the steps typed while they were saving.
    public struct StaleSave: Sendable {
        let steps: [ConductStep]
        let at: LocalDateTime
        let pending: [QueuedStep]
    }

    /// A step key pressed while another step was being saved, with the time it was pressed.
    struct QueuedStep: Sendable {
        let key: StepKey
        let at: LocalDateTime
    }

    public let context: CustomerContext
    /// Opens the complaints area's form for logging a complaint, when the console has one.
    let logComplaint: (@Sendable (CustomerContext) -> AnyScreen)?
    public private(set) var form: Form<Field>
    public private(set) var focus: Focus = .behaviours
    /// Behaviours the agent ticked; those already on the incident are recorded.
    public private(set) var ticked: Set<ConductBehaviour> = []
    /// The checklist row under the cursor, an index into `ConductBehaviour.all`.
    public private(set) var cursor = 0
    public private(set) var wordsChoice = 0
    public private(set) var ownWords: String?
    /// The incident once raised (or the agent's unfinished one on this account, carried on).
    public private(set) var incident: ConductIncident?
    /// Contact restrictions in force on this account today, whoever raised their incidents.
    public private(set) var restricted: [AccountContactRestriction] = []
    public private(set) var prompt: ConductPrompt?
    /// The last refusal, shown in the panel until the next step is saved.
    public private(set) var problem: String?
    public private(set) var isSaving = false
    private(set) var pending: [QueuedStep] = []
    /// Steps refused because the incident changed elsewhere, until reapplied or superseded.
    public private(set) var reapply: ReapplyOffer<StaleSave>?
    private var isLoaded = false

    static let checklistRows = 5

    public init(context: CustomerContext, logComplaint: (@Sendable (CustomerContext) -> AnyScreen)? = nil) {
        self.context = context
        self.logComplaint = logComplaint
        self.form = Form(fields: [
            .init(.channel, label: "Channel", choices: ConductChannel.allCases.map(\.label)),
            .init(.who, label: "Who", choices: ConductPersonKind.allCases.map(\.label)),
            .init(.name, label: "Name", value: context.customerName, maxLength: 200),
            .init(.employee, label: "Also an employee", choices: ["no", "yes"]),
            .init(.whoThePersonWas, label: Self.whoThePersonWasLabel, maxLength: 1_000),
            .init(.whatHappened, label: Self.whatHappenedLabel, maxLength: 1_000),
        ])
    }

    /// F9 where no account is open: the incident is saved without one and linked later.
    public static func withoutAccount() -> ConductIncidentPanel {
        ConductIncidentPanel(context: CustomerContext(accountNumber: "", customerName: ""))
    }

    static let whoThePersonWasLabel = "Who the person was (if not the holder)"
    static let whatHappenedLabel = "What happened (your words)"

    /// Carries on with a saved incident (opened from the agent's list).
    public init(incident: ConductIncident, logComplaint: (@Sendable (CustomerContext) -> AnyScreen)? = nil) {
        self.init(context: CustomerContext(accountNumber: incident.accountNumber ?? "", customerName: incident.person.name ?? incident.person.description),
                  logComplaint: logComplaint)
        self.incident = incident
        self.ticked = incident.behaviours
    }

    public var title: String { incident.map { "Conduct incident \($0.id)" } ?? "Conduct incident" }

    /// The account the incident is about: the one it was opened on, or linked since; nil when none.
    public var accountNumber: String? {
        incident.map { $0.accountNumber } ?? (context.accountNumber.isEmpty ? nil : context.accountNumber)
    }

    /// Whether `a` may link an account: raised without one, and not about a member of the public.
    var mayLinkAccount: Bool {
        guard let incident else { return false }
        return incident.accountNumber == nil && incident.personKind.mayHaveAccount
    }
    public var isOverlay: Bool { true }
    /// The panel is about a customer but offers no F9 of its own: one incident at a time.
    public var customerContext: CustomerContext? { nil }

    public var hasUnsavedInput: Bool {
        (incident == nil && (form.isDirty || !ticked.isEmpty)) || prompt.map { !$0.text.isEmpty } == true
    }

    // MARK: - What the agent has chosen

    public var channel: ConductChannel {
        incident?.channel ?? ConductChannel.allCases.first { $0.label == form[.channel] } ?? .phone
    }

    public var suggestions: [String] { channel.suggestedRequestWords }

    /// The words the request to stop will record: the agent's own, or the chosen suggestion.
    public var words: String { ownWords ?? suggestions[min(wordsChoice, suggestions.count - 1)] }

    var draft: ConductDraft {
        let kind = ConductPersonKind.allCases.first { $0.label == form[.who] } ?? .accountHolder
        return ConductDraft(
            accountNumber: kind.mayHaveAccount && !context.accountNumber.isEmpty ? context.accountNumber : nil,
            person: ConductPerson(name: form[.name], description: form[.whoThePersonWas]),
            personKind: kind, customerIsEmployee: form[.employee] == "yes", channel: channel, behaviours: ticked,
            whatHappened: form[.whatHappened])
    }

    /// The domain steps a key means now. Behaviour ticked since the last step goes with the
    /// step that can carry it: observed before a request to stop or an early end, continued,
    /// or turned violent.
    func steps(for key: StepKey) -> [ConductStep] {
        let recorded = incident?.behaviours ?? []
        let new = ticked.subtracting(recorded)
        let mayObserve = incident.map { [.frustrationOnly, .unacceptableBehaviour].contains($0.conversation) } ?? false
        let observe: [ConductStep] = mayObserve && !new.isEmpty ? [.behaviourObserved(new)] : []
        switch key {
        case .askToStop: return observe + [.askedToStop(words: words)]
        case .stopped: return [.behaviourStopped]
        case .continued: return [.behaviourContinued(incident == nil ? [] : new)]
        case .violent: return [.turnedViolent(new.union(ticked.filter(\.isViolentOrThreatening)))]
        case .endContact: return observe + [.contactEnded]
        case .report: return [.reported]
        }
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        let offered = reapply == nil ? [] : [ReapplyOffer<StaleSave>.binding(Action.reapplyKeyPressed)]
        if prompt != nil {
            return offered + [KeyBinding(.enter, help: "save", action: .submitPrompt), KeyBinding(.escape, help: "cancel", action: .cancelPrompt)]
        }
        if focus == .details {
            return [KeyBinding([.tab, .down], label: "Tab", help: "next field", action: .nextField),
                    KeyBinding([.backTab, .up], label: "Shift-Tab", help: "previous field", action: .previousField),
                    KeyBinding(.enter, help: "back to behaviour and steps", action: .focusBehaviours)]
        }
        var list: [KeyBinding<Action>] = offered + [
            KeyBinding(.character("s"), help: "ask to stop", action: .step(.askToStop)),
            KeyBinding(.character("o"), help: "stopped", action: .step(.stopped)),
            KeyBinding(.character("c"), help: "continued", action: .step(.continued)),
            KeyBinding(.character("v"), help: "violent", action: .step(.violent)),
            KeyBinding(.character("e"), help: "end contact", action: .step(.endContact)),
            KeyBinding(.character("r"), help: "report", action: .step(.report)),
            KeyBinding(.character(" "), help: "tick or untick the behaviour", bar: false, action: .toggleBehaviour),
            KeyBinding(.up, help: "previous behaviour", bar: false, action: .moveBehaviour(-1)),
            KeyBinding(.down, help: "next behaviour", bar: false, action: .moveBehaviour(1)),
        ]
        list += suggestions.indices.map { i in
            KeyBinding(.character(Character(String(i + 1))), help: "use suggested words \(i + 1)", bar: false, action: .chooseWords(i))
        }
        list += [
            KeyBinding(.character("w"), help: "type your own words to ask them to stop", bar: false, action: .openPrompt(.ownWords)),
            KeyBinding(.character("x"), help: "add evidence (recording, transcript, post, note)", bar: false, action: .openPrompt(.evidence)),
            KeyBinding(.character("k"), help: "close without a report (it stopped when asked)", bar: false, action: .openPrompt(.closeReason)),
            KeyBinding(.character("l"), help: "log a complaint too", bar: false, action: .logComplaint),
            KeyBinding(.character("m"), help: "link a complaint's number", bar: false, action: .openPrompt(.complaintNumber)),
        ]
        if let incident {
            list.append(KeyBinding(.character("h"), help: "write what happened, in your words (the supervisor reads it)", bar: false,
                                   action: .openPrompt(.whatHappened(incident.whatHappened ?? ""))))
        }
        if mayLinkAccount {
            list.append(KeyBinding(.character("a"), help: "link the account, once the caller is identified", action: .openPrompt(.accountNumber)))
        }
        if !restricted.isEmpty {
            list.append(KeyBinding(.character("u"), help: "the customer asks for a review of the restriction", bar: false, action: .customerAsksForReview))
        }
        if incident == nil {
            list.append(KeyBinding(.tab, help: "channel, who, name, what happened", bar: false, action: .nextField))
        }
        return list
    }

    public var extraHelp: [KeyHint] {
        if prompt != nil || focus == .details { return Form<Field>.hints }
        return [KeyHint(label: "Esc", help: "close the panel; the incident is saved step by step", showsInBar: false)]
    }

    public func action(for key: Key) -> Action? {
        if prompt != nil {
            return bindings.action(for: key) ?? Form<ConductPrompt.Field>.action(for: key).map(Action.prompt)
        }
        if focus == .details {
            return bindings.action(for: key) ?? TextField.edit(for: key).map { .form(.edit($0)) }
        }
        return bindings.action(for: key)
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard !isLoaded else { return .none }
        let account = context.accountNumber, user = env.agent, today = env.today, resume = incident == nil
        return .run("conduct-panel") { services in
            do {
                let port = try services.port((any ConductPort).self)
                let resumed = resume && !account.isEmpty ? try port.unfinishedIncident(onAccount: account, raisedBy: user) : nil
                let restricted = account.isEmpty ? [] : try port.contactRestrictions(onAccount: account, on: today)
                return .loaded(resumed: resumed, restricted: restricted)
            } catch {
                return .loadFailed(ConductProblem.message(for: error))
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let resumed, let restricted):
            isLoaded = true
            self.restricted = restricted
            if env.role == .trainer { problem = ConductRefusal.trainersHaveNoAccess.message }
            if incident == nil, let resumed {
                incident = resumed
                ticked.formUnion(resumed.behaviours)
                return .message("Carrying on with incident \(resumed.id), raised at \(ConductText.clock(resumed.raisedAt))", role: .info)
            }
            return .none
        case .loadFailed(let message):
            isLoaded = true
            problem = message
            return .error(message)
        case .form(let edit):
            form.apply(edit)
            return .none
        case .nextField:
            moveField(by: 1)
            return .none
        case .previousField:
            moveField(by: -1)
            return .none
        case .focusBehaviours:
            focus = .behaviours
            return .none
        case .moveBehaviour(let delta):
            cursor = min(max(0, cursor + delta), ConductBehaviour.all.count - 1)
            return .none
        case .toggleBehaviour:
            let behaviour = ConductBehaviour.all[cursor]
            if incident?.behaviours.contains(behaviour) == true {
                return .message("Already recorded on the incident", role: .info)
            }
            if ticked.contains(behaviour) { ticked.remove(behaviour) } else { ticked.insert(behaviour) }
            return .none
        case .chooseWords(let index):
            wordsChoice = index
            ownWords = nil
            return .none
        case .step(let key):
            return perform(key, at: env.now, env: env)
        case .openPrompt(let purpose):
            prompt = ConductPrompt(purpose)
            return .none
        case .prompt(let edit):
            prompt?.apply(edit)
            return .none
        case .cancelPrompt:
            prompt = nil
            return .none
        case .submitPrompt:
            return submitPrompt(env: env)
        case .logComplaint:
            if let logComplaint { return .navigate(.push(logComplaint(context))) }
            prompt = ConductPrompt(.complaintNumber)
            return .message("Log the complaint in Complaints, then type its number here to link it", role: .info)
        case .customerAsksForReview:
            return recordReviewRequest(env: env)
        case .saved(let saved, let recorded):
            return savedStep(saved, recorded: recorded, env: env)
        case .reviewRecorded(let changed):
            restricted = restricted.map { $0.incidentId == changed.incidentId ? changed : $0 }
            return .message("Recorded: the customer asked for a review of the restriction on \(changed.incidentId). Supervisors see it in Restrictions due.")
        case .refused(let message):
            isSaving = false
            pending.removeAll()
            problem = message
            return .error(message)
        case .refusedAsStale(let stale, let fresh, let refused):
            isSaving = false
            if let fresh {
                incident = fresh
                ticked.formUnion(fresh.behaviours)
            }
            let offer = ReapplyOffer(refusal: stale, change: StaleSave(steps: refused.steps, at: refused.at, pending: refused.pending + pending))
            pending.removeAll()
            reapply = offer
            problem = offer.message
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard let again = reapply.takeChange() else { return .none }
            pending = again.pending
            return save(again.steps, at: again.at, env: env)
        }
    }

    private mutating func moveField(by step: Int) {
        guard incident == nil else { return }
        let ids = form.fields.map(\.id)
        if focus == .behaviours {
            focus = .details
            form.focus = step > 0 ? ids.first : ids.last
        } else if (step > 0 && form.focus == ids.last) || (step < 0 && form.focus == ids.first) {
            focus = .behaviours
        } else {
            form.moveFocus(by: step)
        }
    }

    private mutating func perform(_ key: StepKey, at time: LocalDateTime, env: ScreenEnvironment) -> Effect<Action> {
        guard !isSaving else {
            pending.append(QueuedStep(key: key, at: time))
            return .none
        }
        return save(steps(for: key), at: time, env: env)
    }

    private mutating func submitPrompt(env: ScreenEnvironment) -> Effect<Action> {
        guard let prompt else { return .none }
        guard !isSaving else { return .error("The last step is still being saved: press Enter again in a moment") }
        switch prompt.purpose {
        case .ownWords:
            guard !prompt.text.isEmpty else { return .error(ConductRefusal.requestWordsRequired.message) }
            ownWords = prompt.text
            self.prompt = nil
            return .none
        case .evidence:
            return save([.evidenceAdded(prompt.evidence)], at: env.now, env: env)
        case .closeReason:
            return save([.closedWithoutReport(reason: prompt.text)], at: env.now, env: env)
        case .complaintNumber:
            return save([.complaintLinked(id: prompt.text)], at: env.now, env: env)
        case .whatHappened:
            return save([.whatHappenedWritten(prompt.text)], at: env.now, env: env)
        case .accountNumber:
            return save([.accountLinked(prompt.text)], at: env.now, env: env)
        case .assignee:
            return save([.assigned(to: prompt.text)], at: env.now, env: env)
        }
    }

    /// Saves steps at `time`: raises the incident with them if it is not raised yet.
    private mutating func save(_ steps: [ConductStep], at time: LocalDateTime, env: ScreenEnvironment) -> Effect<Action> {
        isSaving = true
        let user = env.agent, role = env.role
        let id = incident?.id, version = incident?.timeline.count ?? 0, draft = self.draft
        return .run { services in
            do {
                let port = try services.port((any ConductPort).self)
                let saved = if let id {
                    try port.apply(steps, to: id, readVersion: version, by: user, role: role, at: time)
                } else {
                    try port.raise(draft, then: steps, by: user, role: role, at: time)
                }
                return .saved(saved, recorded: steps)
            } catch let stale as ChangedSinceRead {
                let fresh = id.flatMap { try? services.port((any ConductPort).self).open($0, by: user, role: role, at: time) }
                return .refusedAsStale(stale, fresh: fresh, StaleSave(steps: steps, at: time, pending: []))
            } catch {
                return .refused(ConductProblem.message(for: error))
            }
        }
    }

    private mutating func savedStep(_ saved: ConductIncident, recorded: [ConductStep], env: ScreenEnvironment) -> Effect<Action> {
        let wasRaised = incident == nil
        incident = saved
        ticked.formUnion(saved.behaviours)
        isSaving = false
        problem = nil
        prompt = nil
        reapply = nil
        focus = .behaviours
        var effect = Effect<Action>.batch(recorded.compactMap(ConductText.traineeAction).map { Effect.trainee($0) })
        let said = recorded.last.map { "\(ConductText.clock(saved.timeline.last?.at ?? saved.raisedAt)) \($0.summary)" } ?? ""
        if recorded.last == .reported {
            effect = effect.and(.message("Incident \(saved.id) reported for supervisor review"))
        } else {
            effect = effect.and(.message(wasRaised ? "Incident \(saved.id) raised · \(said)" : said))
        }
        if !pending.isEmpty {
            let next = pending.removeFirst()
            effect = effect.and(perform(next.key, at: next.at, env: env))
        }
        return effect
    }

    private mutating func recordReviewRequest(env: ScreenEnvironment) -> Effect<Action> {
        guard let target = restricted.first?.incidentId, let shown = restricted.first?.restriction else { return .none }
        let user = env.agent, role = env.role, now = env.now
        return .run { services in
            do {
                let port = try services.port((any ConductPort).self)
                return .reviewRecorded(try port.recordReviewRequest(onIncident: target, shown: shown, by: user, role: role, at: now))
            } catch {
                return .refused(ConductProblem.message(for: error))
            }
        }
    }
}
