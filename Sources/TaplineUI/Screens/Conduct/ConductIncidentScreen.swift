import TaplineDomain

/// One conduct incident in full: who, what, the request to stop, evidence, decisions and the
/// timeline, with what the user's role may do next.
///
/// Supervisors decide (`d`) and give it to someone (`g`, issue 12 item 4); the agent whose it is
/// — who raised it, or was given it — carries on recording its steps (`t`) and writes what
/// happened in their own words (`h`); both may add evidence, link the customer's
/// complaint, and link the account of a caller identified after the incident was raised (`a`). Any agent may record that the
/// customer asked for a review of the restriction (`u`): the customer may ask whoever answers.
/// Opening it is recorded in the audit log.
///
/// A step refused because someone changed the incident after it was read here
/// (`ChangedSinceRead`) keeps the prompt as typed, shows who changed it and when over the
/// fresh incident, and Ctrl-R records the same step on it (issue 12 item 3).
public struct ConductIncidentScreen: Screen {
    public enum Action: Sendable {
        case loaded(ConductIncident, earlier: [ConductIncident])
        case loadFailed(String)
        case scroll(Int)
        case decide
        case recordSteps
        case openPrompt(ConductPrompt.Purpose)
        case prompt(Form<ConductPrompt.Field>.Action)
        case submitPrompt, cancelPrompt
        case customerAsksForReview
        case saved(ConductIncident, message: String)
        case refused(String)
        /// Refused because the incident changed since it was read; `fresh` is the incident now.
        case refusedAsStale(ChangedSinceRead, fresh: ConductIncident?)
        /// Ctrl-R after a stale refusal: the same step on the fresh incident.
        case reapplyKeyPressed
        /// Colleagues at other consoles with this incident open.
        case colleaguesLoaded([Presence])
        case assigneesLoaded([String])
        /// `g` (supervisors): find who to give it to by typing part of the name.
        case chooseAssignee
        case assigneeChooser(NameChooser.Action)
    }

    public let incidentId: String
    public private(set) var incident: ConductIncident?
    /// Who to give the incident to, while being chosen.
    public private(set) var assigneeChooser: NameChooser?
    public private(set) var earlier: [ConductIncident] = []
    /// Who is looking, from the environment when the incident loaded.
    public private(set) var viewer: (user: String, role: Role)?
    public private(set) var prompt: ConductPrompt?
    public private(set) var problem: String?
    /// The first timeline row shown.
    public private(set) var scroll = 0
    /// Colleagues at other consoles with this incident open (a supervisor deciding it while
    /// another adds steps), said before anything is typed.
    public private(set) var colleagues: [Presence] = []
    /// Who a supervisor can give the incident to, once loaded.
    public private(set) var assignees: [String] = []
    /// The stale refusal, while Ctrl-R offers to record the step again on the fresh incident.
    public private(set) var reapply: ReapplyOffer<Action>?
    /// What the save in flight came from (a prompt's submission or the review key), to offer again if stale.
    private var savingChange: Action?
    let logComplaint: (@Sendable (CustomerContext) -> AnyScreen)?

    public init(incidentId: String, logComplaint: (@Sendable (CustomerContext) -> AnyScreen)? = nil) {
        self.incidentId = incidentId
        self.logComplaint = logComplaint
    }

    public var title: String { incidentId }
    public var presenceSubject: String? { incidentId }
    public var hasUnsavedInput: Bool { prompt.map { !$0.text.isEmpty } ?? false }

    // MARK: - What the viewer may do

    var isSupervisor: Bool { viewer?.role.actsAsSupervisor == true }
    /// The viewer raised it or was given it.
    var isOwn: Bool {
        guard let incident, let user = viewer?.user else { return false }
        return user == incident.raisedBy || user == incident.owner
    }
    var mayChange: Bool { isSupervisor || (isOwn && viewer?.role == .agent) }

    /// Decisions are made on reported incidents, and after "no further action" on none.
    var mayDecide: Bool {
        guard isSupervisor, let incident else { return false }
        let closed = incident.decisions.contains { $0.kind == .noFurtherAction }
        return !closed && (incident.stage == .awaitingSupervisorReview || incident.stage == .decided)
    }

    /// Steps are recorded by the agent who raised it while the conversation goes on, reported
    /// or not (a report does not end the call): until the contact ended or a supervisor decided.
    var mayRecordSteps: Bool {
        guard isOwn, let incident else { return false }
        return incident.decisions.isEmpty && incident.stage != .decided && incident.conversation != .contactEnded
    }

    /// Writing what happened is the raiser's, until a supervisor decides.
    var mayWriteWhatHappened: Bool { isOwn && viewer?.role == .agent && incident?.decisions.isEmpty == true }

