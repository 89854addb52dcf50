import GRDB
import TaplineDomain

extension AccountRepository {
    /// Saves how the customers want to be reached, their communication needs (Charter 14.10)
    /// and who may act for each (5.5(c)) against the version read, audited old → new.
    public func updateContactPreferences(_ preferences: ContactPreferences, of accountNumber: String, readVersion: Int,
                                         by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, by: user, at: time) { db, id, before in
            guard let detail = try ContactPreferencesUpdate.detail(preferences, over: before, today: time.date) else { return nil }
            let columns = ContactPreferencesUpdate.accountColumns(preferences)
            try db.execute(sql: "UPDATE account SET preferred_contact = ?, interpreter_language = ?, tty = ? WHERE id = ?",
                           arguments: [columns.preferred, columns.language, columns.tty, id])
            for (position, third) in preferences.thirdParties.enumerated() {
                try db.execute(sql: """
                    UPDATE customer SET third_party_name = ?, third_party_relationship = ?, third_party_consent = ?
                    WHERE account_id = ? AND position = ?
                    """, arguments: [third?.name, third?.relationship, third?.consentReceived, id, position])
            }
            return detail
        }
    }
}
