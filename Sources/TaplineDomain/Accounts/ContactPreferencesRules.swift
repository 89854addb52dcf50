/// What an agent may record of how customers want to be reached (Charter 14.10) and who may act
/// for them (4.4(c), 5.5(c)); each rule answers nil (fine) or the words to show under the field.
public enum ContactPreferencesRules {
    /// The most characters a language or a relationship may have.
    public static let maximumWordsLength = 60

    /// An interpreter's language, or empty for none: letters, spaces, hyphens and brackets
    /// ("Vietnamese", "Chinese (Cantonese)"), at most 60 characters.
    public static func languageProblem(_ text: String) -> String? {
        let language = text.contactTrimmed
        guard !language.isEmpty else { return nil }
        if language.count > maximumWordsLength {
            return "a language can be at most \(maximumWordsLength) characters; this has \(language.count.formatted())"
        }
        if let odd = language.first(where: { !$0.isLetter && !" -'()".contains($0) }) {
            return "a language is letters only (Vietnamese, Chinese (Cantonese)), not “\(odd)”"
        }
        return nil
    }

    /// How a third party relates to the customer: required when one is named.
    public static func relationshipProblem(_ text: String) -> String? {
        let relationship = text.contactTrimmed
        if relationship.isEmpty { return "say how they relate to the customer (daughter, financial counsellor, power of attorney)" }
        if relationship.count > maximumWordsLength {
            return "a relationship can be at most \(maximumWordsLength) characters; this has \(relationship.count.formatted())"
        }
        return nil
    }

    /// The day written consent arrived (5.5(c)): empty while it has not, else a date not after today.
    public static func consentProblem(_ text: String, today: CivilDate) -> String? {
        let typed = text.contactTrimmed
        guard !typed.isEmpty else { return nil }
        guard let day = CivilDate(iso: typed) else {
            return "enter the day written consent arrived as YYYY-MM-DD, like \(today.iso); “\(typed)” is not a date"
        }
        return day > today ? "written consent cannot arrive after today (\(today.display))" : nil
    }

    /// The first problem of `preferences` as the store re-checks them, in words that say whose.
    public static func problem(_ preferences: ContactPreferences, names: [String], today: CivilDate) -> String? {
        if let problem = languageProblem(preferences.needs.interpreterLanguage ?? "") { return "interpreter: " + problem }
        for (index, third) in preferences.thirdParties.enumerated() {
            guard let third else { continue }
            let whose = names.indices.contains(index) ? names[index] : "customer \(index + 1)"
            if let problem = ContactRules.nameProblem(third.name) ?? relationshipProblem(third.relationship)
                ?? consentProblem(third.consentReceived?.iso ?? "", today: today) {
                return "acting for \(whose): " + problem
            }
        }
        return nil
    }
}
