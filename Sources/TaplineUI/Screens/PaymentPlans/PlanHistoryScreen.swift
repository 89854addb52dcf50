import TaplineDomain

/// An account's payment plans, newest first, with each plan's instalments and status history;
/// records a missed instalment, renegotiates (Charter 5.4(d)) or cancels the active plan.
///
/// Plans are never deleted: a renegotiated plan stays beside the one that replaced it, and
/// a cancelled plan keeps its reason. Two instalments missed in a row cancel a plan for
/// non-payment (`PaymentPlan.missedInARowToCancel`), which the 5.4 count of cancelled plans
/// and restriction (7.1(e)(2)) then see.
///
/// A missed instalment or cancellation refused because a colleague changed the plan first
/// (`ChangedSinceRead`) keeps the question and the reason typed, shows who changed it and when
/// over the fresh history, and Ctrl-R records the same change on the fresh plan (issue 12 item 3).
public struct PlanHistoryScreen: Screen {
    /// What the agent is doing on the screen.
    public enum Mode: Equatable, Sendable {
        case browsing
        /// Asking to confirm that this instalment of the selected plan was missed.
        case confirmingMissed(Instalment)
        /// Typing why the selected plan is being cancelled.
        case cancelling(TextField)
    }

    public enum Action: Sendable {
        case loaded(PlanHistory)
        case loadFailed(String)
        case move(Int)
        case recordMissed, confirmMissed
        case startCancel
        case editReason(TextField.Edit)
        case confirmCancel
        case dismiss
        case changed(PlanHistory, message: String)
        case changeFailed(String)
        /// Refused because the plan changed since it was read; `fresh` is the history now.
        case changeRefusedAsStale(ChangedSinceRead, fresh: PlanHistory?)
        /// Ctrl-R after a stale refusal: the same change on the fresh plan.
        case reapplyKeyPressed
        case renegotiate
        case newPlan
    }

    public let context: AccountContext
    public private(set) var history: PlanHistory?
    public private(set) var problem: String?
    /// Index into `plansNewestFirst`.
    public private(set) var selected = 0
    public private(set) var mode: Mode = .browsing
    /// The stale refusal and the change to make again, while Ctrl-R offers it.
    public private(set) var reapply: ReapplyOffer<Action>?
    /// The change in flight (confirming a missed instalment or a cancellation), to offer again if stale.
    private var savingChange: Action?
    private var isSaving = false

    /// Longest cancellation reason kept, in characters.
    public static let reasonLength = 1000

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Payment plans — \(context.customerName) (\(context.accountNumber))" }

    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var hasUnsavedInput: Bool {
        if case .cancelling(let field) = mode { return !field.isEmpty }
        return false
    }

    public var plansNewestFirst: [PaymentPlan] { (history?.plans ?? []).reversed() }

