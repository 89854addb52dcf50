import GRDB
import TaplineDomain

/// Writes a payment plan's row and instalment rows from the domain value, and reads plans back.
///
/// The JSON body is the plan; the columns and instalment rows are rewritten from it on every
/// save, so they can never disagree with it. The status columns' words are shared with the
/// PostgreSQL store.
public enum PlanRows {
    static func insert(_ plan: PaymentPlan, serial: Int, year: Int, accountID: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO payment_plan(id, year, serial, account_id, agreed_on, agent, status, ended_on, replaces,
                                     hardship_assessment_id, written_confirmation_due, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [plan.id, year, serial, accountID, plan.agreedOn, plan.agent, statusName(plan.status),
                             endedOn(plan.status), plan.replaces, plan.hardshipAssessmentID, plan.writtenConfirmationDue,
                             try PlanStoreSupport.encode(plan)])
        try writeInstalments(plan, db)
    }

    /// Rewrites a saved plan's columns, body and instalments from `plan`.
    static func update(_ plan: PaymentPlan, _ db: Database) throws {
        try db.execute(sql: "UPDATE payment_plan SET status = ?, ended_on = ?, body = ? WHERE id = ?",
                       arguments: [statusName(plan.status), endedOn(plan.status), try PlanStoreSupport.encode(plan), plan.id])
        try db.execute(sql: "DELETE FROM payment_plan_instalment WHERE plan_id = ?", arguments: [plan.id])
        try writeInstalments(plan, db)
    }

    private static func writeInstalments(_ plan: PaymentPlan, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO payment_plan_instalment(plan_id, number, due_date, amount_cents, state, state_on) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for instalment in plan.instalments {
            let (state, on): (String, CivilDate?) = switch instalment.state {
            case .due: ("due", nil)
            case .paid(let date): ("paid", date)
            case .missed(let date): ("missed", date)
            }
            try statement.execute(arguments: [plan.id, instalment.number, instalment.dueDate, instalment.amount, state, on])
        }
    }

    static func appendEvent(planID: String, kind: String, detail: String, by agent: String, at time: LocalDateTime,
                            _ db: Database) throws {
        try db.execute(sql: "INSERT INTO payment_plan_event(plan_id, at, agent, kind, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [planID, time, agent, kind, detail])
    }

    /// A plan's status events in the order they were recorded: its version is their count.
    static func events(planID: String, _ db: Database) throws -> [PlanEvent] {
        try Row.fetchAll(db, sql: "SELECT plan_id, at, agent, kind, detail FROM payment_plan_event WHERE plan_id = ? ORDER BY id",
                         arguments: [planID]).map(event)
    }

    /// Every status event of an account's plans in the order they were recorded: the version a
    /// new plan is agreed against.
    static func events(accountID: Int64, _ db: Database) throws -> [PlanEvent] {
        try Row.fetchAll(db, sql: """
            SELECT e.plan_id, e.at, e.agent, e.kind, e.detail FROM payment_plan_event e
            JOIN payment_plan p ON p.id = e.plan_id WHERE p.account_id = ? ORDER BY e.id
            """, arguments: [accountID]).map(event)
    }

    static func event(_ row: Row) -> PlanEvent {
        PlanEvent(planID: row["plan_id"], at: row["at"], agent: row["agent"],
                  kind: PlanEvent.Kind(rawValue: row["kind"]) ?? .agreed, detail: row["detail"])
    }

    /// The plan with this number and its account's number, or nil.
    static func plan(_ id: String, _ db: Database) throws -> PaymentPlan? {
        try String.fetchOne(db, sql: "SELECT body FROM payment_plan WHERE id = ?", arguments: [id])
            .map { try PlanStoreSupport.decode(PaymentPlan.self, from: $0) }
    }

    /// Every plan of an account, oldest first.
    static func plans(accountID: Int64, _ db: Database) throws -> [PaymentPlan] {
        try String.fetchAll(db, sql: "SELECT body FROM payment_plan WHERE account_id = ? ORDER BY agreed_on, year, serial",
                            arguments: [accountID]).map { try PlanStoreSupport.decode(PaymentPlan.self, from: $0) }
    }

    /// The stored name of a status: "active", "cancelledForNonPayment"…
    public static func statusName(_ status: PlanStatus) -> String {
        switch status {
        case .active: "active"
        case .completed: "completed"
        case .renegotiated: "renegotiated"
        case .cancelledForNonPayment: "cancelledForNonPayment"
        case .cancelled: "cancelled"
        }
    }

    public static func endedOn(_ status: PlanStatus) -> CivilDate? {
        switch status {
        case .active: nil
        case .completed(let date), .renegotiated(_, let date), .cancelledForNonPayment(let date), .cancelled(let date, _): date
        }
    }
}
