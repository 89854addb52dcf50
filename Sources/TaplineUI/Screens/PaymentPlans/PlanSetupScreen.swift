import TaplineDomain

/// Sets up a flexible payment plan (Charter 5.4), from the account (`p`) or straight from a
/// just-saved hardship assessment; renegotiates the active plan when there is one (5.4(d)).
///
/// The schedule (dates, amounts, total exact to the cent) and the 5.4(a)-(c) explanation
/// follow every key. Two plans cancelled for non-payment in 12 months ask for the customer's
/// assurance first (5.4). F2 agrees the plan, writes the confirmation letter and shows when
/// written confirmation is due (5.4(e), 5.5(b)).
///
/// A plan refused because the account's plans changed after the screen read them
/// (`ChangedSinceRead`) keeps the form as typed, shows who changed them and when, reads the
/// plans again, and Ctrl-R agrees the same plan on them (issue 12 item 3).
public struct PlanSetupScreen: Screen {
    public enum Action: Sendable {
        case loaded(PlanStart)
        case loadFailed(String)
        case form(Form<PlanSetupForm.Field>.Action)
        case scroll(Int)
        case agree
        case agreed(PaymentPlan, letterPath: String?, letterProblem: String?)
        case agreeFailed(String)
        /// Refused because the account's plans changed since read; `fresh` is what they are now.
        case agreeRefusedAsStale(ChangedSinceRead, fresh: PlanStart?)
        /// Ctrl-R after a stale refusal: agree the same plan on the fresh plans.
        case reapplyKeyPressed
        case showHistory
    }

    /// A plan agreed here, and its letter.
    public struct Agreed: Equatable, Sendable {
        public let plan: PaymentPlan
        public let letterPath: String?
        public let letterProblem: String?
    }

    public let context: AccountContext
    /// The assessment the agent came from, if any.
    let fromAssessment: HardshipAssessment?
    public private(set) var start: PlanStart?
    public private(set) var form: Form<PlanSetupForm.Field>?
    public private(set) var preview: Result<PlanCalculation, PlanRefusal>?
    public private(set) var eligibility: PlanEligibility = .eligible
    /// The first schedule row shown.
    public private(set) var scheduleOffset = 0
    public private(set) var agreed: Agreed?
    public private(set) var problem: String?
    /// The stale refusal, while Ctrl-R offers to agree again on the fresh plans.
    public private(set) var reapply: ReapplyOffer<Action>?
    private var isSaving = false

    public init(context: AccountContext, assessment: HardshipAssessment? = nil) {
        self.context = context
        self.fromAssessment = assessment
    }

    /// The assessment the plan is agreed under (Charter 5.6(d)): the one just saved, or the
    /// account's current one in hardship.
    public var assessment: HardshipAssessment? { fromAssessment ?? start?.hardshipAssessment }

    /// The active plan this one replaces, when renegotiating (Charter 5.4(d)).
    public var replacing: PaymentPlan? { agreed == nil ? start?.activePlan : nil }

