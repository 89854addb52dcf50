extension PostgresMigrations {
    /// "v1-audit": who viewed or changed what, and when; append-only for everyone.
    ///
    /// `who` defaults to `session_user`, the login the server authenticated, so an entry cannot
    /// name someone else. No role is granted UPDATE or DELETE, and a trigger refuses both even
    /// to the table's owner, so the trail is rewritten by nobody short of a superuser dropping
    /// the trigger (which PostgreSQL itself logs).
    static let audit = Migration(identifier: "v1-audit", sql: """
        CREATE TABLE audit_log (
            id bigserial PRIMARY KEY,
            at timestamp NOT NULL,
            who text NOT NULL DEFAULT session_user,
            action text NOT NULL,
            account_number text,
            detail text NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_log_by_account ON audit_log(account_number, at);
        CREATE INDEX audit_log_by_who ON audit_log(who, at);
        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
        -- Everyone writes entries in their own name; reading the trail is for supervisors and admins.
        CREATE POLICY audit_log_own_name ON audit_log FOR INSERT WITH CHECK (who = session_user);
        CREATE POLICY audit_log_readers ON audit_log FOR SELECT
            USING (pg_has_role(session_user, 'tapline_supervisor', 'MEMBER') OR pg_has_role(session_user, 'tapline_admin', 'MEMBER')
                   OR who = session_user);
        ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
        GRANT INSERT, SELECT ON audit_log TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        GRANT USAGE ON SEQUENCE audit_log_id_seq TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        """)
}
