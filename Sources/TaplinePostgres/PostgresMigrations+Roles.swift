extension PostgresMigrations {
    /// "v1-roles": the four group roles whose privileges every login inherits.
    ///
    /// Roles belong to the whole server, so they are made only when missing (a second
    /// contact-centre database on the same server shares them). Login roles are members of
    /// exactly one; `tapline users add` makes them. Tables grant their privileges to these
    /// roles in their own migrations.
    static let roles = Migration(identifier: "v1-roles", sql: """
        DO $$
        DECLARE
            name text;
        BEGIN
            FOREACH name IN ARRAY ARRAY['tapline_agent', 'tapline_supervisor', 'tapline_trainer', 'tapline_admin'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                    BEGIN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', name);
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN
                        NULL;  -- another database on this server made it at the same moment
                    END;
                END IF;
            END LOOP;
        END
        $$;
        """)
}
