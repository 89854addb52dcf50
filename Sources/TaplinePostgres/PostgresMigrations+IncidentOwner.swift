extension PostgresMigrations {
    /// "v3-incident-owner": whose each conduct incident is to carry on with (issue 12 item 4),
    /// as SQLite's migration of that name, with the rules held by the server for any client.
    ///
    /// - `conduct_incident_owner_guard` holds `owner` to the body: the login of the last
    ///   "assigned" step, else the raiser. Only supervisors and admins change it (the step is
    ///   theirs, `ConductPermissions`), and an incident is raised as its raiser's.
    /// - Row-level security lets an agent read and carry on with the incidents they raised and
    ///   those given to them (the raiser keeps it in view, as on SQLite: `ConductPermissions.canView`).
    static let incidentOwner = Migration(identifier: "v3-incident-owner", sql: """
        ALTER TABLE conduct_incident ADD COLUMN owner text;
        UPDATE conduct_incident SET owner = raised_by;
        ALTER TABLE conduct_incident ALTER COLUMN owner SET NOT NULL;
        CREATE INDEX conduct_incident_by_owner ON conduct_incident(owner, raised_at);

        CREATE FUNCTION conduct_incident_owner_guard() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            derived text := tapline_owner_by_timeline(NEW.body->'timeline', 'step', NEW.raised_by);
        BEGIN
            IF NEW.owner IS DISTINCT FROM derived THEN
                RAISE EXCEPTION 'incident %: its owner is % by its timeline, not %', NEW.id, derived, NEW.owner
                    USING ERRCODE = 'check_violation';
            END IF;
            IF NEW.owner IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.owner ELSE NEW.raised_by END)
               AND NOT conduct_may_decide() THEN
                RAISE EXCEPTION 'only supervisors and admins give an incident to someone, and % is neither', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER conduct_incident_owner_guard BEFORE INSERT OR UPDATE ON conduct_incident
            FOR EACH ROW EXECUTE FUNCTION conduct_incident_owner_guard();

        DROP POLICY conduct_incident_raisers ON conduct_incident;
        CREATE POLICY conduct_incident_raisers_and_owners ON conduct_incident TO tapline_agent
            USING (raised_by = session_user OR owner = session_user) WITH CHECK (raised_by = session_user OR owner = session_user);
        """)
}
