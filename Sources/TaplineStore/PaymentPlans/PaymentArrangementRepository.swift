import GRDB
import TaplineDomain

/// Due-date extensions (Charter 5.5(d)) and bill redirections (5.5(a)(2)): recorded, audited,
/// never changed. The domain values check themselves when made, so only valid ones arrive here.
public struct PaymentArrangementRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Records an agreed extension of a bill's due date.
    public func record(_ granted: DueDateExtension, for accountNumber: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            let accountID = try AccountRows.id(of: accountNumber, db)
            try db.execute(sql: """
                INSERT INTO due_date_extension(account_id, bill_reference, agreed_on, new_due_date, agent, body) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [accountID, granted.billReference, granted.agreedOn, granted.newDueDate, granted.agent,
                                 try PlanStoreSupport.encode(granted)])
            try AuditLog.insert(AuditEntry(who: granted.agent, at: time, action: .created, accountNumber: accountNumber,
                                           detail: "due date of bill \(granted.billReference) extended to \(granted.newDueDate.display)"), db)
        }
    }

    /// Records bills redirected to another person who agreed in writing to pay them.
    public func record(_ redirection: BillRedirection, at time: LocalDateTime) throws {
        try database.writer.write { db in
            let accountID = try AccountRows.id(of: redirection.accountNumber, db)
            try db.execute(sql: """
                INSERT INTO bill_redirection(account_id, agreed_on, payer_name, agent, body) VALUES (?, ?, ?, ?, ?)
                """, arguments: [accountID, redirection.agreedOn, redirection.payerName, redirection.agent,
                                 try PlanStoreSupport.encode(redirection)])
            try AuditLog.insert(AuditEntry(who: redirection.agent, at: time, action: .created, accountNumber: redirection.accountNumber,
                                           detail: "bills redirected to \(redirection.payerName)"), db)
        }
    }

    /// The account's extensions, oldest first.
    public func extensions(for accountNumber: String) throws -> [DueDateExtension] {
        try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM due_date_extension WHERE account_id = ? ORDER BY agreed_on, id",
                                arguments: [AccountRows.id(of: accountNumber, db)])
                .map { try PlanStoreSupport.decode(DueDateExtension.self, from: $0) }
        }
    }

    /// The account's redirections, oldest first.
    public func redirections(for accountNumber: String) throws -> [BillRedirection] {
        try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM bill_redirection WHERE account_id = ? ORDER BY agreed_on, id",
                                arguments: [AccountRows.id(of: accountNumber, db)])
                .map { try PlanStoreSupport.decode(BillRedirection.self, from: $0) }
        }
    }
}

extension AppDatabase {
    /// Due-date extensions and bill redirections (Charter 5.5).
    public var paymentArrangements: PaymentArrangementRepository { PaymentArrangementRepository(self) }
}
