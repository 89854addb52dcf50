import TaplineDomain
import TaplineStore

/// Flexible payment plans on PostgreSQL (`PaymentPlansStore`), keeping the SQLite store's rules.
///
/// Every change locks the plan's row (`FOR UPDATE`), applies the domain rule to the saved plan
/// and writes it back with its events and an audit entry in one transaction; numbers come from
/// the "PP" series of `yearly_number`. One active plan per account is also a unique index,
/// so two agents agreeing plans on one account at once cannot both succeed.
///
/// The version the agent read (issue 12 item 3) is checked after the lock: the plan's events
/// for a change, or for a new plan the events of every plan of the account, whose rows are
/// locked first so no change to them can commit between the count and the insert.
extension PostgresStore: PaymentPlansStore {
    public func agreePaymentPlan(readVersion: Int, by agent: String, at time: LocalDateTime,
                                 _ make: (String) throws -> PaymentPlan) throws -> PaymentPlan {
        try PGAreaSupport.refusals {
            try transaction { connection in
                let year = time.date.year
                let serial = try PGAreaSupport.nextSerial(series: PaymentPlanRepository.numberPrefix, year: year, connection)
                let plan = try make(PlanStoreSupport.number(prefix: PaymentPlanRepository.numberPrefix, year: year, serial: serial))
                let accountID = try PGAreaSupport.accountID(of: plan.accountNumber, connection)
                try connection.execute("SELECT id FROM payment_plan WHERE account_id = $1 FOR UPDATE", [accountID])
                if let missed = PlanEvent.changeMissed(in: try Self.events(accountID: accountID, connection), read: readVersion) { throw missed }
                if let active = try Self.plans(accountID: accountID, connection).first(where: \.isActive) {
                    throw Self.secondActivePlan(plan.accountNumber, active: active.id)
                }
                do {
                    try Self.insert(plan, serial: serial, year: year, accountID: accountID, connection)
                } catch let error as PGError where error.isUniqueViolation {
                    // Another agent's plan for the account committed after the check above.
                    throw Self.secondActivePlan(plan.accountNumber, active: nil)
                }
                try Self.appendEvent(plan.id, .agreed, PaymentPlanRepository.agreedDetail(plan), by: agent, at: time, connection)
                try PGAreaSupport.audit(as: agent, at: time, .created, accountNumber: plan.accountNumber, detail: "payment plan \(plan.id) agreed", connection)
                return plan
            }
        }
    }

