import TaplineDomain

/// What saving contact preferences means on either store (issue 13 item 2): the rules
/// re-checked and the audit trail's words, or nil when nothing differs.
public enum ContactPreferencesUpdate {
    public static func detail(_ preferences: ContactPreferences, over before: Account, today: CivilDate) throws -> String? {
        let names = before.customers.map(\.name)
        if let problem = ContactPreferencesRules.problem(preferences, names: names, today: today) {
            throw StoreError.invalidAccount(accountNumber: before.accountNumber, reason: problem)
        }
        let changes = preferences.changes(from: ContactPreferences(of: before), names: names)
        return changes.isEmpty ? nil : "contact preferences: " + changes.joined(separator: "; ")
    }

    /// The values each store writes, in the order the update statements bind them.
    public static func accountColumns(_ preferences: ContactPreferences) -> (preferred: String?, language: String?, tty: Bool) {
        (preferences.preferred?.rawValue, preferences.needs.interpreterLanguage, preferences.needs.tty)
    }
}