    public var title: String {
        (start?.activePlan != nil && agreed == nil ? "Renegotiate payment plan" : "Payment plan")
            + " — \(context.customerName) (\(context.accountNumber))"
    }

    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var hasUnsavedInput: Bool { agreed == nil && form?.isDirty == true }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        var list: [KeyBinding<Action>] = reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)]
        if agreed == nil, form != nil {
            list.append(KeyBinding(.function(2), help: replacing == nil ? "agree the plan" : "agree the renegotiated plan", action: .agree))
        }
        list += [KeyBinding(.function(5), help: "plan history", action: .showHistory),
                 KeyBinding(.pageDown, label: "PgDn/PgUp", help: "scroll the schedule", action: .scroll(1)),
                 KeyBinding(.pageUp, help: "scroll the schedule up", bar: false, action: .scroll(-1))]
        return list
    }

    public var extraHelp: [KeyHint] { agreed == nil ? Form<PlanSetupForm.Field>.hints : [] }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        guard agreed == nil, form != nil else { return nil }
        return Form<PlanSetupForm.Field>.action(for: key).map(Action.form)
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard start == nil else { return .none }
        let number = context.accountNumber, today = env.today
        return .run("plan-start") { services in
            do {
                return .loaded(try services.port((any PaymentPlansPort).self).start(accountNumber: number, today: today))
            } catch {
                return .loadFailed("the account's details could not be read: \(error.plansMessage)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let start):
            self.start = start
            let renegotiating = start.activePlan != nil
            eligibility = renegotiating ? .eligible : PlanEligibility.check(history: start.plans, today: env.today)
            var needsAssurance = false
            if case .needsAssurance = eligibility { needsAssurance = true }
            form = PlanSetupForm.make(start: start, assessment: assessment, today: env.today,
                                      renegotiating: renegotiating, needsAssurance: needsAssurance)
            recalculate(env: env)
            return .none
        case .loadFailed(let message):
            problem = message
            return .error(message)
        case .form(let edit):
            guard var form, let start else { return .none }
            let before = PlanSetupForm.frequency(form)
            form.apply(edit)
            PlanSetupForm.frequencyChanged(&form, from: before, start: start, assessment: assessment)
            self.form = form
            recalculate(env: env)
            return .none
        case .scroll(let pages):
            let count = (try? preview?.get())?.instalments.count ?? 0
            scheduleOffset = min(max(0, scheduleOffset + pages * Self.scheduleRows), max(0, count - Self.scheduleRows))
            return .none
        case .agree:
            return agree(env: env)
        case .agreed(let plan, let path, let letterProblem):
            isSaving = false
            reapply = nil
            agreed = Agreed(plan: plan, letterPath: path, letterProblem: letterProblem)
            form?.markSaved()
            let calculation = plan.calculation
            var effect: Effect<Action> = letterProblem == nil
                ? .message("Plan \(plan.id) agreed; confirmation letter written")
                : .error("Plan \(plan.id) agreed, but the letter was not written: \(letterProblem ?? "")")
            effect = effect.and(.trainee(.planCreated(instalment: calculation.amountPerPeriod,
                                                      frequency: calculation.request.frequency.rawValue,
                                                      instalmentCount: calculation.instalments.count)))
            return effect
        case .agreeFailed(let message):
            isSaving = false
            return .error("not agreed: \(message)")
        case .agreeRefusedAsStale(let stale, let fresh):
            // The fresh plans replace only what was read; the form keeps what was typed.
            isSaving = false
            if let fresh {
                start = fresh
                recalculate(env: env)
            }
            let offer = ReapplyOffer(refusal: stale, change: Action.agree)
            reapply = offer
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard let change = reapply.takeChange() else { return .none }
            return reduce(change, env: env)
        case .showHistory:
            return .push(PlanHistoryScreen(context: context))
        }
    }

    /// Schedule rows shown at once (the rest scroll).
    static let scheduleRows = 7

    private mutating func recalculate(env: ScreenEnvironment) {
        guard let form else { return }
        preview = PlanSetupForm.preview(form, amountInDispute: max(start?.amountInDispute ?? .zero, .zero), today: env.today,
                                        calendar: env.calendar)
        scheduleOffset = 0
    }

    private mutating func agree(env: ScreenEnvironment) -> Effect<Action> {
        guard var form, let start, !isSaving else { return .none }
        let valid = form.validateAll()
        if form[.sizing] == PlanSetupForm.byCapacity, form[.instalment].trimmingWhitespace.isEmpty {
            form.errors[.instalment] = "enter the instalment the customer can pay"
        }
        if form.fields.contains(where: { $0.id == .change }), form[.change].trimmingWhitespace.isEmpty {
            form.errors[.change] = "describe the change in their circumstances (5.4(d))"
        }
        if form.fields.contains(where: { $0.id == .assurance }), form[.assurance].trimmingWhitespace.isEmpty {
            form.errors[.assurance] = "write down the customer's assurance (5.4)"
        }
        if let firstBad = form.fields.first(where: { form.errors[$0.id] != nil }) { form.focus = firstBad.id }
        self.form = form
        guard valid, form.errors.isEmpty else {
            return .error("check the plan: \(form.focus.flatMap { form.errors[$0] } ?? "")")
        }
        let calculation: PlanCalculation
        switch preview {
        case .success(let value)?: calculation = value
        case .failure(let refusal)?: return .error("the plan cannot be set up: \(refusal.message)")
        case nil: return .none
        }
        isSaving = true
        let number = context.accountNumber, agent = env.agent, now = env.now, calendar = env.calendar
        let eligibility = self.eligibility, assessmentID = assessment?.id
        let change = form[.change], assuranceNote = form[.assurance]
        let replacing = start.activePlan, version = start.version
        let replacingVersion = replacing.map { start.planVersions[$0.id] ?? 0 } ?? 0
        return .run("plan-agree") { services in
            do {
                let port = try services.port((any PaymentPlansPort).self)
                let plan: PaymentPlan
                if let replacing {
                    plan = try port.renegotiate(replacing.id, readVersion: replacingVersion, by: agent, at: now) { id, saved in
                        try saved.renegotiated(newID: id, calculation: calculation, on: now.date, agent: agent,
                                               changeOfCircumstances: change, calendar: calendar)
                    }
                } else {
                    let assurance: ReasonableAssurance? = if case .needsAssurance = eligibility {
                        try ReasonableAssurance(recordedOn: now.date, agent: agent, note: assuranceNote)
                    } else {
                        nil
                    }
                    plan = try port.agree(readVersion: version, by: agent, at: now) { id in
                        try PaymentPlan.agree(id: id, accountNumber: number, calculation: calculation, agreedOn: now.date,
                                              agent: agent, eligibility: eligibility, assurance: assurance,
                                              hardshipAssessmentID: assessmentID, calendar: calendar)
                    }
                }
                do {
                    return .agreed(plan, letterPath: try port.writeConfirmation(for: plan, date: now.date), letterProblem: nil)
                } catch {
                    return .agreed(plan, letterPath: nil, letterProblem: error.plansMessage)
                }
            } catch let stale as ChangedSinceRead {
                let fresh = try? services.port((any PaymentPlansPort).self).start(accountNumber: number, today: now.date)
                return .agreeRefusedAsStale(stale, fresh: fresh)
            } catch {
                return .agreeFailed(error.plansMessage)
            }
        }
    }
}
