extension PostgresMigrations {
    /// "v1-conduct": conduct incidents, with the conduct policy's access rules enforced by the
    /// database for anyone who connects, psql included.
    ///
    /// - The incident is `body` jsonb (the domain value, as the SQLite store keeps it) beside the
    ///   columns queries use; CHECK constraints keep those columns equal to the body's.
    /// - Numbers come from `conduct_number`, one counter row per year, taken by
    ///   `conduct_next_serial(year)` (`INSERT … ON CONFLICT DO UPDATE … RETURNING`) inside the
    ///   raising transaction: the row lock makes concurrent raises queue for the counter, and a
    ///   rolled-back raise gives its number back. No role may touch the counter except through
    ///   the function, so nobody can wind it back.
    /// - Row-level security: an agent reads and changes only what they raised
    ///   (`raised_by = session_user`); supervisors and admins read and change all. Trainers have
    ///   no grant at all.
    /// - Decisions live inside the body (its `decisions` and `timeline`), kept there so the
    ///   incident stays one value rather than two sources of truth, so the trigger
    ///   `conduct_incident_guard` compares old and new bodies: the timeline and the decisions
    ///   are append-only for everyone (a
    ///   customer's review request, recorded on the restriction, is the one change to a kept
    ///   decision), every new timeline entry and decision is in the session user's name, only
    ///   supervisors and admins add decisions or change the restriction's dates, and an incident
    ///   is raised only in the session user's name, never already decided. Nobody deletes one.
    /// - A customer may ask any agent for a review of their restriction, so
    ///   `conduct_record_review_request(incident, asked_at)` records one on an incident the agent
    ///   cannot read, with the domain's three rules for it (a restriction in force that day, no
    ///   step after it, the session user as author), and returns only the restriction; the
    ///   trigger still checks the result. The store uses it only for incidents it cannot read.
    /// - The functions pin `search_path`, so a session's own path cannot swap what they call.
    /// - The banner: `conduct_contact_restrictions(account, day)` runs as its owner and returns
    ///   only the incident number, the account and the restriction's terms and dates, so every
    ///   agent serving the account sees it without reading the incident.
    static let conduct = Migration(identifier: "v1-conduct", sql: """
        CREATE TABLE conduct_number (
            year integer PRIMARY KEY,
            last_serial integer NOT NULL CHECK (last_serial > 0)
        );
        CREATE TABLE conduct_incident (
            id text PRIMARY KEY,
            year integer NOT NULL,
            serial integer NOT NULL,
            account_number text,
            person_name text,
            raised_by text NOT NULL DEFAULT session_user,
            raised_at timestamp NOT NULL,
            stage text NOT NULL,
            reported_at timestamp,
            restriction_start date,
            restriction_review date,
            body jsonb NOT NULL,
            UNIQUE (year, serial),
            CHECK (body->>'id' = id),
            CHECK (body->>'raisedBy' = raised_by),
            CHECK (body->>'stage' = stage),
            CHECK ((body->>'accountNumber') IS NOT DISTINCT FROM account_number)
        );
        CREATE INDEX conduct_incident_by_account ON conduct_incident(account_number, raised_at);
        CREATE INDEX conduct_incident_by_person ON conduct_incident(person_name, raised_at);
        CREATE INDEX conduct_incident_by_raiser ON conduct_incident(raised_by, raised_at);
        CREATE INDEX conduct_incident_by_stage ON conduct_incident(stage, reported_at);
        CREATE INDEX conduct_incident_by_review ON conduct_incident(restriction_review);

        CREATE FUNCTION conduct_may_decide() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT pg_has_role(session_user, 'tapline_supervisor', 'MEMBER') OR pg_has_role(session_user, 'tapline_admin', 'MEMBER')
        $$;

        CREATE FUNCTION conduct_incident_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            deciding boolean := conduct_may_decide();
            old_timeline jsonb := CASE WHEN TG_OP = 'UPDATE' THEN OLD.body->'timeline' ELSE '[]'::jsonb END;
            old_decisions jsonb := CASE WHEN TG_OP = 'UPDATE' THEN OLD.body->'decisions' ELSE '[]'::jsonb END;
            new_timeline jsonb := NEW.body->'timeline';
            new_decisions jsonb := NEW.body->'decisions';
            review_requests constant text[] := '{kind,contactRestriction,_0,customerReviewRequests}';
        BEGIN
            IF TG_OP = 'INSERT' THEN
                IF NEW.raised_by <> session_user THEN
                    RAISE EXCEPTION 'an incident is raised in the name of the signed-in user (%), not %', session_user, NEW.raised_by
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            ELSIF NEW.id <> OLD.id OR NEW.year <> OLD.year OR NEW.serial <> OLD.serial OR NEW.raised_by <> OLD.raised_by
                  OR NEW.raised_at <> OLD.raised_at THEN
                RAISE EXCEPTION 'an incident''s number, author and time are never changed' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF jsonb_array_length(new_timeline) < jsonb_array_length(old_timeline)
               OR jsonb_array_length(new_decisions) < jsonb_array_length(old_decisions) THEN
                RAISE EXCEPTION 'an incident''s timeline and decisions are never shortened' USING ERRCODE = 'insufficient_privilege';
            END IF;
            FOR i IN 0 .. jsonb_array_length(old_timeline) - 1 LOOP
                IF new_timeline->i IS DISTINCT FROM old_timeline->i THEN
                    RAISE EXCEPTION 'an incident''s recorded steps are never rewritten' USING ERRCODE = 'insufficient_privilege';
                END IF;
            END LOOP;
            FOR i IN jsonb_array_length(old_timeline) .. jsonb_array_length(new_timeline) - 1 LOOP
                IF new_timeline->i->>'by' IS DISTINCT FROM session_user THEN
                    RAISE EXCEPTION 'a step is recorded in the name of the signed-in user (%), not %', session_user, new_timeline->i->>'by'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END LOOP;
            FOR i IN 0 .. jsonb_array_length(old_decisions) - 1 LOOP
                IF (new_decisions->i) #- review_requests IS DISTINCT FROM (old_decisions->i) #- review_requests THEN
                    RAISE EXCEPTION 'a decision is never changed once recorded' USING ERRCODE = 'insufficient_privilege';
                END IF;
            END LOOP;
            IF jsonb_array_length(new_decisions) > jsonb_array_length(old_decisions) THEN
                IF NOT deciding THEN
                    RAISE EXCEPTION 'only supervisors and admins record conduct decisions, and % is neither', session_user
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                FOR i IN jsonb_array_length(old_decisions) .. jsonb_array_length(new_decisions) - 1 LOOP
                    IF new_decisions->i->>'supervisor' IS DISTINCT FROM session_user THEN
                        RAISE EXCEPTION 'a decision is recorded in the name of the signed-in user (%), not %', session_user,
                            new_decisions->i->>'supervisor' USING ERRCODE = 'insufficient_privilege';
                    END IF;
                END LOOP;
            END IF;
            IF NOT deciding THEN
                IF TG_OP = 'INSERT' AND (NEW.restriction_start IS NOT NULL OR NEW.restriction_review IS NOT NULL OR NEW.stage = 'decided')
                   OR TG_OP = 'UPDATE' AND (NEW.restriction_start IS DISTINCT FROM OLD.restriction_start
                                            OR NEW.restriction_review IS DISTINCT FROM OLD.restriction_review
                                            OR NEW.stage = 'decided' AND OLD.stage <> 'decided') THEN
                    RAISE EXCEPTION 'only supervisors and admins decide incidents and contact restrictions, and % is neither', session_user
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER conduct_incident_guard BEFORE INSERT OR UPDATE ON conduct_incident
            FOR EACH ROW EXECUTE FUNCTION conduct_incident_guard();
        CREATE FUNCTION conduct_incident_refuse_delete() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            RAISE EXCEPTION 'conduct incidents are kept, never deleted' USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER conduct_incident_no_delete BEFORE DELETE ON conduct_incident
            FOR EACH ROW EXECUTE FUNCTION conduct_incident_refuse_delete();

        ALTER TABLE conduct_incident ENABLE ROW LEVEL SECURITY;
        CREATE POLICY conduct_incident_raisers ON conduct_incident TO tapline_agent
            USING (raised_by = session_user) WITH CHECK (raised_by = session_user);
        CREATE POLICY conduct_incident_deciders ON conduct_incident TO tapline_supervisor, tapline_admin
            USING (true) WITH CHECK (true);
        GRANT SELECT, INSERT, UPDATE ON conduct_incident TO tapline_agent, tapline_supervisor, tapline_admin;

        -- The banner every agent serving the account sees: the restriction, not the incident.
        CREATE FUNCTION conduct_contact_restrictions(account text, day date)
            RETURNS TABLE (incident_id text, account_number text, restriction jsonb)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
            SELECT c.id, c.account_number,
                   (SELECT d.value->'kind'->'contactRestriction'->'_0'
                    FROM jsonb_array_elements(c.body->'decisions') WITH ORDINALITY AS d(value, position)
                    WHERE d.value->'kind' ? 'contactRestriction'
                    ORDER BY d.position DESC LIMIT 1)
            FROM public.conduct_incident c
            WHERE c.account_number = $1 AND c.restriction_start <= $2 AND c.restriction_review >= $2
            ORDER BY c.restriction_review, c.id
        $$;
        -- A customer's review request taken by any agent: the restriction changes, nothing else.
        CREATE FUNCTION conduct_record_review_request(incident text, asked_at timestamp)
            RETURNS TABLE (account_number text, restriction jsonb)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            kept public.conduct_incident;
            day date := asked_at::date;
            decision_index integer;
            last_step timestamp;
            terms text[];
        BEGIN
            SELECT * INTO kept FROM public.conduct_incident c WHERE c.id = incident FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'there is no conduct incident %', incident USING ERRCODE = 'TL404';
            END IF;
            IF kept.restriction_start IS NULL OR day < kept.restriction_start OR day > kept.restriction_review THEN
                RAISE EXCEPTION 'no contact restriction on % is in force on %', incident, day USING ERRCODE = 'TL409';
            END IF;
            last_step := coalesce((kept.body->'timeline'->-1->>'at')::timestamp, kept.raised_at);
            IF asked_at < last_step THEN
                RAISE EXCEPTION 'a step on % was recorded later, at %', incident, to_char(last_step, 'YYYY-MM-DD"T"HH24:MI:SS')
                    USING ERRCODE = 'TL425';
            END IF;
            SELECT max(d.n) - 1 INTO decision_index FROM jsonb_array_elements(kept.body->'decisions') WITH ORDINALITY AS d(value, n)
                WHERE d.value->'kind' ? 'contactRestriction';
            terms := ARRAY['decisions', decision_index::text, 'kind', 'contactRestriction', '_0'];
            kept.body := jsonb_set(kept.body, terms || 'customerReviewRequests'::text,
                                   (kept.body #> (terms || 'customerReviewRequests'::text)) || to_jsonb(day::text));
            kept.body := jsonb_set(kept.body, '{timeline}', (kept.body->'timeline') || jsonb_build_object(
                'step', jsonb_build_object('customerRequestedRestrictionReview', jsonb_build_object('on', day::text)),
                'at', to_char(asked_at, 'YYYY-MM-DD"T"HH24:MI:SS'), 'by', session_user::text));
            UPDATE public.conduct_incident c SET body = kept.body WHERE c.id = incident;
            RETURN QUERY SELECT kept.account_number, kept.body #> terms;
        END
        $$;
        -- The next serial of the year: the only way to the counter.
        CREATE FUNCTION conduct_next_serial(of_year integer) RETURNS integer
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
            INSERT INTO public.conduct_number(year, last_serial) VALUES ($1, 1)
            ON CONFLICT (year) DO UPDATE SET last_serial = conduct_number.last_serial + 1
            RETURNING last_serial
        $$;
        -- Whether an incident exists, so a refusal says "not yours" rather than "no such incident".
        CREATE FUNCTION conduct_incident_exists(incident text) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM public.conduct_incident WHERE id = $1)
        $$;
        REVOKE EXECUTE ON FUNCTION conduct_contact_restrictions(text, date), conduct_incident_exists(text), conduct_next_serial(integer),
            conduct_record_review_request(text, timestamp) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION conduct_contact_restrictions(text, date), conduct_incident_exists(text), conduct_next_serial(integer),
            conduct_record_review_request(text, timestamp) TO tapline_agent, tapline_supervisor, tapline_admin;
        -- Every login's console and command checks the schema version before it works
        -- (PostgresStore.init); the migrations before this one grant no one that read.
        GRANT SELECT ON tapline_migration TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        """)
}
