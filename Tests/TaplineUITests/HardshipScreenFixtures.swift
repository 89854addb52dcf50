import Foundation
@testable import TaplineDomain
@testable import TaplineUI

/// Givens the hardship, payment plan and restriction screen tests share: an in-memory store
/// behind the three ports, and a console driven key by key and read as text.
enum PlansUIFixtures {
    static let account = AccountContext(accountNumber: "1000000042", customerName: "Mel Carter")
    /// Tue 3 Mar 2026, 10:00.
    static let now = LocalDateTime(date: date("2026-03-03"), hour: 10)

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func dollars(_ text: String) -> Money { try! Money.parse(text) }

    static func env(_ now: LocalDateTime = now) -> ScreenEnvironment {
        ScreenEnvironment(now: now, agent: "ajones", calendar: .victoria)
    }

    static func start(balance: String = "1184.60", concession: HardshipCriteria.ConcessionStatus = .holdsCard,
                      late: Int = 1, missed: Int = 1) -> HardshipStart {
        HardshipStart(customerName: account.customerName, balance: dollars(balance), concession: concession, isTenant: false,
                      paymentHistory: .init(lateBills: late, missedBills: missed), previous: [])
    }

    /// An assessment in hardship with a statement leaving $40.00 a fortnight ($1,040.00 a year).
    static func assessment() throws -> HardshipAssessment {
        let statement = try IncomeExpenditure(household: .init(adults: 1, children: 2),
                                              income: [IncomeLine(.governmentBenefits, dollars("1040"), .fortnightly)],
                                              costs: [CostLine(.housing, dollars("1000"), .fortnightly)])
        return try HardshipAssessment.record(id: "HA-2026-000001", accountNumber: account.accountNumber, at: now, agent: "ajones",
                                             criteria: HardshipCriteria(concession: .holdsCard), statement: statement,
                                             outcome: .inHardship, outcomeNote: "lost her job", calendar: .victoria)
    }

    /// A plan agreed on `agreedOn`: `count` fortnightly instalments of $1,000.00 in all from `start`.
    static func plan(id: String = "PP-2026-000001", count: Int = 4, start: String = "2026-03-16",
                     agreedOn: String = "2026-03-03") throws -> PaymentPlan {
        let calculation = try PaymentPlanCalculator.calculate(
            PlanRequest(debt: dollars("1000"), frequency: .fortnightly, start: date(start), sizing: .instalments(count)),
            calendar: .victoria)
        return try PaymentPlan.agree(id: id, accountNumber: account.accountNumber, calculation: calculation, agreedOn: date(agreedOn),
                                     agent: "ajones", eligibility: .eligible, calendar: .victoria)
    }

    /// A plan cancelled for non-payment on `on` (its first two instalments missed).
    static func cancelledPlan(id: String, on: String) throws -> PaymentPlan {
        var plan = try self.plan(id: id, start: "2025-06-02", agreedOn: "2025-05-30")
        try plan.recordMissed(instalment: 1, on: date(on))
        try plan.recordMissed(instalment: 2, on: date(on))
        return plan
    }
}

/// The hardship, plan and restriction ports on values in memory, numbering as the store does.
final class PlansFakeStore: HardshipPort, PaymentPlansPort, RestrictionPort, @unchecked Sendable {
    private let lock = NSLock()
    private var _assessments: [HardshipAssessment] = []
    private var _plans: [PaymentPlan]
    private var _events: [PlanHistory.Event] = []
    private var _letters: [String] = []
    let start: HardshipStart
    let chargesLastYear: Money
    /// Held under an open dispute on the account (Charter 3.1(e)).
    let amountInDispute: Money
    let restrictionFacts: RestrictionFacts
    /// When set, writing a letter fails with this message.
    let letterFailure: String?

    init(start: HardshipStart = PlansUIFixtures.start(), plans: [PaymentPlan] = [], chargesLastYear: Money = .zero,
         amountInDispute: Money = .zero, facts: RestrictionFacts = RestrictionFacts(), letterFailure: String? = nil) {
        self.start = start
        self._plans = plans
        self.chargesLastYear = chargesLastYear
        self.amountInDispute = amountInDispute
        self.restrictionFacts = facts
        self.letterFailure = letterFailure
    }

    var assessments: [HardshipAssessment] { lock.withLock { _assessments } }

    /// A colleague's assessment, saved behind the screen's back.
    func recordedByColleague(_ assessment: HardshipAssessment) { lock.withLock { _assessments.append(assessment) } }
    var plans: [PaymentPlan] { lock.withLock { _plans } }
    var letters: [String] { lock.withLock { _letters } }

    var services: Services {
        var services = Services()
        services.register(self, as: (any HardshipPort).self)
        services.register(self, as: (any PaymentPlansPort).self)
        services.register(self, as: (any RestrictionPort).self)
        return services
    }

    func start(accountNumber: String, today: CivilDate) throws -> HardshipStart {
        var start = self.start
        start.previous = assessments
        start.version = start.previous.count
        return start
    }

