extension PostgresMigrations {
    /// "v3-complaint-owner": whose work each complaint is (issue 12 item 4), and the indexes
    /// that read the reply queue a page at a time (item 6), as SQLite's migration of that name.
    ///
    /// `complaint_owner_follows_its_timeline` holds `owner` to the timeline from any client:
    /// it is the login of the last "assigned" entry, else whoever logged the complaint. A
    /// change of owner is a supervisor's (or admin's), unless it comes with raising the
    /// complaint to a level the new owner holds (`complaint_decider`): so an agent cannot give
    /// a complaint away, or take one, with psql any more than with the console.
    static let complaintOwner = Migration(identifier: "v3-complaint-owner", sql: """
        ALTER TABLE complaint ADD COLUMN owner text;
        UPDATE complaint SET owner = logged_by;
        ALTER TABLE complaint ALTER COLUMN owner SET NOT NULL;
        DROP INDEX complaint_by_reply_due;
        CREATE INDEX complaint_queue ON complaint(reply_due, received_at, sequence) WHERE reply_due IS NOT NULL;
        CREATE INDEX complaint_queue_by_owner ON complaint(owner, reply_due, received_at, sequence) WHERE reply_due IS NOT NULL;
        CREATE INDEX complaint_queue_by_level ON complaint(level, reply_due, received_at, sequence) WHERE reply_due IS NOT NULL;

        -- Whose a record is by its timeline: the last "assigned" entry's login (the entry's
        -- `entry_key` holds what happened: "kind" on complaints, "step" on incidents), else `first`.
        CREATE FUNCTION tapline_owner_by_timeline(timeline jsonb, entry_key text, first text) RETURNS text
            LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce((SELECT e->entry_key->'assigned'->>'to' FROM jsonb_array_elements(timeline) WITH ORDINALITY AS t(e, i)
                             WHERE e->entry_key ? 'assigned' ORDER BY i DESC LIMIT 1), first)
        $$;
        CREATE FUNCTION complaint_owner_follows_its_timeline() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            derived text := tapline_owner_by_timeline(NEW.body->'timeline', 'kind', NEW.logged_by);
        BEGIN
            IF NEW.owner IS DISTINCT FROM derived THEN
                RAISE EXCEPTION 'complaint %: its owner is % by its timeline, not %', NEW.number, derived, NEW.owner
                    USING ERRCODE = 'check_violation';
            END IF;
            IF TG_OP = 'UPDATE' AND NEW.owner IS DISTINCT FROM OLD.owner
               AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
               AND NOT pg_has_role(session_user, 'tapline_supervisor', 'MEMBER')
               AND NOT pg_has_role(session_user, 'tapline_admin', 'MEMBER')
               AND NOT (NEW.level IS DISTINCT FROM OLD.level
                        AND EXISTS (SELECT 1 FROM complaint_decider WHERE login = NEW.owner AND level = NEW.level)) THEN
                RAISE EXCEPTION 'complaint %: only a supervisor gives a complaint to someone', NEW.number
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER complaint_owner_follows_its_timeline BEFORE INSERT OR UPDATE ON complaint
            FOR EACH ROW EXECUTE FUNCTION complaint_owner_follows_its_timeline();
        """)
}