    /// An incident raised without an account may have one linked, unless it is about a member of the public.
    var mayLinkAccount: Bool {
        guard mayChange, let incident else { return false }
        return incident.accountNumber == nil && incident.personKind.mayHaveAccount
    }

    func activeRestriction(on day: CivilDate) -> ContactRestriction? { incident?.activeRestriction(on: day) }

    public var bindings: [KeyBinding<Action>] {
        if assigneeChooser != nil { return NameChooser.bindings(Action.assigneeChooser) }
        let offered = reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)]
        if prompt != nil {
            return offered + [KeyBinding(.enter, help: "save", action: .submitPrompt), KeyBinding(.escape, help: "cancel", action: .cancelPrompt)]
        }
        var list: [KeyBinding<Action>] = offered
        if mayDecide { list.append(KeyBinding(.character("d"), help: "decide", action: .decide)) }
        if mayRecordSteps { list.append(KeyBinding(.character("t"), help: "record steps", action: .recordSteps)) }
        if mayChange {
            list.append(KeyBinding(.character("x"), help: "add evidence", action: .openPrompt(.evidence)))
            list.append(KeyBinding(.character("m"), help: "link complaint", bar: false, action: .openPrompt(.complaintNumber)))
        }
        if mayWriteWhatHappened, let incident {
            list.append(KeyBinding(.character("h"), help: "write what happened", action: .openPrompt(.whatHappened(incident.whatHappened ?? ""))))
        }
        if mayLinkAccount { list.append(KeyBinding(.character("a"), help: "link the account", action: .openPrompt(.accountNumber))) }
        if isSupervisor, let incident, assignees.contains(where: { $0 != incident.owner }) {
            list.append(KeyBinding(.character("g"), help: "give it to someone", bar: false, action: .chooseAssignee))
        }
        if incident?.currentRestriction != nil, viewer?.role != .trainer {
            list.append(KeyBinding(.character("u"), help: "customer asks for a review", bar: false, action: .customerAsksForReview))
        }
        list += [KeyBinding(.up, help: "scroll the timeline up", bar: false, action: .scroll(-1)),
                 KeyBinding(.down, help: "scroll the timeline down", bar: false, action: .scroll(1))]
        return list
    }

    public var extraHelp: [KeyHint] { prompt != nil ? Form<ConductPrompt.Field>.hints : [] }

    public func action(for key: Key) -> Action? {
        if assigneeChooser != nil { return NameChooser.action(for: key).map(Action.assigneeChooser) }
        if prompt != nil {
            return bindings.action(for: key) ?? Form<ConductPrompt.Field>.action(for: key).map(Action.prompt)
        }
        return bindings.action(for: key)
    }

    // MARK: - Update

    /// A colleague opening or leaving this incident elsewhere shows by itself; the incident
    /// itself reloads when shown again, so a prompt being filled in is never disturbed.
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { colleaguesHere() }

    private func colleaguesHere() -> Effect<Action> {
        let id = incidentId
        return .run("colleagues") { services in
            .colleaguesLoaded((try? services.port((any PresencePort).self).others(withOpen: id)) ?? [])
        }
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        let id = incidentId, user = env.agent, role = env.role, now = env.now
        let staff: Effect<Action> = role.actsAsSupervisor ? .run("assignees") { services in
            .assigneesLoaded((try? services.port((any ConductPort).self).assignees()) ?? [])
        } : .none
        return colleaguesHere().and(staff).and(.run("conduct-incident") { services in
            do {
                let port = try services.port((any ConductPort).self)
                let incident = try port.open(id, by: user, role: role, at: now)
                return .loaded(incident, earlier: try port.earlierIncidents(for: incident))
            } catch {
                return .loadFailed(ConductProblem.message(for: error))
            }
        })
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .colleaguesLoaded(let loaded):
            colleagues = loaded
            return .none
        case .assigneesLoaded(let loaded):
            assignees = loaded
            return .none
        case .loaded(let incident, let earlier):
            self.incident = incident
            self.earlier = earlier
            viewer = (env.agent, env.role)
            problem = nil
            return .none
        case .loadFailed(let message):
            problem = message
            return .none
        case .scroll(let delta):
            scroll = min(max(0, scroll + delta), max(0, (incident?.timeline.count ?? 0) - 1))
            return .none
        case .decide:
            guard mayDecide, let incident else { return .error(ConductRefusal.onlySupervisorsDecide.message) }
            return .push(ConductDecisionScreen(incident: incident, earlier: earlier, today: env.today))
        case .recordSteps:
            guard let incident else { return .none }
            return .push(ConductIncidentPanel(incident: incident, logComplaint: logComplaint))
        case .openPrompt(let purpose):
            prompt = ConductPrompt(purpose)
            return .none
        case .chooseAssignee:
            guard let incident else { return .none }
            assigneeChooser = NameChooser(title: "Give the incident to", names: assignees.filter { $0 != incident.owner })
            return .none
        case .assigneeChooser(.edit(let edit)):
            assigneeChooser?.edit(edit)
            return .none
        case .assigneeChooser(.move(let delta)):
            assigneeChooser?.move(by: delta)
            return .none
        case .assigneeChooser(.cancel):
            assigneeChooser = nil
            return .none
        case .assigneeChooser(.choose):
            guard case .name(let name) = assigneeChooser?.highlighted else { return .error("No colleague's name matches what is typed") }
            assigneeChooser = nil
            // Saved as the prompt's step, so a stale refusal keeps it and Ctrl-R gives it again.
            prompt = ConductPrompt(.assignee([name]))
            return reduce(.submitPrompt, env: env)
        case .prompt(let edit):
            prompt?.apply(edit)
            return .none
        case .cancelPrompt:
            prompt = nil
            reapply = nil
            return .none
        case .submitPrompt:
            guard let prompt else { return .none }
            let step: ConductStep = switch prompt.purpose {
            case .evidence: .evidenceAdded(prompt.evidence)
            case .whatHappened: .whatHappenedWritten(prompt.text)
            case .accountNumber: .accountLinked(prompt.text)
            case .assignee: .assigned(to: prompt.text)
            case .complaintNumber, .ownWords, .closeReason: .complaintLinked(id: prompt.text)
            }
            savingChange = .submitPrompt
            return save([step], env: env)
        case .customerAsksForReview:
            savingChange = .customerAsksForReview
            return save([.customerRequestedRestrictionReview(on: env.today)], env: env)
        case .saved(let saved, let message):
            incident = saved
            prompt = nil
            problem = nil
            reapply = nil
            return .message(message)
        case .refusedAsStale(let stale, let fresh):
            if let fresh { incident = fresh }
            guard let change = savingChange else { return .error(stale.message) }
            let offer = ReapplyOffer(refusal: stale, change: change)
            reapply = offer
            problem = offer.message
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard let change = reapply.takeChange() else { return .none }
            return reduce(change, env: env)
        case .refused(let message):
            problem = message
            return .error(message)
        }
    }

    private func save(_ steps: [ConductStep], env: ScreenEnvironment) -> Effect<Action> {
        let id = incidentId, version = incident?.timeline.count ?? 0, user = env.agent, role = env.role, now = env.now
        return .run { services in
            do {
                let saved = try services.port((any ConductPort).self).apply(steps, to: id, readVersion: version, by: user, role: role, at: now)
                return .saved(saved, message: steps.last.map { "Recorded: \($0.summary)" } ?? "Saved")
            } catch let stale as ChangedSinceRead {
                return .refusedAsStale(stale, fresh: try? services.port((any ConductPort).self).open(id, by: user, role: role, at: now))
            } catch {
                return .refused(ConductProblem.message(for: error))
            }
        }
    }

    // MARK: - Render

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        renderIncident(into: &canvas, area: area, env: env)
        assigneeChooser?.render(into: &canvas, area: area)
    }

    private func renderIncident(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let incident else {
            let text = problem.map { "✖ " + $0 } ?? "Opening \(incidentId)…"
            for (i, line) in TextWrap.lines(text, width: inner.width).enumerated() {
                canvas.write(line, x: inner.x, y: inner.y + 1 + i, role: problem == nil ? .muted : .error)
            }
            return
        }
        var y = inner.y
        // Up to `wrap` rows; text that goes on past them ends in "…" rather than stopping mid-word unmarked.
        func line(_ text: String, _ role: StyleRole = .text, wrap: Int = 1) {
            let parts = TextWrap.lines(text, width: inner.width)
            for (i, part) in parts.prefix(wrap).enumerated() where y < inner.maxY {
                let cut = i == wrap - 1 && parts.count > wrap
                canvas.write(cut ? String(part.prefix(max(0, inner.width - 1))) + "…" : part, x: inner.x, y: y, width: inner.width, role: role)
                y += 1
            }
        }
        let used = canvas.write("\(incident.id) · ", x: inner.x, y: y, role: .title)
        canvas.write(ConductText.stage(incident.stage), x: inner.x + used, y: y, width: inner.width - used, role: ConductText.role(of: incident.stage))
        y += 1
        for colleague in colleagues { line(colleague.onSubjectDescription, .warning) }
        if !earlier.isEmpty {
            line("\(ConductText.repeatMarker): \(earlier.count) earlier within 12 months (\(earlier.map(\.id).joined(separator: ", ")))", .danger)
        }
        let account = incident.accountNumber ?? (incident.personKind.mayHaveAccount ? "not linked yet (a links it)" : "none")
        line("\(incident.person.name ?? "No name given") (\(incident.personKind.label)) · account \(account) · \(incident.channel.label)")
        for (label, text, role) in ConductText.accounts(of: incident) {
            line(label + text, role, wrap: .max)
        }
        if incident.owner != incident.raisedBy { line("Now \(incident.owner)'s to carry on with (given by a supervisor)", .accent) }
        var times = ["Raised by \(incident.raisedBy) \(incident.raisedAt.display)"]
        if let asked = incident.requestToStop { times.append("asked to stop \(ConductText.clock(asked.at))") }
        if let ended = incident.contactEndedAt { times.append("ended \(ConductText.clock(ended))") }
        if let reported = incident.reportedAt {
            times.append("reported " + (reported.date == incident.raisedAt.date ? ConductText.clock(reported) : reported.display))
        }
        line(times.joined(separator: " · "), .muted)
        line("Behaviour: " + ConductText.behaviours(incident.behaviours), incident.isViolentOrThreatening ? .danger : .text, wrap: 2)
        if incident.mustBeReported { line("⚠ Violence or threats: always reported to the police", .warning) }
        if incident.customerIsEmployee { line("⚠ Also an employee: their conduct goes to HR", .warning) }
        if !incident.outstandingReferrals.isEmpty {
            line("● Still needs: " + incident.outstandingReferrals.map(\.label).sorted().joined(separator: ", "), .warning)
        }
        // The words the agent used, whole: the supervisor judges whether the request was fair.
        if let asked = incident.requestToStop { line("Request to stop: “\(asked.words)”", .muted, wrap: 4) }
        var extras: [String] = []
        if !incident.evidence.isEmpty { extras.append("Evidence: " + incident.evidence.map(\.label).joined(separator: "; ")) }
        if let complaint = incident.linkedComplaintId { extras.append("complaint \(complaint)") }
        if !extras.isEmpty { line(extras.joined(separator: " · ")) }
        if let restriction = incident.currentRestriction {
            let requests = restriction.customerReviewRequests.map(\.iso)
            let asked = requests.isEmpty ? "" : " · customer asked for a review on \(requests.joined(separator: ", "))"
            let active = restriction.isActive(on: env.today) ? "▲ " + ConductText.banner(restriction, incidentId: incident.id) : "Restriction not in force today"
            line(active + asked, .danger)
        }
        for decision in incident.decisions {
            line("✔ \(ConductText.moment(decision.decidedAt)) \(decision.supervisor): \(ConductText.decision(decision.kind)) — \(decision.reasons.joined(separator: "; "))",
                 .success, wrap: 2)
        }
        // Over a prompt kept as typed: who changed the incident first and when.
        let stale = prompt == nil ? [] : reapply.map { Array(TextWrap.lines("✖ " + $0.message, width: inner.width).prefix(3)) } ?? []
        let bottomRows = prompt != nil ? 4 + stale.count : (problem != nil ? 2 : 0)
        renderTimeline(incident, into: &canvas, area: Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 1 - bottomRows))
        let bottom = Rect(x: inner.x, y: inner.maxY - bottomRows, width: inner.width, height: bottomRows)
        if let prompt {
            for (i, part) in stale.enumerated() { canvas.write(part, x: inner.x, y: bottom.y + i, width: inner.width, role: .error) }
            prompt.render(into: &canvas, area: Rect(x: bottom.x, y: bottom.y + stale.count, width: bottom.width, height: 4))
        } else if let problem {
            for (i, part) in TextWrap.lines("✖ " + problem, width: inner.width).prefix(2).enumerated() {
                canvas.write(part, x: inner.x, y: bottom.y + i, width: inner.width, role: .error)
            }
        }
    }

    private func renderTimeline(_ incident: ConductIncident, into canvas: inout Canvas, area: Rect) {
        guard area.height >= 2 else { return }
        var table = Table(columns: [Table.Column("Time", width: 16), Table.Column("By", width: 10), Table.Column("Timeline")])
        table.setRows(incident.timeline.dropFirst(scroll).map { Table.Row([ConductText.moment($0.at), $0.by, $0.step.summary]) })
        table.render(into: &canvas, area: area, focused: false)
        if scroll > 0 { canvas.write("↑ \(scroll) earlier", x: area.maxX - 12, y: area.y, width: 12, role: .muted) }
    }
}
