import GRDB
import TaplineDomain

/// Due-date extensions (Charter 5.5(d)), bill redirections (5.5(a)(2)), promises to pay (5.5(a))
/// and payment methods the customer chose (5.2(e), (g)): recorded, audited, never changed. The
/// domain values check themselves when made, so only valid ones arrive here.
public struct PaymentArrangementRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Records an agreed extension of a bill's due date, in the name of the agent who agreed it.
    public func record(_ granted: DueDateExtension, for accountNumber: String, at time: LocalDateTime) throws {
        try record(.dueDateExtension(granted), on: accountNumber, by: granted.agent, at: time)
    }

    /// Records bills redirected to another person who agreed in writing to pay them.
    public func record(_ redirection: BillRedirection, at time: LocalDateTime) throws {
        try record(.billRedirection(redirection), on: redirection.accountNumber, by: redirection.agent, at: time)
    }

    /// Records any arrangement agreed on the account, with its audit entry in `agent`'s name, in one transaction.
    public func record(_ arrangement: PaymentArrangement, on accountNumber: String, by agent: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            let accountID = try AccountRows.id(of: accountNumber, db)
            switch arrangement {
            case .dueDateExtension(let granted):
                try db.execute(sql: """
                    INSERT INTO due_date_extension(account_id, bill_reference, agreed_on, new_due_date, agent, body) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [accountID, granted.billReference, granted.agreedOn, granted.newDueDate, agent,
                                     try PlanStoreSupport.encode(granted)])
            case .billRedirection(let redirection):
                try db.execute(sql: """
                    INSERT INTO bill_redirection(account_id, agreed_on, payer_name, agent, body) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [accountID, redirection.agreedOn, redirection.payerName, agent, try PlanStoreSupport.encode(redirection)])
                if let postal = redirection.payerPostalAddress {
                    // The bills go to the payer from now on (4.4(b)); old bills keep the address they were sent to.
                    try AddressRows.pointBilling(ofAccount: accountID, at: postal, db)
                    try db.execute(sql: "UPDATE account SET version = version + 1, changed_by = ?, changed_at = ?, last_change = ? WHERE id = ?",
                                   arguments: [agent, StoredText.moment(time), Self.redirectedBillsDetail(redirection), accountID])
                }
            case .promiseToPay(let promise):
                try db.execute(sql: """
                    INSERT INTO promise_to_pay(account_id, made_on, promised_by, amount_cents, agent, recorded_at, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [accountID, promise.madeOn, promise.promisedBy, promise.amount.cents, agent, time.iso,
                                     try PlanStoreSupport.encode(promise)])
            case .paymentMethod(let method):
                try db.execute(sql: """
                    INSERT INTO payment_method_arrangement(account_id, method, agreed_on, starts_on, agent, recorded_at, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [accountID, Self.methodColumn(method.method), method.agreedOn, method.startsOn, agent, time.iso,
                                     try PlanStoreSupport.encode(method)])
            }
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .created, accountNumber: accountNumber,
                                           detail: Self.auditDetail(arrangement)), db)
        }
    }

    /// Every arrangement of the account, oldest agreed first (`PaymentArrangementsStore`).
    public func all(for accountNumber: String) throws -> [PaymentArrangement] {
        let (promises, methods): ([PromiseToPay], [PaymentMethodArrangement]) = try database.writer.read { db in
            let id = try AccountRows.id(of: accountNumber, db)
            return (try String.fetchAll(db, sql: "SELECT body FROM promise_to_pay WHERE account_id = ? ORDER BY made_on, id", arguments: [id])
                        .map { try PlanStoreSupport.decode(PromiseToPay.self, from: $0) },
                    try String.fetchAll(db, sql: "SELECT body FROM payment_method_arrangement WHERE account_id = ? ORDER BY agreed_on, id",
                                        arguments: [id])
                        .map { try PlanStoreSupport.decode(PaymentMethodArrangement.self, from: $0) })
        }
        return Self.merged(extensions: try extensions(for: accountNumber), redirections: try redirections(for: accountNumber),
                           promises: promises, methods: methods)
    }

    /// The four kinds in one list, oldest agreed first; the sort is stable, so those agreed the
    /// same day keep their order of record within each kind. Both stores list them so.
    public static func merged(extensions: [DueDateExtension], redirections: [BillRedirection], promises: [PromiseToPay],
                              methods: [PaymentMethodArrangement]) -> [PaymentArrangement] {
        let all = extensions.map(PaymentArrangement.dueDateExtension) + promises.map(PaymentArrangement.promiseToPay)
            + methods.map(PaymentArrangement.paymentMethod) + redirections.map(PaymentArrangement.billRedirection)
        return all.enumerated().sorted { ($0.element.agreedOn, $0.offset) < ($1.element.agreedOn, $1.offset) }.map(\.element)
    }

    /// The `method` column: which of 5.2(e) and (g).
    public static func methodColumn(_ method: PaymentMethodArrangement.Method) -> String {
        if case .centrepay = method { return "centrepay" }
        return "direct-debit"
    }

    /// What a redirection changed on the account, for a colleague's stale save to name.
    public static func redirectedBillsDetail(_ redirection: BillRedirection) -> String {
        "bills redirected to \(redirection.payerName), \(redirection.payerAddress)"
    }

    /// The audit trail's words for an arrangement recorded; the same on both stores.
    public static func auditDetail(_ arrangement: PaymentArrangement) -> String {
        switch arrangement {
        case .dueDateExtension(let granted): "due date of bill \(granted.billReference) extended to \(granted.newDueDate.display)"
        case .billRedirection(let redirection): redirection.payerPostalAddress == nil ? "bills redirected to \(redirection.payerName)"
            : redirectedBillsDetail(redirection)
        case .promiseToPay(let promise): "promise to pay \(promise.amount.formatted) by \(promise.promisedBy.display)"
        case .paymentMethod(let method):
            "\(method.method.name.lowercased()) from \(method.startsOn.display), \(method.method.masked), chosen by the customer (\(method.method.clause))"
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
