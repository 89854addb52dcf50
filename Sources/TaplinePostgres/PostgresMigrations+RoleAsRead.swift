extension PostgresMigrations {
    /// "v3-role-as-read": `tapline_set_role_as_read(login, read_role, new_role)`, a role change
    /// refused when the user's role is no longer the one the caller read (issue 12 item 3).
    ///
    /// `tapline users set-role` and the console read a user's role, then set it; an admin who
    /// read "agent" must not silently undo a colleague's "supervisor" made in between. The
    /// function takes a transaction-scoped advisory lock on the user's role, compares, and only
    /// then gives the role through `tapline_give_role` (the same checks and audit entry as
    /// `tapline_set_role`). When the role changed, it gives nothing and returns who made the
    /// latest change and when, from the audit log (which the caller may not read itself).
    static let roleAsRead = Migration(identifier: "v3-role-as-read", sql: """
        CREATE FUNCTION tapline_set_role_as_read(login text, read_role text, new_role text)
            RETURNS TABLE (refusal text, changed_by text, changed_at timestamp, change text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtextextended('role of ' || login, 0));
                IF tapline_role_of(login) IS DISTINCT FROM read_role THEN
                    RETURN QUERY SELECT NULL::text, a.who, a.at, a.detail FROM audit_log a
                        WHERE a.action = 'changed' AND starts_with(a.detail, 'role of ' || login || ' set to ')
                        ORDER BY a.id DESC LIMIT 1;
                    IF NOT FOUND THEN
                        -- Changed outside Tapline (GRANT in psql): nobody to name but the server.
                        RETURN QUERY SELECT NULL::text, 'the database server'::text,
                            (now() AT TIME ZONE 'Australia/Melbourne')::timestamp(0),
                            format('role of %s is now %s', login, coalesce(tapline_role_of(login), 'none'));
                    END IF;
                    RETURN;
                END IF;
                RETURN QUERY SELECT tapline_give_role(login, new_role, false), NULL::text, NULL::timestamp, NULL::text;
            END $$;
        REVOKE EXECUTE ON FUNCTION tapline_set_role_as_read(text, text, text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION tapline_set_role_as_read(text, text, text)
            TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        """)
}
