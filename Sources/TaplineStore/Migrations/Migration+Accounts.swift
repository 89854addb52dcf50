import GRDB

extension Migrations {
    /// "v1-accounts": accounts, their customers and property, bills with itemised charges,
    /// payments, contacts, notes, and the lookup index.
    ///
    /// Addresses are rows of their own that are never updated: a bill points at the address it
    /// was sent to, so changing an account's billing address cannot rewrite old bills
    /// (Charter 4.5(b)(c)). Usage lives on the bill row — one period per bill. A bill's
    /// itemised charges (4.6) name a `charge_type` (kind, service, printed words), so millions
    /// of charge lines do not repeat the same words.
    ///
    /// The lookup index is `search_token`: one row per (kind, token, sort key, account), a
    /// WITHOUT ROWID B-tree whose order already is the order a lookup shows, so a prefix query
    /// is a range scan that stops after the rows it needs. `search_doc` holds each account's
    /// tokens as one string, to filter a multi-word query's candidates and to find the rows to
    /// remove when an account changes. `search_vocab` counts each distinct token, so a
    /// multi-word query can start from its most selective word without scanning to count.
    static func registerAccounts(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-accounts") { db in
            try db.execute(sql: """
                CREATE TABLE address (
                    id INTEGER PRIMARY KEY,
                    lines TEXT NOT NULL,              -- street lines joined by a newline
                    suburb TEXT NOT NULL,
                    postcode TEXT NOT NULL,
                    state TEXT NOT NULL
                );
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    number TEXT NOT NULL UNIQUE,
                    billing_address_id INTEGER NOT NULL REFERENCES address(id),
                    property_address_id INTEGER NOT NULL REFERENCES address(id),
                    electronic_address TEXT,
                    concession_card TEXT CHECK (concession_card IN ('pensioner', 'healthcare', 'dva-gold')),
                    concession_number TEXT,
                    pipe_size_mm INTEGER NOT NULL CHECK (pipe_size_mm > 0),
                    occupancy TEXT NOT NULL CHECK (occupancy IN ('owner', 'tenant')),
                    balance_cents INTEGER NOT NULL,
                    special_need TEXT CHECK (special_need IN ('lifeSupport', 'other')),
                    special_need_registered TEXT,
                    special_need_notes TEXT,
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE TABLE customer (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    phone TEXT,
                    email TEXT,
                    is_primary INTEGER NOT NULL,
                    third_party_name TEXT,
                    third_party_relationship TEXT
                );
                CREATE INDEX customer_by_account ON customer(account_id, position);
                CREATE TABLE bill (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    issue_date TEXT NOT NULL,
                    due_date TEXT NOT NULL,
                    billing_address_id INTEGER NOT NULL REFERENCES address(id),
                    property_address_id INTEGER NOT NULL REFERENCES address(id),
                    period_start TEXT NOT NULL,
                    period_end TEXT NOT NULL,
                    litres INTEGER NOT NULL,
                    meter_read_date TEXT,             -- NULL: the reading was estimated
                    neighbourhood_litres INTEGER,
                    previous_bill_cents INTEGER NOT NULL,
                    payments_cents INTEGER NOT NULL,
                    concession_cents INTEGER NOT NULL
                );
                CREATE INDEX bill_by_account ON bill(account_id, issue_date);
                CREATE TABLE charge_type (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    service TEXT,
                    description TEXT NOT NULL
                );
                CREATE UNIQUE INDEX charge_type_identity ON charge_type(kind, IFNULL(service, ''), description);
                CREATE TABLE bill_charge (
                    bill_id INTEGER NOT NULL REFERENCES bill(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    charge_type_id INTEGER NOT NULL REFERENCES charge_type(id),
                    cents INTEGER NOT NULL,
                    PRIMARY KEY (bill_id, position)
                ) WITHOUT ROWID;
                CREATE TABLE payment (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    date TEXT NOT NULL,
                    cents INTEGER NOT NULL,
                    method TEXT NOT NULL
                );
                CREATE INDEX payment_by_account ON payment(account_id, date);
                CREATE TABLE interaction (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    at TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    summary TEXT NOT NULL
                );
                CREATE INDEX interaction_by_account ON interaction(account_id, at);
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    at TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX note_by_account ON note(account_id, at);
                CREATE TABLE search_token (
                    kind INTEGER NOT NULL,            -- SearchDocument.Kind: 0 number, phone, surname; 1 other names; 2 place; 3 email; 4-6 pairs
                    token TEXT NOT NULL,
                    sort_key TEXT NOT NULL,
                    account_id INTEGER NOT NULL,
                    PRIMARY KEY (kind, token, sort_key, account_id)
                ) WITHOUT ROWID;
                CREATE TABLE search_vocab (
                    kind INTEGER NOT NULL,
                    token TEXT NOT NULL,
                    occurrences INTEGER NOT NULL,     -- accounts holding the token (pairs are not counted)
                    PRIMARY KEY (kind, token)
                ) WITHOUT ROWID;
                CREATE TABLE search_doc (
                    account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
                    sort_key TEXT NOT NULL,
                    doc TEXT NOT NULL                 -- " key… | names… | place… | email… | pairs… ", see SearchDocument
                );
                """)
        }
    }
}