    /// Refuses, as the stores do, an assessment based on fewer assessments than are kept.
    func record(readVersion: Int, by agent: String, at time: LocalDateTime,
                _ make: @Sendable (String) throws -> HardshipAssessment) throws -> HardshipAssessment {
        try lock.withLock {
            let missed = ChangedSinceRead.missed(in: _assessments, read: readVersion, record: "the hardship record of account \(PlansUIFixtures.account.accountNumber)") {
                ($0.agent, $0.assessedAt, "assessment \($0.id) recorded: \($0.outcome.displayName)")
            }
            if let missed { throw missed }
            let assessment = try make("HA-\(time.date.year)-" + String(format: "%06d", _assessments.count + 1))
            _assessments.append(assessment)
            return assessment
        }
    }

    func start(accountNumber: String, today: CivilDate) throws -> PlanStart {
        PlanStart(customerName: start.customerName, balance: start.balance, amountInDispute: amountInDispute,
                  chargesLastYear: chargesLastYear, plans: plans,
                  hardshipAssessment: assessments.last.flatMap { $0.outcome == .inHardship ? $0 : nil },
                  planVersions: lock.withLock { Dictionary(grouping: _events, by: \.planID).mapValues(\.count) })
    }

    private func nextID(_ year: Int) -> String { "PP-\(year)-" + String(format: "%06d", _plans.count + 1) }

    func agree(readVersion: Int, by agent: String, at time: LocalDateTime, _ make: @Sendable (String) throws -> PaymentPlan) throws -> PaymentPlan {
        try lock.withLock {
            if _events.count > readVersion {
                let missed = _events[readVersion]
                throw ChangedSinceRead(record: missed.planID, by: missed.agent, at: missed.at, change: missed.summary)
            }
            let plan = try make(nextID(time.date.year))
            _plans.append(plan)
            _events.append(.init(planID: plan.id, at: time, agent: agent, summary: "agreed"))
            return plan
        }
    }

    func renegotiate(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                     _ make: @Sendable (String, PaymentPlan) throws -> (old: PaymentPlan, new: PaymentPlan)) throws -> PaymentPlan {
        try lock.withLock {
            guard let index = _plans.firstIndex(where: { $0.id == planID }) else { throw PlansPortError(message: "no plan \(planID)") }
            try checkRead(planID, readVersion)
            let (old, new) = try make(nextID(time.date.year), _plans[index])
            _plans[index] = old
            _plans.append(new)
            _events.append(.init(planID: new.id, at: time, agent: agent, summary: "agreed, replacing \(old.id)"))
            return new
        }
    }

    /// Refuses, as the stores do, a change based on fewer of the plan's events than are kept.
    private func checkRead(_ planID: String, _ readVersion: Int) throws {
        let missed = ChangedSinceRead.missed(in: _events.filter { $0.planID == planID }, read: readVersion, record: planID) {
            ($0.agent, $0.at, $0.summary)
        }
        if let missed { throw missed }
    }

    func recordMissed(_ planID: String, readVersion: Int, instalment: Int, on date: CivilDate, by agent: String,
                      at time: LocalDateTime) throws -> (plan: PaymentPlan, outcome: PaymentPlan.MissedOutcome) {
        try lock.withLock {
            guard let index = _plans.firstIndex(where: { $0.id == planID }) else { throw PlansPortError(message: "no plan \(planID)") }
            try checkRead(planID, readVersion)
            let outcome = try _plans[index].recordMissed(instalment: instalment, on: date)
            _events.append(.init(planID: planID, at: time, agent: agent, summary: "instalment \(instalment) missed"))
            return (_plans[index], outcome)
        }
    }

    func cancel(_ planID: String, readVersion: Int, on date: CivilDate, reason: String, by agent: String, at time: LocalDateTime) throws -> PaymentPlan {
        try lock.withLock {
            guard let index = _plans.firstIndex(where: { $0.id == planID }) else { throw PlansPortError(message: "no plan \(planID)") }
            try checkRead(planID, readVersion)
            try _plans[index].cancel(on: date, reason: reason)
            _events.append(.init(planID: planID, at: time, agent: agent, summary: "cancelled: \(reason)"))
            return _plans[index]
        }
    }

    func history(accountNumber: String) throws -> PlanHistory {
        lock.withLock { PlanHistory(plans: _plans, events: _events) }
    }

    func writeConfirmation(for plan: PaymentPlan, date: CivilDate) throws -> String {
        if let letterFailure { throw PlansPortError(message: letterFailure) }
        let path = "/letters/\(plan.id)-confirmation-\(date.iso).md"
        lock.withLock { _letters.append(path) }
        return path
    }

    func facts(for accountNumber: String, today: CivilDate) throws -> RestrictionFacts { restrictionFacts }
}

/// A console showing one screen, driven by keys as an agent would, its work run at once.
final class PlansConsole {
    let console: Console
    let services: Services
    var env: ScreenEnvironment

    init(_ screen: AnyScreen, store: PlansFakeStore, env: ScreenEnvironment = PlansUIFixtures.env()) {
        console = Console(root: screen)
        services = store.services
        self.env = env
        console.start(env: env)
        console.settle(services: services, env: env)
    }

    func press(_ keys: Key...) {
        for key in keys {
            console.handle(key, env: env)
            console.settle(services: services, env: env)
        }
    }

    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// Clears the focused text field (Ctrl-A, Ctrl-K) and types `text`.
    func replace(with text: String) {
        press(.ctrl("a"), .ctrl("k"))
        type(text)
    }

    /// The whole 80x24 console as text.
    var text: String {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        return canvas.text
    }

    func top<S: Screen>(_ type: S.Type) -> S? { console.top.state(as: type) }
}
