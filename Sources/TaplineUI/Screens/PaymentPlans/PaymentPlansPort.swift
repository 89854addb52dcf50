import TaplineDomain

/// What the payment plan screens need from the store: plans, their history, and the
/// confirmation letter file.
///
/// Every save carries the version the screen read (issue 12 item 3): `PlanStart.version` for a
/// new plan, `PlanStart.planVersions` or `PlanHistory.version(of:)` for a change to one. One
/// based on a stale read throws `ChangedSinceRead`, naming who changed it and when.
public protocol PaymentPlansPort: Sendable {
    /// What a plan for the account starts from: the amount owed, expected charges, earlier
    /// plans and the latest hardship assessment.
    func start(accountNumber: String, today: CivilDate) throws -> PlanStart
    /// Saves a newly agreed plan: the store allocates its number and `make` builds it.
    func agree(readVersion: Int, by agent: String, at time: LocalDateTime,
               _ make: @Sendable (String) throws -> PaymentPlan) throws -> PaymentPlan
    /// Replaces an active plan (Charter 5.4(d)): `make` gets the new number and the saved plan.
    func renegotiate(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                     _ make: @Sendable (String, PaymentPlan) throws -> (old: PaymentPlan, new: PaymentPlan)) throws -> PaymentPlan
    /// Records an instalment missed on `date`; two in a row cancel the plan.
    func recordMissed(_ planID: String, readVersion: Int, instalment: Int, on date: CivilDate, by agent: String,
                      at time: LocalDateTime) throws -> (plan: PaymentPlan, outcome: PaymentPlan.MissedOutcome)
    /// Cancels an active plan for a stated reason other than non-payment.
    func cancel(_ planID: String, readVersion: Int, on date: CivilDate, reason: String, by agent: String, at time: LocalDateTime) throws -> PaymentPlan
    /// Every plan of the account (oldest first) with its status history.
    func history(accountNumber: String) throws -> PlanHistory
    /// Writes the plan's written confirmation (Charter 5.4(e)) dated `date`; returns the file's path.
    func writeConfirmation(for plan: PaymentPlan, date: CivilDate) throws -> String
}

/// What a plan starts from.
public struct PlanStart: Equatable, Sendable {
    public var customerName: String
    /// The account balance: the amount owed when positive.
    public var balance: Money
    /// The part of the balance held under an unresolved dispute (an open complaint's disputed
    /// amount): Charter 3.1(e) keeps it out of any plan until the dispute is resolved.
    public var amountInDispute: Money
    /// Usage and service charges billed in the 12 months before today (Charter 5.4: the plan
    /// covers the charges expected while it runs).
    public var chargesLastYear: Money
    /// Earlier plans, oldest first (for the 5.4 count of cancelled plans, and renegotiation).
    public var plans: [PaymentPlan]
    /// The latest hardship assessment when it found the customer in hardship and the policy
    /// has not ceased: the plan is agreed under it (Charter 5.6(d)).
    public var hardshipAssessment: HardshipAssessment?
    /// How many status events each plan had when read: the version a renegotiation is saved against.
    public var planVersions: [String: Int]

    public init(customerName: String, balance: Money, amountInDispute: Money = .zero, chargesLastYear: Money,
                plans: [PaymentPlan], hardshipAssessment: HardshipAssessment?, planVersions: [String: Int] = [:]) {
        self.customerName = customerName
        self.balance = balance
        self.amountInDispute = amountInDispute
        self.chargesLastYear = chargesLastYear
        self.plans = plans
        self.hardshipAssessment = hardshipAssessment
        self.planVersions = planVersions
    }

    /// The version of the account's plans as read, which a new plan is agreed against: their
    /// status events between them.
    public var version: Int { planVersions.values.reduce(0, +) }

    /// The account's active plan, if any.
    public var activePlan: PaymentPlan? { plans.last(where: \.isActive) }
}

/// An account's plans with their status history.
public struct PlanHistory: Equatable, Sendable {
    /// One change of a plan: agreed, paid, missed, renegotiated, cancelled.
    public struct Event: Equatable, Sendable {
        public var planID: String
        public var at: LocalDateTime
        public var agent: String
        public var summary: String

        public init(planID: String, at: LocalDateTime, agent: String, summary: String) {
            self.planID = planID
            self.at = at
            self.agent = agent
            self.summary = summary
        }
    }

    /// Oldest first.
    public var plans: [PaymentPlan]
    /// Oldest first.
    public var events: [Event]

    public init(plans: [PaymentPlan], events: [Event]) {
        self.plans = plans
        self.events = events
    }

    /// The version of a plan as read, which a change to it is saved against: its status events.
    public func version(of planID: String) -> Int { events.filter { $0.planID == planID }.count }
}
