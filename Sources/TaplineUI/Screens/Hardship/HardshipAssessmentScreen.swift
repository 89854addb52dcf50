import TaplineDomain

/// A guided hardship assessment (Charter 5.6), opened from the account with `h`.
///
/// Five steps, moved through with PgDn / PgUp: the objective criteria (5.6(a)(1)), the income
/// and expenditure statement with the surplus shown as it is typed, the proposed outcome with
/// its neutral reasons and the outcome recorded (5.6(b)), the help offered and a third party
/// with written consent (5.6(f)-(i)), and a review of what happens next (5.6(j), (k)). F2 saves
/// a new assessment — earlier ones are kept — and offers a payment plan straight away.
///
/// If a colleague recorded an assessment or a cessation on the account after this form was
/// opened, the save is refused (`ChangedSinceRead`, who and when): everything typed stays,
/// the account's hardship record is read again, and Ctrl-R saves the same assessment against
/// the fresh record (issue 12 item 3).
public struct HardshipAssessmentScreen: Screen {
    /// The steps, in order.
    public enum Step: Int, CaseIterable, Sendable {
        case criteria, statement, outcome, help, review

        var title: String {
            switch self {
            case .criteria: return "Criteria"
            case .statement: return "Income & costs"
            case .outcome: return "Outcome"
            case .help: return "Help offered"
            case .review: return "Review & save"
            }
        }
    }

    public enum Action: Sendable {
        case loaded(HardshipStart)
        case loadFailed(String)
        case nextStep, previousStep
        case criteria(Form<HardshipCriteriaForm.Field>.Action)
        case statement(StatementEditor.Action)
        case outcome(Form<HardshipOutcomeForm.Field>.Action)
        case help(Form<HardshipHelpForm.Field>.Action)
        case save
        case saved(HardshipAssessment)
        case saveFailed(String)
        /// Refused because the account's hardship record changed since the form was opened;
        /// `fresh` is the record as it is now (nil when it could not be read again).
        case saveRefusedAsStale(ChangedSinceRead, fresh: HardshipStart?)
        /// Ctrl-R after a stale refusal: save the same assessment against the fresh record.
        case reapplyKeyPressed
        case setUpPlan
    }

    public let context: AccountContext
    public private(set) var step: Step = .criteria
    public private(set) var start: HardshipStart?
    public private(set) var problem: String?
    public private(set) var criteria = HardshipCriteriaForm.make(from: nil)
    public private(set) var statement = StatementEditor()
    public private(set) var outcome = HardshipOutcomeForm.make()
    public private(set) var help = HardshipHelpForm.make()
    /// The assessment once saved.
    public private(set) var saved: HardshipAssessment?
    /// The stale refusal, while Ctrl-R offers to save again on the fresh record.
    public private(set) var reapply: ReapplyOffer<Action>?
    private var isSaving = false

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Hardship assessment — \(context.customerName) (\(context.accountNumber))" }

    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var hasUnsavedInput: Bool {
        saved == nil && (criteria.isDirty || statement.isDirty || outcome.isDirty || help.isDirty)
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        if saved != nil {
            return [KeyBinding(.character("p"), help: "set up a payment plan from this assessment", action: .setUpPlan)]
        }
        var list: [KeyBinding<Action>] = reapply == nil ? [] : [ReapplyOffer<Action>.binding(Action.reapplyKeyPressed)]
        list += [
            KeyBinding(.function(2), help: "save the assessment", action: .save),
            KeyBinding(.pageDown, label: "PgDn", help: "next step", action: .nextStep),
            KeyBinding(.pageUp, label: "PgUp", help: "previous step", action: .previousStep),
        ]
        if step == .statement {
            list += [KeyBinding(.function(3), help: "add an income row", action: .statement(.addIncome)),
                     KeyBinding(.function(4), help: "add a cost row", action: .statement(.addCost)),
                     KeyBinding(.function(8), help: "remove this row", action: .statement(.removeRow))]
        }
        return list
    }

