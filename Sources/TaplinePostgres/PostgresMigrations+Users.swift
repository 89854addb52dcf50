extension PostgresMigrations {
    /// "v1-users": console users are PostgreSQL login roles, each a member of one group role,
    /// and only these functions give roles, applying `RoleChange.refusal`'s rule to `session_user`.
    ///
    /// The functions that change roles are SECURITY DEFINER, owned by whoever ran
    /// `tapline admin init` (a superuser or CREATEROLE role), with `search_path` pinned so a
    /// caller cannot slip in objects of their own. Nobody else may create roles or grant group
    /// membership, so psql gives an agent no way round them: `GRANT tapline_supervisor TO me`
    /// is refused by PostgreSQL itself.
    ///
    /// A refusal is recorded in the audit log and returned as text (NULL means done) rather than
    /// raised: an exception would roll the audit row back with everything else. Tapline calls
    /// the functions outside any transaction, so the row is committed, then throws the text.
    /// Someone calling them from psql inside a transaction they roll back can lose the record
    /// of their own refusal, but never gains the role.
    ///
    /// The time recorded is the server's clock in the utility's zone, not the client's word.
    static let users = Migration(identifier: "v1-users", sql: """
        CREATE FUNCTION tapline_article(role text) RETURNS text
            LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp
            AS $$ SELECT CASE WHEN role IN ('admin', 'agent') THEN 'an' ELSE 'a' END $$;

        -- RoleChange.refusal, word for word: NULL when actor (holding actor_role, NULL when
        -- they hold none) may give target (holding target_role) the role new_role.
        CREATE FUNCTION tapline_role_change_refusal(actor text, actor_role text, target text, target_role text, new_role text)
            RETURNS text LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
            SELECT CASE
                WHEN actor_role = 'admin' THEN NULL
                WHEN actor_role IS DISTINCT FROM 'supervisor' THEN
                    'only an admin or a supervisor may change roles, and ' || actor || ' is '
                    || coalesce(tapline_article(actor_role) || ' ' || actor_role, 'not in the user directory (an agent)')
                WHEN actor = target THEN 'a supervisor may not change their own role; ask an admin'
                WHEN new_role IN ('supervisor', 'admin') THEN
                    'only an admin may make someone ' || tapline_article(new_role) || ' ' || new_role
                WHEN target_role IN ('supervisor', 'admin') THEN
                    'only an admin may change the role of ' || target || ', who is ' || tapline_article(target_role) || ' ' || target_role
            END
            $$;

        -- The Tapline role of a login: the highest group it belongs to (a superuser is an admin
        -- because PostgreSQL lets it do anything); NULL for a login in none, or no such login.
        CREATE FUNCTION tapline_role_of(login text) RETURNS text
            LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
            SELECT CASE
                WHEN r.rolsuper OR pg_has_role(r.oid, 'tapline_admin', 'MEMBER') THEN 'admin'
                WHEN pg_has_role(r.oid, 'tapline_supervisor', 'MEMBER') THEN 'supervisor'
                WHEN pg_has_role(r.oid, 'tapline_trainer', 'MEMBER') THEN 'trainer'
                WHEN pg_has_role(r.oid, 'tapline_agent', 'MEMBER') THEN 'agent'
            END
            FROM pg_roles r WHERE r.rolname = login
            $$;

        -- Every login that belongs to one of the group roles, with its role.
        CREATE FUNCTION tapline_users() RETURNS TABLE (login text, role text)
            LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
            SELECT DISTINCT member.rolname::text, tapline_role_of(member.rolname)
            FROM pg_auth_members m
            JOIN pg_roles member ON member.oid = m.member
            JOIN pg_roles grp ON grp.oid = m.roleid
            WHERE grp.rolname IN ('tapline_agent', 'tapline_supervisor', 'tapline_trainer', 'tapline_admin')
                AND member.rolcanlogin
            $$;

        -- What tapline_add_user and tapline_set_role share: the checks, the audit entry for a
        -- refusal or a change, and the change itself (a LOGIN role without a password: peer
        -- authentication over the socket; an admin sets a password for remote consoles).
        CREATE FUNCTION tapline_give_role(login text, new_role text, may_create boolean) RETURNS text
            LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
            DECLARE
                actor text := session_user;
                known boolean := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login);
                reason text;
                grp text;
            BEGIN
                IF new_role IS NULL OR new_role NOT IN ('agent', 'supervisor', 'trainer', 'admin') THEN
                    reason := format('there is no role %s (the roles are agent, supervisor, trainer and admin)', coalesce(new_role, 'NULL'));
                ELSIF login IS NULL OR login !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR login LIKE 'pg\\_%' OR login LIKE 'tapline\\_%' THEN
                    reason := format('“%s” is not a login name (lower-case letters, digits, _ . -, not starting pg_ or tapline_)', coalesce(login, 'NULL'));
                ELSIF known AND NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = login) THEN
                    -- A group role given a role would pass its members a second set of privileges.
                    reason := format('%s is a group role, not a login', login);
                ELSIF NOT known AND NOT may_create THEN
                    reason := format('there is no user %s on this database server; add them with: tapline users add %s --role %s', login, login, new_role);
                ELSE
                    reason := tapline_role_change_refusal(actor, tapline_role_of(actor), login, tapline_role_of(login), new_role);
                END IF;
                IF reason IS NOT NULL THEN
                    INSERT INTO audit_log(at, action, detail)
                        VALUES ((now() AT TIME ZONE 'Australia/Melbourne')::timestamp(0), 'refused',
                                format('role of %s not set to %s: %s', login, new_role, reason));
                    RETURN reason;
                END IF;
                IF NOT known THEN
                    EXECUTE format('CREATE ROLE %I LOGIN', login);
                END IF;
                FOREACH grp IN ARRAY ARRAY['tapline_agent', 'tapline_supervisor', 'tapline_trainer', 'tapline_admin'] LOOP
                    IF grp <> 'tapline_' || new_role AND EXISTS (
                        SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                        WHERE g.rolname = grp AND r.rolname = login) THEN
                        EXECUTE format('REVOKE %I FROM %I', grp, login);
                    END IF;
                END LOOP;
                EXECUTE format('GRANT %I TO %I', 'tapline_' || new_role, login);
                INSERT INTO audit_log(at, action, detail)
                    VALUES ((now() AT TIME ZONE 'Australia/Melbourne')::timestamp(0), 'changed',
                            format('role of %s set to %s', login, new_role));
                RETURN NULL;
            END
            $$;

        -- Adds a login (creating the role when it is new) with a role; NULL, or why not.
        CREATE FUNCTION tapline_add_user(login text, new_role text) RETURNS text
            LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
            AS $$ SELECT tapline_give_role(login, new_role, true) $$;

        -- Changes an existing login's role; NULL, or why not.
        CREATE FUNCTION tapline_set_role(login text, new_role text) RETURNS text
            LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
            AS $$ SELECT tapline_give_role(login, new_role, false) $$;

        REVOKE EXECUTE ON FUNCTION tapline_article(text), tapline_role_change_refusal(text, text, text, text, text),
            tapline_role_of(text), tapline_users(), tapline_give_role(text, text, boolean),
            tapline_add_user(text, text), tapline_set_role(text, text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION tapline_article(text), tapline_role_of(text), tapline_users(),
            tapline_add_user(text, text), tapline_set_role(text, text)
            TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        -- Every console checks the schema is the one it knows before it starts.
        GRANT SELECT ON tapline_migration TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        """)
}
