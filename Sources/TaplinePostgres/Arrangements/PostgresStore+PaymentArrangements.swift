import TaplineDomain
import TaplineStore

/// Payment arrangements on PostgreSQL (`PaymentArrangementsStore`; issue 13 item 5): each
/// inserted whole with its audit entry in one transaction, in the session's name
/// (`PGAreaSupport.audit` refuses an `agent` who is not the session's login).
extension PostgresStore: PaymentArrangementsStore {
    public func recordPaymentArrangement(_ arrangement: PaymentArrangement, on accountNumber: String, by agent: String,
                                         at time: LocalDateTime) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                let accountID = try PGAreaSupport.accountID(of: accountNumber, connection)
                switch arrangement {
                case .dueDateExtension(let granted):
                    try connection.execute("""
                        INSERT INTO due_date_extension(account_id, bill_reference, agreed_on, new_due_date, agent, body)
                        VALUES ($1, $2, $3::date, $4::date, $5, $6::jsonb)
                        """, [accountID, granted.billReference, granted.agreedOn.iso, granted.newDueDate.iso, agent,
                              try PlanStoreSupport.encode(granted)])
                case .billRedirection(let redirection):
                    try connection.execute("""
                        INSERT INTO bill_redirection(account_id, agreed_on, payer_name, agent, body) VALUES ($1, $2::date, $3, $4, $5::jsonb)
                        """, [accountID, redirection.agreedOn.iso, redirection.payerName, agent, try PlanStoreSupport.encode(redirection)])
                    if let postal = redirection.payerPostalAddress {
                        // The bills go to the payer from now on (4.4(b)); a new address row, as old bills keep theirs.
                        try PGAccountRows.pointBilling(ofAccount: accountID, at: postal, connection)
                        try connection.execute("""
                            UPDATE account SET version = version + 1, changed_by = session_user, changed_at = $1::timestamp, last_change = $2
                            WHERE id = $3
                            """, [StoredText.moment(time), PaymentArrangementRepository.redirectedBillsDetail(redirection), accountID])
                    }
                case .promiseToPay(let promise):
                    try connection.execute("""
                        INSERT INTO promise_to_pay(account_id, made_on, promised_by, amount_cents, agent, recorded_at, body)
                        VALUES ($1, $2::date, $3::date, $4, $5, $6::timestamp, $7::jsonb)
                        """, [accountID, promise.madeOn.iso, promise.promisedBy.iso, promise.amount.cents, agent, time.iso,
                              try PlanStoreSupport.encode(promise)])
                case .paymentMethod(let method):
                    try connection.execute("""
                        INSERT INTO payment_method_arrangement(account_id, method, agreed_on, starts_on, agent, recorded_at, body)
                        VALUES ($1, $2, $3::date, $4::date, $5, $6::timestamp, $7::jsonb)
                        """, [accountID, PaymentArrangementRepository.methodColumn(method.method), method.agreedOn.iso,
                              method.startsOn.iso, agent, time.iso, try PlanStoreSupport.encode(method)])
                }
                try PGAreaSupport.audit(as: agent, at: time, .created, accountNumber: accountNumber,
                                        detail: PaymentArrangementRepository.auditDetail(arrangement), connection)
            }
        }
    }

    public func accountsWithPromises(datedFrom from: CivilDate, to: CivilDate, takenBy agent: String?) throws -> [String] {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("""
                    SELECT DISTINCT a.number FROM promise_to_pay p JOIN account a ON a.id = p.account_id
                    WHERE p.promised_by BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR p.agent = $3) ORDER BY a.number
                    """, [from.iso, to.iso, agent]).rows.map { try $0.string("number") }
            }
        }
    }

    public func paymentArrangements(for accountNumber: String) throws -> [PaymentArrangement] {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                let accountID = try PGAreaSupport.accountID(of: accountNumber, connection)
                func bodies<T: Decodable>(_ type: T.Type, _ table: String, _ order: String) throws -> [T] {
                    try connection.execute("SELECT body::text AS body FROM \(table) WHERE account_id = $1 ORDER BY \(order), id", [accountID])
                        .rows.map { try PlanStoreSupport.decode(T.self, from: try $0.string("body")) }
                }
                return PaymentArrangementRepository.merged(
                    extensions: try bodies(DueDateExtension.self, "due_date_extension", "agreed_on"),
                    redirections: try bodies(BillRedirection.self, "bill_redirection", "agreed_on"),
                    promises: try bodies(PromiseToPay.self, "promise_to_pay", "made_on"),
                    methods: try bodies(PaymentMethodArrangement.self, "payment_method_arrangement", "agreed_on"))
            }
        }
    }
}