    public var selectedPlan: PaymentPlan? {
        plansNewestFirst.indices.contains(selected) ? plansNewestFirst[selected] : nil
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        let offered = reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)]
        switch mode {
        case .confirmingMissed:
            return offered + [KeyBinding([.enter, .character("y")], label: "Enter", help: "record it as missed", action: .confirmMissed),
                              KeyBinding([.escape, .character("n")], label: "Esc", help: "keep it as due", action: .dismiss)]
        case .cancelling:
            return offered + [KeyBinding(.enter, help: "cancel the plan with this reason", action: .confirmCancel),
                              KeyBinding(.escape, help: "keep the plan", action: .dismiss)]
        case .browsing:
            var list: [KeyBinding<Action>] = [
                KeyBinding(.down, label: "↑/↓", help: "choose a plan", bar: false, action: .move(1)),
                KeyBinding(.up, help: "previous plan", bar: false, action: .move(-1)),
            ]
            if selectedPlan?.isActive == true {
                list += [KeyBinding(.character("m"), help: "record the overdue instalment as missed", action: .recordMissed),
                         KeyBinding(.character("r"), help: "renegotiate (5.4(d))", action: .renegotiate),
                         KeyBinding(.character("x"), help: "cancel the plan", action: .startCancel)]
            }
            if history != nil, !(history?.plans.contains(where: \.isActive) ?? false) {
                list.append(KeyBinding(.character("p"), help: "set up a new plan", action: .newPlan))
            }
            return list
        }
    }

    public var extraHelp: [KeyHint] {
        if case .cancelling = mode { return TextField.editHints }
        return []
    }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        if case .cancelling = mode { return TextField.edit(for: key).map(Action.editReason) }
        return nil
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> { load() }

    private func load() -> Effect<Action> {
        let number = context.accountNumber
        return .run("plan-history") { services in
            do {
                return .loaded(try services.port((any PaymentPlansPort).self).history(accountNumber: number))
            } catch {
                return .loadFailed("the plans could not be read: \(error.plansMessage)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let history):
            self.history = history
            problem = nil
            selected = min(selected, max(0, history.plans.count - 1))
            return .none
        case .loadFailed(let message):
            problem = message
            return .error(message)
        case .move(let delta):
            selected = min(max(0, selected + delta), max(0, plansNewestFirst.count - 1))
            return .none
        case .recordMissed:
            guard let plan = selectedPlan, plan.isActive else { return .none }
            guard let overdue = plan.instalments.first(where: { $0.state == .due && $0.dueDate < env.today }) else {
                let next = plan.nextDue.map { "; the next is due \($0.dueDate.display)" } ?? ""
                return .error("no instalment of \(plan.id) is overdue\(next)")
            }
            mode = .confirmingMissed(overdue)
            return .none
        case .confirmMissed:
            guard case .confirmingMissed(let instalment) = mode, let plan = selectedPlan, !isSaving else { return .none }
            isSaving = true
            savingChange = .confirmMissed
            let number = context.accountNumber, agent = env.agent, now = env.now, version = history?.version(of: plan.id) ?? 0
            return .run("plan-change") { services in
                do {
                    let port = try services.port((any PaymentPlansPort).self)
                    let (_, outcome) = try port.recordMissed(plan.id, readVersion: version, instalment: instalment.number, on: now.date,
                                                             by: agent, at: now)
                    let message = outcome == .planCancelled
                        ? "\(PaymentPlan.missedInARowToCancel) instalments in a row missed: \(plan.id) is cancelled for non-payment (7.1(e)(2))"
                        : "Instalment \(instalment.number) recorded as missed; one more in a row cancels the plan"
                    return .changed(try port.history(accountNumber: number), message: message)
                } catch let stale as ChangedSinceRead {
                    return .changeRefusedAsStale(stale, fresh: try? services.port((any PaymentPlansPort).self).history(accountNumber: number))
                } catch {
                    return .changeFailed(error.plansMessage)
                }
            }
        case .startCancel:
            guard selectedPlan?.isActive == true else { return .none }
            mode = .cancelling(TextField(maxLength: Self.reasonLength, placeholder: "why, e.g. paid in full by card"))
            return .none
        case .editReason(let edit):
            guard case .cancelling(var field) = mode else { return .none }
            let fits = field.apply(edit)
            mode = .cancelling(field)
            return fits ? .none : .error("a reason can be at most \(Self.reasonLength) characters")
        case .confirmCancel:
            guard case .cancelling(let field) = mode, let plan = selectedPlan, !isSaving else { return .none }
            let reason = field.text.trimmingWhitespace
            guard !reason.isEmpty else { return .error("write down why the plan is being cancelled") }
            isSaving = true
            savingChange = .confirmCancel
            let number = context.accountNumber, agent = env.agent, now = env.now, version = history?.version(of: plan.id) ?? 0
            return .run("plan-change") { services in
                do {
                    let port = try services.port((any PaymentPlansPort).self)
                    _ = try port.cancel(plan.id, readVersion: version, on: now.date, reason: reason, by: agent, at: now)
                    return .changed(try port.history(accountNumber: number), message: "\(plan.id) cancelled: \(reason)")
                } catch let stale as ChangedSinceRead {
                    return .changeRefusedAsStale(stale, fresh: try? services.port((any PaymentPlansPort).self).history(accountNumber: number))
                } catch {
                    return .changeFailed(error.plansMessage)
                }
            }
        case .dismiss:
            mode = .browsing
            reapply = nil
            return .none
        case .changed(let history, let message):
            isSaving = false
            mode = .browsing
            reapply = nil
            self.history = history
            return .message(message)
        case .changeFailed(let message):
            isSaving = false
            return .error("not saved: \(message)")
        case .changeRefusedAsStale(let stale, let fresh):
            isSaving = false
            if let fresh {
                // The same plan stays selected: a colleague's renegotiation puts a new one first.
                let id = selectedPlan?.id
                self.history = fresh
                selected = plansNewestFirst.firstIndex { $0.id == id } ?? 0
            }
            guard let change = savingChange else { return .error("not saved: \(stale.message)") }
            let offer = ReapplyOffer(refusal: stale, change: change)
            reapply = offer
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard !isSaving, let change = reapply.takeChange() else { return .none }
            return reduce(change, env: env)
        case .renegotiate, .newPlan:
            return .push(PlanSetupScreen(context: context))
        }
    }
}
