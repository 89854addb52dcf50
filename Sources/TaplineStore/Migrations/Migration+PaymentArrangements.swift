import GRDB

extension Migrations {
    /// "v4-payment-arrangements": promises to pay (Charter 5.5(a)) and payment methods the
    /// customer chose (direct debit 5.2(g), Centrepay 5.2(e)), beside the due-date extensions
    /// and bill redirections "v1-payment-plans" keeps, now that agents record all four on screen
    /// (issue 13 item 5). Each row keeps the value whole (`body`, JSON) with the columns a
    /// follow-up reads: a promise's amount and date.
    static func registerPaymentArrangements(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-payment-arrangements") { db in
            try db.execute(sql: """
                CREATE TABLE promise_to_pay (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    made_on TEXT NOT NULL,
                    promised_by TEXT NOT NULL,
                    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                    agent TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    body TEXT NOT NULL                -- the PromiseToPay as JSON
                );
                CREATE INDEX promise_to_pay_by_account ON promise_to_pay(account_id, made_on);
                CREATE INDEX promise_to_pay_by_date ON promise_to_pay(promised_by);
                CREATE TABLE payment_method_arrangement (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    method TEXT NOT NULL CHECK (method IN ('direct-debit', 'centrepay')),
                    agreed_on TEXT NOT NULL,
                    starts_on TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    body TEXT NOT NULL                -- the PaymentMethodArrangement as JSON
                );
                CREATE INDEX payment_method_arrangement_by_account ON payment_method_arrangement(account_id, agreed_on);
                """)
        }
    }
}
