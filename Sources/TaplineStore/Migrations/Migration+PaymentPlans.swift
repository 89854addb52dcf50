import GRDB

extension Migrations {
    /// "v1-payment-plans": flexible payment plans with their instalments and status history,
    /// due-date extensions and bill redirections (Charter 5.4, 5.5).
    ///
    /// A plan is never deleted or replaced: renegotiation (5.4(d)) ends the old row as
    /// `renegotiated` and inserts a new one that `replaces` it. The `PaymentPlan` is the `body`
    /// (JSON); the columns and `payment_plan_instalment` rows are copies of what queries filter
    /// on (account, status, instalment due dates and states), rewritten with the body on every
    /// save. `payment_plan_event` is the plan's status history, one row per change, only ever
    /// appended. Numbers are "PP-YYYY-NNNNNN", allocated inside the inserting transaction.
    static func registerPaymentPlans(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-payment-plans") { db in
            try db.execute(sql: """
                CREATE TABLE payment_plan (
                    id TEXT NOT NULL PRIMARY KEY,     -- "PP-2026-000001"
                    year INTEGER NOT NULL,
                    serial INTEGER NOT NULL CHECK (serial > 0),
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    agreed_on TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'renegotiated', 'cancelledForNonPayment', 'cancelled')),
                    ended_on TEXT,                    -- NULL while active
                    replaces TEXT REFERENCES payment_plan(id),
                    hardship_assessment_id TEXT REFERENCES hardship_assessment(id),
                    written_confirmation_due TEXT NOT NULL,
                    body TEXT NOT NULL,               -- the PaymentPlan as JSON
                    UNIQUE (year, serial)
                );
                CREATE INDEX payment_plan_by_account ON payment_plan(account_id, agreed_on);
                CREATE INDEX payment_plan_active ON payment_plan(account_id) WHERE status = 'active';
                CREATE TABLE payment_plan_instalment (
                    plan_id TEXT NOT NULL REFERENCES payment_plan(id),
                    number INTEGER NOT NULL,
                    due_date TEXT NOT NULL,
                    amount_cents INTEGER NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('due', 'paid', 'missed')),
                    state_on TEXT,                    -- the day paid, or the day recorded missed
                    PRIMARY KEY (plan_id, number)
                ) WITHOUT ROWID;
                CREATE INDEX payment_plan_instalment_by_due ON payment_plan_instalment(state, due_date);
                CREATE TABLE payment_plan_event (
                    id INTEGER PRIMARY KEY,
                    plan_id TEXT NOT NULL REFERENCES payment_plan(id),
                    at TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('agreed', 'paid', 'missed', 'completed', 'renegotiated', 'cancelledForNonPayment', 'cancelled')),
                    detail TEXT NOT NULL
                );
                CREATE INDEX payment_plan_event_by_plan ON payment_plan_event(plan_id, at);
                CREATE TABLE due_date_extension (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    bill_reference TEXT NOT NULL,
                    agreed_on TEXT NOT NULL,
                    new_due_date TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    body TEXT NOT NULL                -- the DueDateExtension as JSON
                );
                CREATE INDEX due_date_extension_by_account ON due_date_extension(account_id, agreed_on);
                CREATE TABLE bill_redirection (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    agreed_on TEXT NOT NULL,
                    payer_name TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    body TEXT NOT NULL                -- the BillRedirection as JSON
                );
                CREATE INDEX bill_redirection_by_account ON bill_redirection(account_id, agreed_on);
                """)
        }
    }
}
