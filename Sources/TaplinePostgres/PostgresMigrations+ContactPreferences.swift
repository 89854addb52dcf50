extension PostgresMigrations {
    /// "v4-contact-preferences": how the customers want to be contacted, an interpreter's
    /// language or the TTY service (Charter 14.10), and the day written consent for a third
    /// party arrived (5.5(c)), as SQLite's migration of that name. Agents may change exactly
    /// these, and a customer's third party, beside what v4-account-changed-by gave them.
    static let contactPreferences = Migration(identifier: "v4-contact-preferences", sql: """
        ALTER TABLE account ADD COLUMN preferred_contact text CHECK (preferred_contact IN ('phone', 'sms', 'email', 'post')),
            ADD COLUMN interpreter_language text, ADD COLUMN tty boolean NOT NULL DEFAULT false;
        ALTER TABLE customer ADD COLUMN third_party_consent date;
        GRANT UPDATE (preferred_contact, interpreter_language, tty) ON account TO tapline_agent;
        GRANT UPDATE (third_party_name, third_party_relationship, third_party_consent) ON customer TO tapline_agent;
        """)
}
