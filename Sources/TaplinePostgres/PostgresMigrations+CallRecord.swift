extension PostgresMigrations {
    /// "v4-call-record" (issue 13 item 1), as SQLite's migration of that name: a call's wrap-up
    /// on the contact (reason and outcome codes, when it ended, what was done, one line each)
    /// and contacts with no account, for a caller never identified.
    ///
    /// Agents, supervisors and admins have inserted contacts since v1-accounts (table-wide, so
    /// the new columns too, and the identity's sequence); the agent column now defaults to the
    /// session's login, which is what the store writes, so nobody records a call in someone
    /// else's name. Trainers still read contacts only: they train on demo mode's own data.
    static let callRecord = Migration(identifier: "v4-call-record", sql: """
        ALTER TABLE interaction ALTER COLUMN account_id DROP NOT NULL,
            ALTER COLUMN agent SET DEFAULT session_user,
            ADD COLUMN reason text,
            ADD COLUMN outcome text,
            ADD COLUMN ended_at timestamp,
            ADD COLUMN done text NOT NULL DEFAULT '';
        CREATE INDEX interaction_by_time ON interaction(at);
        CREATE INDEX interaction_by_reason ON interaction(reason, at);
        GRANT INSERT ON interaction TO tapline_agent, tapline_supervisor, tapline_admin;
        """)
}
