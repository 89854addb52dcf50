extension PostgresMigrations {
    /// "v4-special-needs": what a special-needs registration (Charter 9.5) rests on, as
    /// SQLite's migration of that name, and what an agent needs to register, change or remove
    /// one on screen, and no more.
    ///
    /// Agents may now change the account's four special-needs columns (beside the version and
    /// who-saved columns v4-account-changed-by already gave them); they still cannot change the
    /// balance, property or concession. `changed_by` is set by that migration's trigger to the
    /// session's login, and the audit entry's `who` defaults to it, so a registration is always
    /// in the name of whoever made it, from the console or from psql.
    static let specialNeeds = Migration(identifier: "v4-special-needs", sql: """
        ALTER TABLE account ADD COLUMN special_need_evidence text;
        GRANT UPDATE (special_need, special_need_registered, special_need_evidence, special_need_notes) ON account TO tapline_agent;
        """)
}
