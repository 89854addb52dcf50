import GRDB
import TaplineDomain

/// Flexible payment plans (Charter 5.4): agreed, paid, missed, renegotiated and cancelled,
/// each change saved with its status-history event and an audit entry in one transaction.
///
/// Every change reads the saved plan, applies the domain rule to it and writes it back inside
/// one write transaction, so two agents recording on the same plan cannot undo each other.
/// Each also carries the version the agent read (the plan's status events, or the account's
/// for a new plan) and is refused with `ChangedSinceRead` when more are stored (issue 12 item 3).
/// Domain refusals (`PlanRefusal`) pass through unchanged, their `message` ready to show.
public struct PaymentPlanRepository: Sendable {
    let database: AppDatabase

    /// Plan numbers start with this: "PP-2026-000001".
    public static let numberPrefix = "PP"

    public init(_ database: AppDatabase) { self.database = database }

    // MARK: - Agreeing

    /// Saves a newly agreed plan: allocates its number, lets `make` build it with that number
    /// (`PaymentPlan.agree`), and writes it with its "agreed" event and an audit entry.
    ///
    /// Refused when the account already has an active plan: that one is renegotiated instead;
    /// and when the account's plans changed since `readVersion` was read (`ChangedSinceRead`).
    public func agree(readVersion: Int, by agent: String, at time: LocalDateTime,
                      _ make: (String) throws -> PaymentPlan) throws -> PaymentPlan {
        try database.writer.write { db in
            let number = try PlanStoreSupport.nextNumber(prefix: Self.numberPrefix, table: "payment_plan", year: time.date.year, db)
            let plan = try make(number.id)
            let accountID = try AccountRows.id(of: plan.accountNumber, db)
            if let missed = PlanEvent.changeMissed(in: try PlanRows.events(accountID: accountID, db), read: readVersion) { throw missed }
            if let active = try PlanRows.plans(accountID: accountID, db).first(where: \.isActive) {
                throw PlanRefusal("account \(plan.accountNumber) already has an active plan, \(active.id); renegotiate it instead (Charter 5.4(d))")
            }
            try PlanRows.insert(plan, serial: number.serial, year: time.date.year, accountID: accountID, db)
            try PlanRows.appendEvent(planID: plan.id, kind: PlanEvent.Kind.agreed.rawValue, detail: Self.agreedDetail(plan),
                                     by: agent, at: time, db)
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .created, accountNumber: plan.accountNumber,
                                           detail: "payment plan \(plan.id) agreed"), db)
            return plan
        }
    }

    /// Replaces an active plan on a change of circumstances (Charter 5.4(d)): the old plan is
    /// kept as renegotiated, the new one gets the next number. `make` receives the new number
    /// and the saved old plan, and returns both (`PaymentPlan.renegotiated`).
    public func renegotiate(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                            _ make: (String, PaymentPlan) throws -> (old: PaymentPlan, new: PaymentPlan)) throws -> (old: PaymentPlan, new: PaymentPlan) {
        try database.writer.write { db in
            let saved = try Self.saved(planID, db)
            if let missed = PlanEvent.changeMissed(in: try PlanRows.events(planID: planID, db), read: readVersion) { throw missed }
            let number = try PlanStoreSupport.nextNumber(prefix: Self.numberPrefix, table: "payment_plan", year: time.date.year, db)
            let (old, new) = try make(number.id, saved)
            guard old.id == saved.id, new.accountNumber == saved.accountNumber else {
                throw PlanRefusal("a renegotiated plan must replace \(saved.id) on account \(saved.accountNumber)")
            }
            let accountID = try AccountRows.id(of: saved.accountNumber, db)
            try PlanRows.update(old, db)
            try PlanRows.insert(new, serial: number.serial, year: time.date.year, accountID: accountID, db)
            try PlanRows.appendEvent(planID: old.id, kind: PlanEvent.Kind.renegotiated.rawValue,
                                     detail: "Renegotiated: replaced by \(new.id). \(new.changeOfCircumstances)", by: agent, at: time, db)
            try PlanRows.appendEvent(planID: new.id, kind: PlanEvent.Kind.agreed.rawValue,
                                     detail: Self.agreedDetail(new) + " Replaces \(old.id).", by: agent, at: time, db)
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: saved.accountNumber,
                                           detail: "payment plan \(old.id) renegotiated as \(new.id)"), db)
            return (old, new)
        }
    }

    // MARK: - Payments and endings

    /// Records instalment `number` as paid on `date`; completes the plan when all are paid.
    @discardableResult
    public func recordPaid(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate,
                           by agent: String, at time: LocalDateTime) throws -> PaymentPlan {
        try change(planID, readVersion: readVersion, by: agent, at: time) { plan in
            try PlanStatusChange.paid(&plan, instalment: number, on: date)
        }
    }

    /// Records instalment `number` as missed on `date`; two in a row cancel the plan for
    /// non-payment (`PaymentPlan.missedInARowToCancel`).
    public func recordMissed(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate, by agent: String,
                             at time: LocalDateTime) throws -> (plan: PaymentPlan, outcome: PaymentPlan.MissedOutcome) {
        var outcome = PaymentPlan.MissedOutcome.recorded
        let plan = try change(planID, readVersion: readVersion, by: agent, at: time) { plan in
            let change = try PlanStatusChange.missed(&plan, instalment: number, on: date)
            outcome = change.outcome
            return change.events
        }
        return (plan, outcome)
    }

    /// Cancels an active plan for a reason other than non-payment, kept with it.
    @discardableResult
    public func cancel(_ planID: String, readVersion: Int, on date: CivilDate, reason: String, by agent: String,
                       at time: LocalDateTime) throws -> PaymentPlan {
        try change(planID, readVersion: readVersion, by: agent, at: time) { plan in
            try PlanStatusChange.cancelled(&plan, on: date, reason: reason)
        }
    }

    // MARK: - Reading

    /// Every plan of the account, oldest first (renegotiated and cancelled ones included).
    public func plans(for accountNumber: String) throws -> [PaymentPlan] {
        try database.writer.read { db in try PlanRows.plans(accountID: AccountRows.id(of: accountNumber, db), db) }
    }

    /// The account's active plan, or nil.
    public func active(for accountNumber: String) throws -> PaymentPlan? {
        try plans(for: accountNumber).first(where: \.isActive)
    }

    /// One plan by its number, or nil.
    public func plan(_ id: String) throws -> PaymentPlan? {
        try database.writer.read { db in try PlanRows.plan(id, db) }
    }

    /// The status history of every plan of the account, oldest first.
    public func events(for accountNumber: String) throws -> [PlanEvent] {
        try database.writer.read { db in
            let accountID = try AccountRows.id(of: accountNumber, db)
            return try Row.fetchAll(db, sql: """
                SELECT e.plan_id, e.at, e.agent, e.kind, e.detail FROM payment_plan_event e
                JOIN payment_plan p ON p.id = e.plan_id WHERE p.account_id = ? ORDER BY e.at, e.id
                """, arguments: [accountID]).map { row in
                PlanEvent(planID: row["plan_id"], at: row["at"], agent: row["agent"],
                          kind: PlanEvent.Kind(rawValue: row["kind"]) ?? .agreed, detail: row["detail"])
            }
        }
    }

    /// Whether a new plan may be offered now, or needs the customer's assurance (Charter 5.4).
    public func eligibility(for accountNumber: String, today: CivilDate) throws -> PlanEligibility {
        PlanEligibility.check(history: try plans(for: accountNumber), today: today)
    }

    // MARK: - Helpers

    /// Reads, checks the version read, changes and writes back a plan in one transaction,
    /// appending its events.
    private func change(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                        _ apply: (inout PaymentPlan) throws -> [(PlanEvent.Kind, String)]) throws -> PaymentPlan {
        try database.writer.write { db in
            var plan = try Self.saved(planID, db)
            if let missed = PlanEvent.changeMissed(in: try PlanRows.events(planID: planID, db), read: readVersion) { throw missed }
            let events = try apply(&plan)
            try PlanRows.update(plan, db)
            for (kind, detail) in events {
                try PlanRows.appendEvent(planID: plan.id, kind: kind.rawValue, detail: detail, by: agent, at: time, db)
            }
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: plan.accountNumber,
                                           detail: "payment plan \(plan.id): " + events.map(\.0.rawValue).joined(separator: ", ")), db)
            return plan
        }
    }

    private static func saved(_ planID: String, _ db: Database) throws -> PaymentPlan {
        guard let plan = try PlanRows.plan(planID, db) else { throw PlanRefusal("there is no payment plan \(planID)") }
        return plan
    }

    /// "$45.00": instalment `number`'s amount, as the status history gives it.
    public static func amount(of number: Int, in plan: PaymentPlan) -> String {
        plan.instalments.first { $0.number == number }?.amount.formatted ?? "?"
    }

    /// "Fortnightly plan of 12 instalments from Mon 5 Jan 2026, $540.00 in all. Amount each fortnight: $45.00."
    public static func agreedDetail(_ plan: PaymentPlan) -> String {
        let calculation = plan.calculation
        let count = plan.instalments.count
        return "\(calculation.request.frequency.adjective.capitalized) plan of \(count) instalment\(count == 1 ? "" : "s") "
            + "from \(calculation.instalments[0].dueDate.display), \(calculation.total.formatted) in all. "
            + calculation.explained.amountEachPeriod
    }
}

extension AppDatabase {
    /// Flexible payment plans (Charter 5.4).
    public var paymentPlans: PaymentPlanRepository { PaymentPlanRepository(self) }
}