    public var extraHelp: [KeyHint] {
        saved != nil ? [] : Form<HardshipCriteriaForm.Field>.hints
    }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        guard saved == nil, start != nil else { return nil }
        switch step {
        case .criteria: return Form<HardshipCriteriaForm.Field>.action(for: key).map(Action.criteria)
        case .outcome: return Form<HardshipOutcomeForm.Field>.action(for: key).map(Action.outcome)
        case .help: return Form<HardshipHelpForm.Field>.action(for: key).map(Action.help)
        case .statement:
            switch key {
            case .tab: return .statement(.next)
            case .backTab: return .statement(.previous)
            case .up: return .statement(.up)
            case .down: return .statement(.down)
            default: return TextField.edit(for: key).map { .statement(.edit($0)) }
            }
        case .review: return nil
        }
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard start == nil else { return .none }
        let number = context.accountNumber, today = env.today
        return .run("hardship-start") { services in
            do {
                return .loaded(try services.port((any HardshipPort).self).start(accountNumber: number, today: today))
            } catch {
                return .loadFailed("the account's details could not be read: \(error.plansMessage)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let start):
            self.start = start
            criteria = HardshipCriteriaForm.make(from: start)
            problem = nil
            return .none
        case .loadFailed(let message):
            problem = message
            return .error(message)
        case .nextStep:
            step = Step(rawValue: min(step.rawValue + 1, Step.allCases.count - 1)) ?? step
            return .none
        case .previousStep:
            step = Step(rawValue: max(step.rawValue - 1, 0)) ?? step
            return .none
        case .criteria(let edit):
            criteria.apply(edit)
            return .none
        case .statement(let edit):
            statement.apply(edit)
            return .none
        case .outcome(let edit):
            outcome.apply(edit)
            return .none
        case .help(let edit):
            help.apply(edit)
            return .none
        case .save:
            return save(env: env)
        case .saved(let assessment):
            isSaving = false
            reapply = nil
            saved = assessment
            step = .review
            criteria.markSaved()
            outcome.markSaved()
            help.markSaved()
            var effect: Effect<Action> = .message("Assessment \(assessment.id) saved: \(assessment.outcome.displayName)")
            effect = effect.and(.trainee(.hardshipAssessed(outcome: assessment.outcome.rawValue,
                                                           capacityToPay: Self.capacityPerFortnight(assessment.statement))))
            for offer in assessment.referrals {
                effect = effect.and(.trainee(.referralOffered(to: HardshipHelpForm.trainingName(offer.kind))))
            }
            return effect
        case .saveFailed(let message):
            isSaving = false
            return .error("not saved: \(message)")
        case .saveRefusedAsStale(let stale, let fresh):
            // The fresh record replaces only what was read; the forms keep what was typed.
            isSaving = false
            if let fresh { start = fresh }
            let offer = ReapplyOffer(refusal: stale, change: Action.save)
            reapply = offer
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard let change = reapply.takeChange() else { return .none }
            return reduce(change, env: env)
        case .setUpPlan:
            guard let saved else { return .none }
            return .replace(PlanSetupScreen(context: context, assessment: saved))
        }
    }

    /// Checks every step, moving to the first with a problem; saves when all are complete.
    private mutating func save(env: ScreenEnvironment) -> Effect<Action> {
        guard let start, !isSaving else { return .none }
        guard criteria.validateAll() else {
            step = .criteria
            return .error("check the criteria: \(criteria.focus.flatMap { criteria.errors[$0] } ?? "")")
        }
        let typed: IncomeExpenditure?
        switch statement.statement {
        case .success(let value): typed = value
        case .failure(let problem):
            step = .statement
            if let focus = problem.focus { statement.focus = focus }
            return .error("check the statement: \(problem.message)")
        }
        guard help.validateAll() else {
            step = .help
            return .error("check the help offered: \(help.focus.flatMap { help.errors[$0] } ?? "")")
        }
        let chosen = HardshipOutcomeForm.outcome(outcome)
        let proposed = recommendation(env: env).outcome
        if let chosen, chosen != proposed, outcome[.note].trimmingWhitespace.isEmpty {
            step = .outcome
            outcome.focus = .note
            outcome.errors[.note] = "give a reason for recording “\(chosen.displayName)” instead of “\(proposed.displayName)”"
            return .error("the outcome differs from the proposal: give a reason in neutral words")
        }
        isSaving = true
        let number = context.accountNumber, agent = env.agent, now = env.now, calendar = env.calendar
        let recordedCriteria = HardshipCriteriaForm.criteria(criteria)
        let note = outcome[.note], referrals = HardshipHelpForm.referrals(help, today: now.date)
        let thirdParty = HardshipHelpForm.thirdParty(help), version = start.version
        return .run("hardship-save") { services in
            do {
                let port = try services.port((any HardshipPort).self)
                return .saved(try port.record(readVersion: version, by: agent, at: now) { id in
                    try HardshipAssessment.record(id: id, accountNumber: number, at: now, agent: agent, criteria: recordedCriteria,
                                                  statement: typed, outcome: chosen, outcomeNote: note, referrals: referrals,
                                                  thirdParty: thirdParty, calendar: calendar)
                })
            } catch let stale as ChangedSinceRead {
                let fresh = try? services.port((any HardshipPort).self).start(accountNumber: number, today: now.date)
                return .saveRefusedAsStale(stale, fresh: fresh)
            } catch {
                return .saveFailed(error.plansMessage)
            }
        }
    }

    // MARK: - Derived

    /// The outcome the criteria and statement propose now (blank criteria count as none).
    func recommendation(env: ScreenEnvironment) -> HardshipRecommendation {
        let typed = (try? statement.statement.get()) ?? nil
        return HardshipAssessor.recommend(criteria: HardshipCriteriaForm.criteria(criteria), statement: typed, today: env.today)
    }

    /// Capacity to pay a fortnight: the statement's surplus, never below zero; zero without one.
    ///
    /// A fortnight because most income support is paid fortnightly, and training scores
    /// capacity per fortnight (`TraineeAction.hardshipAssessed`).
    static func capacityPerFortnight(_ statement: IncomeExpenditure?) -> Money {
        max(statement?.surplus(per: .fortnightly) ?? .zero, .zero)
    }
}
