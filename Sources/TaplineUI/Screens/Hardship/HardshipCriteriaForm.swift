import TaplineDomain

/// The objective criteria step of a hardship assessment (Charter 5.6(a)(1) and its footnote:
/// concessions, tenancy, Utility Relief Grant applications, payment history, self-assessment).
///
/// Prefilled from the account (`HardshipStart`) for the agent to confirm with the customer.
public enum HardshipCriteriaForm {
    public enum Field: Hashable, Sendable {
        case identifiedBy, concession, tenant, urgs, late, unpaid, partPaid, unableToPay, familyViolence, selfAssessment
    }

    static let identifiedBy: [(HardshipCriteria.IdentifiedBy, String)] = [
        (.customer, "the customer"), (.waterBusiness, "the water business"), (.financialCounsellor, "a financial counsellor"),
    ]
    static let concession: [(HardshipCriteria.ConcessionStatus, String)] = [
        (.holdsCard, "holds a card"), (.eligibleNotHeld, "eligible, no card"), (.notEligible, "not eligible"),
    ]
    static let yesNo = ["no", "yes"]
    /// Longest self-assessment kept, in characters.
    static let selfAssessmentLength = 1000

    static func make(from start: HardshipStart?) -> Form<Field> {
        let history = start?.paymentHistory ?? HardshipCriteria.PaymentHistory()
        let concessionName = concession.first { $0.0 == (start?.concession ?? .notEligible) }?.1 ?? ""
        return Form(fields: [
            .init(.identifiedBy, label: "Identified by", choices: identifiedBy.map(\.1)),
            .init(.concession, label: "Concession card", value: concessionName, choices: concession.map(\.1)),
            .init(.tenant, label: "Rents the home", value: start?.isTenant == true ? "yes" : "no", choices: yesNo),
            .init(.urgs, label: "Earlier URGS applications", value: (start?.previousURGSApplications ?? []).map(\.iso).joined(separator: " "),
                  hint: "YYYY-MM-DD", maxLength: 120,
                  validate: { urgsProblem($0) }),
            .init(.late, label: "Bills paid late (12 mo)", value: "\(history.lateBills)", maxLength: 3, validate: count),
            .init(.unpaid, label: "Bills not paid (12 mo)", value: "\(history.missedBills)", maxLength: 3, validate: count),
            .init(.partPaid, label: "Bills part-paid (12 mo)", value: "\(history.partPaidBills)", maxLength: 3, validate: count),
            .init(.unableToPay, label: "Says cannot pay as billed", choices: yesNo),
            .init(.familyViolence, label: "Family violence a cause", choices: yesNo),
            .init(.selfAssessment, label: "In their own words", hint: "optional", maxLength: selfAssessmentLength),
        ])
    }

    /// The criteria the form holds; call after `validateAll` succeeds.
    static func criteria(_ form: Form<Field>) -> HardshipCriteria {
        HardshipCriteria(
            identifiedBy: identifiedBy.first { $0.1 == form[.identifiedBy] }?.0 ?? .customer,
            concession: concession.first { $0.1 == form[.concession] }?.0 ?? .notEligible,
            isTenant: form[.tenant] == "yes",
            previousURGSApplications: urgsDates(form[.urgs]) ?? [],
            paymentHistory: .init(lateBills: Int(form[.late].trimmingWhitespace) ?? 0,
                                  missedBills: Int(form[.unpaid].trimmingWhitespace) ?? 0,
                                  partPaidBills: Int(form[.partPaid].trimmingWhitespace) ?? 0),
            familyViolence: form[.familyViolence] == "yes",
            customerSaysUnableToPay: form[.unableToPay] == "yes",
            selfAssessment: form[.selfAssessment].trimmingWhitespace)
    }

    /// A count of bills: a whole number from 0.
    @Sendable static func count(_ text: String) -> String? {
        guard let value = Int(text), value >= 0 else { return "enter a whole number of bills (0 for none)" }
        return nil
    }

    /// Dates separated by commas or spaces; empty means none. Nil when one is not a date.
    static func urgsDates(_ text: String) -> [CivilDate]? {
        var dates: [CivilDate] = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let date = CivilDate(iso: String(word)) else { return nil }
            dates.append(date)
        }
        return dates
    }

    @Sendable static func urgsProblem(_ text: String) -> String? {
        guard urgsDates(text) == nil else { return nil }
        let bad = text.split(whereSeparator: { $0 == "," || $0 == " " }).first { CivilDate(iso: String($0)) == nil } ?? ""
        return "“\(bad)” is not a date (YYYY-MM-DD)"
    }
}

