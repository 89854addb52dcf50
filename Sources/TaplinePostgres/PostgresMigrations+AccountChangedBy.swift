extension PostgresMigrations {
    /// "v4-account-changed-by": who last saved an account's details, when and what, as
    /// SQLite's migration of that name, so a stale save is refused naming them (issue 12
    /// item 3) from a row every agent may read; and what an agent needs to correct contact
    /// details (issue 13 item 2), and no more.
    ///
    /// v1 let only supervisors and admins change account records. Agents now may: insert an
    /// address (addresses are never updated, so old bills keep theirs), point the account's
    /// billing address at it and move its version, change customers' names, phones and emails,
    /// and keep the lookup index in step. They still cannot change the balance, property,
    /// concession or special needs, nor delete anything but lookup tokens and their counts. `changed_by` is set by
    /// a trigger to the session's login whenever the version moves, so nobody saves in
    /// someone else's name, from the console or from psql.
    static let accountChangedBy = Migration(identifier: "v4-account-changed-by", sql: """
        ALTER TABLE account ADD COLUMN changed_by text, ADD COLUMN changed_at timestamp, ADD COLUMN last_change text;
        CREATE FUNCTION account_changed_by_session() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.changed_by := session_user;
            RETURN NEW;
        END $$;
        CREATE TRIGGER account_changed_by_session BEFORE UPDATE ON account
            FOR EACH ROW WHEN (NEW.version IS DISTINCT FROM OLD.version) EXECUTE FUNCTION account_changed_by_session();
        GRANT INSERT ON address TO tapline_agent;
        GRANT UPDATE (billing_address_id, version, changed_by, changed_at, last_change) ON account TO tapline_agent;
        GRANT UPDATE (name, phone, email) ON customer TO tapline_agent;
        GRANT INSERT, DELETE ON search_token TO tapline_agent;
        GRANT INSERT, UPDATE (sort_key, doc) ON search_doc TO tapline_agent;
        GRANT INSERT, UPDATE, DELETE ON search_vocab TO tapline_agent;
        """)
}
