import TaplineDomain

/// What every screen may read but not change: who is at the console, when it is, and the
/// utility's rules of time.
///
/// `now` is passed in on every call (the run loop reads the clock, or a scenario fixes it),
/// so screens stay pure and a training scenario can run on the Thursday before Easter.
public struct ScreenEnvironment: Sendable {
    public var now: LocalDateTime
    public var agent: String
    public var role: Role
    public var isDemo: Bool
    /// The jurisdiction's business days (Charter Part C): every deadline on screen uses it.
    public var calendar: BusinessCalendar
    /// What each area offers on the account screen (log a complaint, assess hardship…).
    public var accountActions: [AccountAction]
    /// The reasons and outcomes a call's wrap-up offers (config.toml's `[wrap_up]`).
    public var wrapUpCodes: WrapUpCodes

    public init(now: LocalDateTime, agent: String, role: Role = .agent, isDemo: Bool = false,
                calendar: BusinessCalendar = .victoria, accountActions: [AccountAction] = [],
                wrapUpCodes: WrapUpCodes = .defaults) {
        self.now = now
        self.agent = agent
        self.role = role
        self.isDemo = isDemo
        self.calendar = calendar
        self.accountActions = accountActions
        self.wrapUpCodes = wrapUpCodes
    }

    public var today: CivilDate { now.date }
}
