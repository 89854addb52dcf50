import GRDB

extension Migrations {
    /// "v4-contact-preferences": how the customers want to be contacted, an interpreter's
    /// language or the TTY service (Charter 14.10), and the day a customer's written consent
    /// for their third party arrived (5.5(c)), now that agents record them on screen.
    static func registerContactPreferences(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-contact-preferences") { db in
            try db.execute(sql: """
                ALTER TABLE account ADD COLUMN preferred_contact TEXT CHECK (preferred_contact IN ('phone', 'sms', 'email', 'post'));
                ALTER TABLE account ADD COLUMN interpreter_language TEXT;
                ALTER TABLE account ADD COLUMN tty INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE customer ADD COLUMN third_party_consent TEXT;
                """)
        }
    }
}
