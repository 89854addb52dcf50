extension PostgresMigrations {
    /// "v3-badge-plans": the four badge functions that lookup rows and the account header call
    /// (`complaint_flags`, `hardship_flags`, `payment_plan_flags`, `conduct_restricted_accounts`)
    /// rewritten in PL/pgSQL, with the same arguments, answers, rights and grants.
    ///
    /// They are SECURITY DEFINER (each role sees the badge, not the rows behind it), and
    /// PostgreSQL never inlines such a function: written in SQL, its body was parsed and planned
    /// afresh on every call, four times per lookup keystroke, which cost more than running it.
    /// PL/pgSQL keeps each query's plan for the session, so a keystroke only runs them.
    static let badgePlans = Migration(identifier: "v3-badge-plans", sql: """
        CREATE OR REPLACE FUNCTION complaint_flags(ids bigint[]) RETURNS TABLE (account_id bigint, open_complaint boolean, disputed_amount boolean)
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        #variable_conflict use_column
        BEGIN
            RETURN QUERY
            SELECT account_id, bool_or(status <> 'closed'),
                   bool_or(disputed_cents IS NOT NULL AND status NOT IN ('resolved', 'closed'))
            FROM complaint WHERE account_id = ANY(ids) GROUP BY account_id;
        END
        $$;
        CREATE OR REPLACE FUNCTION hardship_flags(ids bigint[]) RETURNS SETOF bigint
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            RETURN QUERY
            SELECT latest.account_id FROM (
                SELECT DISTINCT ON (account_id) account_id, outcome, assessed_at FROM hardship_assessment
                WHERE account_id = ANY(ids) ORDER BY account_id, assessed_at DESC, serial DESC
            ) latest
            WHERE latest.outcome = 'inHardship'
              AND NOT EXISTS (SELECT 1 FROM hardship_cessation c WHERE c.account_id = latest.account_id
                              AND c.on_date >= latest.assessed_at::date);
        END
        $$;
        CREATE OR REPLACE FUNCTION payment_plan_flags(ids bigint[]) RETURNS SETOF bigint
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            RETURN QUERY SELECT DISTINCT account_id FROM payment_plan WHERE account_id = ANY(ids) AND status = 'active';
        END
        $$;
        CREATE OR REPLACE FUNCTION conduct_restricted_accounts(ids bigint[]) RETURNS SETOF bigint
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            RETURN QUERY
            SELECT DISTINCT a.id
            FROM public.account a JOIN public.conduct_incident c ON c.account_number = a.number
            WHERE a.id = ANY(ids) AND c.restriction_start <= current_date AND c.restriction_review >= current_date;
        END
        $$;
        """)
}
