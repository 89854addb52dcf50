extension PostgresMigrations {
    /// "v2-account-badges": the CONTACT RESTRICTED badge for a page of lookup rows.
    ///
    /// Row-level security keeps agents out of each other's incidents, yet every agent serving
    /// an account must see that its contact is restricted; so, as for the account's banner
    /// (`conduct_contact_restrictions`), a function answers only which of the given accounts
    /// have a restriction in force today, nothing of the incidents.
    static let accountBadges = Migration(identifier: "v2-account-badges", sql: """
        CREATE FUNCTION conduct_restricted_accounts(ids bigint[])
            RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
            SELECT DISTINCT a.id
            FROM public.account a JOIN public.conduct_incident c ON c.account_number = a.number
            WHERE a.id = ANY($1) AND c.restriction_start <= current_date AND c.restriction_review >= current_date
        $$;
        REVOKE EXECUTE ON FUNCTION conduct_restricted_accounts(bigint[]) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION conduct_restricted_accounts(bigint[]) TO tapline_agent, tapline_supervisor, tapline_trainer, tapline_admin;
        """)
}
