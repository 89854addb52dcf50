import TaplineDomain

/// The contact preferences form's fields: the preferred contact method, an interpreter and the
/// TTY service (Charter 14.10), and for each customer who may act for them and the day written
/// consent arrived (5.5(c)); read into `ContactPreferences` or the problem of each field.
public enum ContactPreferencesForm {
    public enum Field: Hashable, Sendable {
        case preferred, language, tty
        case thirdName(Int), relationship(Int), consent(Int)
    }

    static let notStated = "not stated"
    static let methodChoices = [notStated] + ContactMethod.allCases.map(\.displayName)
    static let ttyChoices = ["no", "yes"]

    static func make(for account: Account) -> Form<Field> {
        let preferences = ContactPreferences(of: account)
        var fields: [Form<Field>.Field] = [
            .init(.preferred, label: "Preferred contact", value: preferences.preferred?.displayName ?? notStated, choices: methodChoices),
            // Longer than the rule allows, so a pasted long text is refused with its count.
            .init(.language, label: "Interpreter language", value: preferences.needs.interpreterLanguage ?? "",
                  hint: "blank: none (14.10)", maxLength: 20 * ContactPreferencesRules.maximumWordsLength),
            .init(.tty, label: "TTY (14.10)", value: preferences.needs.tty ? "yes" : "no", choices: ttyChoices),
        ]
        for (index, customer) in account.customers.enumerated() {
            let third = preferences.thirdParties[index]
            fields += [
                .init(.thirdName(index), label: "Acting for \(customer.name)", value: third?.name ?? "", hint: "blank: nobody",
                      maxLength: 10 * ContactRules.maximumNameLength),
                .init(.relationship(index), label: "  relationship", value: third?.relationship ?? "", hint: "daughter, counsellor",
                      maxLength: 20 * ContactPreferencesRules.maximumWordsLength),
                .init(.consent(index), label: "  written consent", value: third?.consentReceived?.iso ?? "",
                      hint: "YYYY-MM-DD; blank: not yet", maxLength: 10),
            ]
        }
        return Form(fields: fields)
    }

    /// The preferences typed for `account`, or the problem of each field that stops them.
    static func preferences(_ form: Form<Field>, for account: Account, today: CivilDate) -> Result<ContactPreferences, Problems> {
        var problems: [Field: String] = [:]
        let language = form[.language].trimmingWhitespace
        problems[.language] = ContactPreferencesRules.languageProblem(language)
        var thirdParties: [AuthorisedThirdParty?] = []
        for index in account.customers.indices {
            let name = form[.thirdName(index)].trimmingWhitespace
            let relationship = form[.relationship(index)].trimmingWhitespace
            let consent = form[.consent(index)].trimmingWhitespace
            guard !name.isEmpty else {
                if !relationship.isEmpty || !consent.isEmpty { problems[.thirdName(index)] = "name who may act for \(account.customers[index].name)" }
                thirdParties.append(nil)
                continue
            }
            problems[.thirdName(index)] = ContactRules.nameProblem(name)
            problems[.relationship(index)] = ContactPreferencesRules.relationshipProblem(relationship)
            problems[.consent(index)] = ContactPreferencesRules.consentProblem(consent, today: today)
            thirdParties.append(AuthorisedThirdParty(name: name, relationship: relationship, consentReceived: CivilDate(iso: consent)))
        }
        if !problems.isEmpty { return .failure(Problems(byField: problems)) }
        return .success(ContactPreferences(preferred: ContactMethod.allCases.first { $0.displayName == form[.preferred] },
                                           needs: CommunicationNeeds(interpreterLanguage: language.isEmpty ? nil : language,
                                                                     tty: form[.tty] == "yes"),
                                           thirdParties: thirdParties))
    }

    struct Problems: Error {
        let byField: [Field: String]
    }
}
