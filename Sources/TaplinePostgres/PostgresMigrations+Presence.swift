extension PostgresMigrations {
    /// "v3-presence": which console has which account (and record on it) open, and when it
    /// last said so.
    ///
    /// Everyone reads it (every agent on an account should see who else is there); each
    /// writes only rows in their own name (`login` defaults to `session_user`, and row-level
    /// security holds every change to it), so nobody can appear on an account as someone else
    /// or remove a colleague. Arriving, moving and leaving notify consoles
    /// (`tapline_change`); a heartbeat, which only moves `last_seen`, does not.
    static let presence = Migration(identifier: "v3-presence", sql: """
        CREATE TABLE presence (
            console text PRIMARY KEY,
            login text NOT NULL DEFAULT session_user,
            account_number text NOT NULL,
            subject text,
            since timestamp NOT NULL,
            last_seen bigint NOT NULL
        );
        CREATE INDEX presence_by_account ON presence(account_number, last_seen);
        CREATE INDEX presence_by_subject ON presence(subject, last_seen);
        ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
        CREATE POLICY presence_read ON presence FOR SELECT USING (true);
        CREATE POLICY presence_own_insert ON presence FOR INSERT WITH CHECK (login = session_user);
        CREATE POLICY presence_own_update ON presence FOR UPDATE USING (login = session_user) WITH CHECK (login = session_user);
        CREATE POLICY presence_own_delete ON presence FOR DELETE USING (login = session_user);
        GRANT SELECT, INSERT, UPDATE, DELETE ON presence TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        CREATE TRIGGER presence_notifies AFTER INSERT OR DELETE OR UPDATE OF account_number, subject ON presence
            FOR EACH STATEMENT EXECUTE FUNCTION tapline_notify_change();
        """)
}