    public func renegotiatePaymentPlan(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                                       _ make: (String, PaymentPlan) throws -> (old: PaymentPlan, new: PaymentPlan)) throws
        -> (old: PaymentPlan, new: PaymentPlan) {
        try PGAreaSupport.refusals {
            try transaction { connection in
                let saved = try Self.savedPlan(planID, locking: true, connection)
                if let missed = PlanEvent.changeMissed(in: try Self.events(planID: planID, connection), read: readVersion) { throw missed }
                let year = time.date.year
                let serial = try PGAreaSupport.nextSerial(series: PaymentPlanRepository.numberPrefix, year: year, connection)
                let (old, new) = try make(PlanStoreSupport.number(prefix: PaymentPlanRepository.numberPrefix, year: year, serial: serial), saved)
                guard old.id == saved.id, new.accountNumber == saved.accountNumber else {
                    throw PlanRefusal("a renegotiated plan must replace \(saved.id) on account \(saved.accountNumber)")
                }
                let accountID = try PGAreaSupport.accountID(of: saved.accountNumber, connection)
                try Self.update(old, connection)
                try Self.insert(new, serial: serial, year: year, accountID: accountID, connection)
                try Self.appendEvent(old.id, .renegotiated, "Renegotiated: replaced by \(new.id). \(new.changeOfCircumstances)",
                                     by: agent, at: time, connection)
                try Self.appendEvent(new.id, .agreed, PaymentPlanRepository.agreedDetail(new) + " Replaces \(old.id).",
                                     by: agent, at: time, connection)
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: saved.accountNumber,
                                        detail: "payment plan \(old.id) renegotiated as \(new.id)", connection)
                return (old, new)
            }
        }
    }

    public func recordInstalmentPaid(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate, by agent: String,
                                     at time: LocalDateTime) throws -> PaymentPlan {
        try change(planID, readVersion: readVersion, by: agent, at: time) { plan in
            try PlanStatusChange.paid(&plan, instalment: number, on: date)
        }
    }

    public func recordInstalmentMissed(_ planID: String, readVersion: Int, instalment number: Int, on date: CivilDate, by agent: String,
                                       at time: LocalDateTime) throws -> (plan: PaymentPlan, outcome: PaymentPlan.MissedOutcome) {
        var outcome = PaymentPlan.MissedOutcome.recorded
        let plan = try change(planID, readVersion: readVersion, by: agent, at: time) { plan in
            let change = try PlanStatusChange.missed(&plan, instalment: number, on: date)
            outcome = change.outcome
            return change.events
        }
        return (plan, outcome)
    }

    public func cancelPaymentPlan(_ planID: String, readVersion: Int, on date: CivilDate, reason: String, by agent: String,
                                  at time: LocalDateTime) throws -> PaymentPlan {
        try change(planID, readVersion: readVersion, by: agent, at: time) { plan in
            try PlanStatusChange.cancelled(&plan, on: date, reason: reason)
        }
    }

    public func paymentPlans(for accountNumber: String) throws -> [PaymentPlan] {
        try PGAreaSupport.refusals { try withConnection { try Self.plans(accountID: PGAreaSupport.accountID(of: accountNumber, $0), $0) } }
    }

    public func paymentPlan(_ id: String) throws -> PaymentPlan? {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("SELECT body FROM payment_plan WHERE id = $1", [id]).first?["body"]
                    .map { try PlanStoreSupport.decode(PaymentPlan.self, from: $0) }
            }
        }
    }

    public func paymentPlanEvents(for accountNumber: String) throws -> [PlanEvent] {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("""
                    SELECT e.plan_id, e.at, e.agent, e.kind, e.detail FROM payment_plan_event e
                    JOIN payment_plan p ON p.id = e.plan_id WHERE p.account_id = $1 ORDER BY e.at, e.id
                    """, [try PGAreaSupport.accountID(of: accountNumber, connection)]).rows.map(Self.event)
            }
        }
    }

    public func paymentPlanFlags(forAccount accountNumber: String) throws -> [AccountFlag] {
        try PGAreaSupport.refusals { try withConnection { try PGAccountFlagSources.flags(forAccount: accountNumber, among: [.paymentPlan], $0) } }
    }

    // MARK: - Rows

    static func secondActivePlan(_ accountNumber: String, active: String?) -> PlanRefusal {
        PlanRefusal("account \(accountNumber) already has an active plan\(active.map { ", \($0)" } ?? ""); "
                    + "renegotiate it instead (Charter 5.4(d))")
    }

    /// Every plan of an account, oldest first.
    static func plans(accountID: Int64, _ connection: PGConnection) throws -> [PaymentPlan] {
        try connection.execute("SELECT body FROM payment_plan WHERE account_id = $1 ORDER BY agreed_on, year, serial", [accountID])
            .rows.map { try PlanStoreSupport.decode(PaymentPlan.self, from: try $0.string("body")) }
    }

    /// A plan's status events in the order they were recorded: its version is their count.
    static func events(planID: String, _ connection: PGConnection) throws -> [PlanEvent] {
        try connection.execute("SELECT plan_id, at, agent, kind, detail FROM payment_plan_event WHERE plan_id = $1 ORDER BY id",
                               [planID]).rows.map(event)
    }

    /// Every status event of an account's plans in the order they were recorded.
    static func events(accountID: Int64, _ connection: PGConnection) throws -> [PlanEvent] {
        try connection.execute("""
            SELECT e.plan_id, e.at, e.agent, e.kind, e.detail FROM payment_plan_event e
            JOIN payment_plan p ON p.id = e.plan_id WHERE p.account_id = $1 ORDER BY e.id
            """, [accountID]).rows.map(event)
    }

    static func event(_ row: PGRow) throws -> PlanEvent {
        PlanEvent(planID: try row.string("plan_id"), at: try PGAreaSupport.time(row, "at"), agent: try row.string("agent"),
                  kind: row["kind"].flatMap(PlanEvent.Kind.init(rawValue:)) ?? .agreed, detail: try row.string("detail"))
    }

    /// Reads (locked), checks the version read, changes and writes back a plan in one
    /// transaction, appending its events.
    private func change(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                        _ apply: (inout PaymentPlan) throws -> [(PlanEvent.Kind, String)]) throws -> PaymentPlan {
        try PGAreaSupport.refusals {
            try transaction { connection in
                var plan = try Self.savedPlan(planID, locking: true, connection)
                if let missed = PlanEvent.changeMissed(in: try Self.events(planID: planID, connection), read: readVersion) { throw missed }
                let events = try apply(&plan)
                try Self.update(plan, connection)
                for (kind, detail) in events { try Self.appendEvent(plan.id, kind, detail, by: agent, at: time, connection) }
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: plan.accountNumber,
                                        detail: "payment plan \(plan.id): " + events.map(\.0.rawValue).joined(separator: ", "), connection)
                return plan
            }
        }
    }

    private static func savedPlan(_ planID: String, locking: Bool, _ connection: PGConnection) throws -> PaymentPlan {
        guard let body = try connection.execute("SELECT body FROM payment_plan WHERE id = $1" + (locking ? " FOR UPDATE" : ""), [planID])
            .first?["body"] else { throw PlanRefusal("there is no payment plan \(planID)") }
        return try PlanStoreSupport.decode(PaymentPlan.self, from: body)
    }

    private static func insert(_ plan: PaymentPlan, serial: Int, year: Int, accountID: Int64, _ connection: PGConnection) throws {
        try connection.execute("""
            INSERT INTO payment_plan(id, year, serial, account_id, agreed_on, agent, status, ended_on, replaces,
                                     hardship_assessment_id, written_confirmation_due, body)
            VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8::date, $9, $10, $11::date, $12::jsonb)
            """, [plan.id, year, serial, accountID, plan.agreedOn.iso, plan.agent, PlanRows.statusName(plan.status),
                  PlanRows.endedOn(plan.status)?.iso, plan.replaces, plan.hardshipAssessmentID, plan.writtenConfirmationDue.iso,
                  try PlanStoreSupport.encode(plan)])
        try writeInstalments(plan, connection)
    }

    /// Rewrites a saved plan's status, end, body and instalment states from `plan`.
    private static func update(_ plan: PaymentPlan, _ connection: PGConnection) throws {
        try connection.execute("UPDATE payment_plan SET status = $1, ended_on = $2::date, body = $3::jsonb WHERE id = $4",
                               [PlanRows.statusName(plan.status), PlanRows.endedOn(plan.status)?.iso, try PlanStoreSupport.encode(plan), plan.id])
        try writeInstalments(plan, connection)
    }

    private static func writeInstalments(_ plan: PaymentPlan, _ connection: PGConnection) throws {
        for instalment in plan.instalments {
            let (state, on): (String, CivilDate?) = switch instalment.state {
            case .due: ("due", nil)
            case .paid(let date): ("paid", date)
            case .missed(let date): ("missed", date)
            }
            try connection.execute("""
                INSERT INTO payment_plan_instalment(plan_id, number, due_date, amount_cents, state, state_on)
                VALUES ($1, $2, $3::date, $4, $5, $6::date)
                ON CONFLICT (plan_id, number) DO UPDATE SET state = excluded.state, state_on = excluded.state_on
                """, [plan.id, instalment.number, instalment.dueDate.iso, instalment.amount.cents, state, on?.iso])
        }
    }

    private static func appendEvent(_ planID: String, _ kind: PlanEvent.Kind, _ detail: String, by agent: String,
                                    at time: LocalDateTime, _ connection: PGConnection) throws {
        try connection.execute("INSERT INTO payment_plan_event(plan_id, at, agent, kind, detail) VALUES ($1, $2::timestamp, $3, $4, $5)",
                               [planID, time.iso, agent, kind.rawValue, detail])
    }
}
