import TaplineDomain
import TaplineStore

extension PostgresStore {
    /// How the customers want to be reached, their communication needs (Charter 14.10) and who
    /// may act for each (5.5(c)), as SQLite's `AccountRepository.updateContactPreferences`.
    public func updateContactPreferences(_ preferences: ContactPreferences, of accountNumber: String, readVersion: Int,
                                         by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, at: time) { connection, id, before in
            guard let detail = try ContactPreferencesUpdate.detail(preferences, over: before, today: time.date) else { return nil }
            let columns = ContactPreferencesUpdate.accountColumns(preferences)
            try connection.execute("UPDATE account SET preferred_contact = $1, interpreter_language = $2, tty = $3 WHERE id = $4",
                                   [columns.preferred, columns.language, columns.tty, id])
            for (position, third) in preferences.thirdParties.enumerated() {
                try connection.execute("""
                    UPDATE customer SET third_party_name = $1, third_party_relationship = $2, third_party_consent = $3::date
                    WHERE account_id = $4 AND position = $5
                    """, [third?.name, third?.relationship, third?.consentReceived.map(StoredText.date), id, Int64(position)])
            }
            return detail
        }
    }
}
