import TaplineDomain

/// Whether the account's water supply may be restricted now, with every reason against and
/// its clause (Charter 7.1-7.3, 5.6(c), 6.3); opened from the account with `r`.
///
/// The check is made at the console's time (`env.now`): 3 pm, Fridays, weekends, public
/// holidays and the day before one all matter (7.3(a)). When it is permitted, the two litres
/// a minute floor (7.3) is shown with it. F5 checks again, at the time of the key.
public struct RestrictionCheckScreen: Screen {
    public enum Action: Sendable {
        case loaded(RestrictionFacts)
        case loadFailed(String)
        case checkAgain
        case scroll(Int)
    }

    public let context: AccountContext
    public private(set) var facts: RestrictionFacts?
    public private(set) var decision: RestrictionDecision?
    public private(set) var checkedAt: LocalDateTime?
    public private(set) var problem: String?
    /// The first line of the reasons shown.
    public private(set) var offset = 0

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Restriction check — \(context.customerName) (\(context.accountNumber))" }

    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.function(5), help: "check again now", action: .checkAgain),
         KeyBinding([.down, .pageDown], label: "↑/↓", help: "scroll the reasons", bar: false, action: .scroll(1)),
         KeyBinding([.up, .pageUp], help: "scroll up", bar: false, action: .scroll(-1))]
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        facts == nil ? load(env: env) : .none
    }

    private func load(env: ScreenEnvironment) -> Effect<Action> {
        let number = context.accountNumber, today = env.today
        return .run("restriction-facts") { services in
            do {
                return .loaded(try services.port((any RestrictionPort).self).facts(for: number, today: today))
            } catch {
                return .loadFailed("the account's collection record could not be read: \(error.plansMessage)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let facts):
            let decision = RestrictionCheck.evaluate(facts, at: env.now, calendar: env.calendar)
            self.facts = facts
            self.decision = decision
            checkedAt = env.now
            problem = nil
            offset = 0
            return .trainee(.restrictionChecked(permitted: decision.isPermitted, reasonClauses: decision.clauses))
        case .loadFailed(let message):
            problem = message
            return .error(message)
        case .checkAgain:
            return load(env: env)
        case .scroll(let delta):
            // At most to the last line at the narrowest terminal: a training caller's strip can
            // leave the list a few rows, and every line must still be reachable; this bounds the
            // ↓ presses past the end that ↑ must use up to the rows on screen.
            guard let decision else { return .none }
            let width = Console.minimumSize.width - 2
            offset = ScrollingLines.clampedOffset(offset + delta, lineCount: Self.lines(for: decision, width: width).count, height: 1)
            return .none
        }
    }
}
