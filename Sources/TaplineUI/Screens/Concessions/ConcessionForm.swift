import TaplineDomain

/// The concession form's fields and what they mean: the card on record (5.3) and an
/// application lodged or decided (7.2(b), (c)), read into a `ConcessionChange` or the
/// problem of each field.
enum ConcessionForm {
    typealias Field = ConcessionRules.Field

    static let noCard = "none"
    static let cardChoices = [noCard] + ConcessionCardType.allCases.map(\.displayName)
    static let noApplication = "none"
    static let applicationChoices = [noApplication] + ConcessionApplication.Kind.allCases.map(applicationChoice)
    static let outcomeChoices = ["pending", "approved", "declined"]

    static func applicationChoice(_ kind: ConcessionApplication.Kind) -> String { "\(kind.displayName) (\(kind.clause))" }

    /// The form for `account`: its card, and its pending application (to record the outcome
    /// of) when there is one, else a new one lodged today.
    static func make(for account: Account, today: CivilDate) -> Form<Field> {
        let card = account.concessionCard
        let pending = pendingApplication(of: account)
        let known = account.concessionTerms != nil
        return Form(fields: [
            .init(.card, label: "Concession card", value: card?.type.displayName ?? noCard, choices: cardChoices),
            // Longer than the rule allows, so a pasted long text is refused with its count.
            .init(.number, label: "Card number", value: card?.number ?? "", hint: "412 345 678K · VX123456",
                  maxLength: 10 * ConcessionRules.maximumNumberLength),
            .init(.validFrom, label: "Valid from", value: known ? card?.validFrom.iso ?? today.iso : today.iso, hint: "YYYY-MM-DD", maxLength: 10),
            .init(.validTo, label: "Valid to", value: known ? card?.validTo.iso ?? "" : "", hint: "YYYY-MM-DD, after from", maxLength: 10),
            .init(.application, label: "Application",
                  value: pending.map { applicationChoice($0.kind) } ?? noApplication, choices: applicationChoices),
            .init(.lodgedOn, label: "Lodged on", value: (pending?.lodgedOn ?? today).iso, hint: "YYYY-MM-DD", maxLength: 10),
            .init(.outcome, label: "Outcome", value: pending?.outcome.name ?? "pending", choices: outcomeChoices),
            .init(.decidedOn, label: "Decided on", value: "", hint: "YYYY-MM-DD; blank: today", maxLength: 10),
        ])
    }

    /// The application the form records the outcome of: the latest still pending.
    static func pendingApplication(of account: Account) -> ConcessionApplication? {
        account.concessionApplications.last { $0.outcome == .pending }
    }

    /// The change typed over `account`, or the problem of each field that stops it.
    static func change(_ form: Form<Field>, over account: Account, today: CivilDate) -> Result<ConcessionChange, Problems> {
        var problems: [Field: String] = [:]
        func date(_ field: Field, _ what: String) -> CivilDate? {
            if let problem = ConcessionRules.dateProblem(form[field], what: what, today: today) {
                problems[field] = problem
                return nil
            }
            return CivilDate(iso: form[field].trimmingWhitespace)
        }
        var card: ConcessionCard?
        if let old = account.concessionCard, account.concessionTerms == nil, old.type.displayName == form[.card],
           old.number == form[.number].trimmingWhitespace, form[.validTo].trimmingWhitespace.isEmpty {
            // A card imported before its validity was kept, left as it is.
            card = old
        } else if let type = ConcessionCardType.allCases.first(where: { $0.displayName == form[.card] }) {
            problems[.number] = ConcessionRules.numberProblem(form[.number], type: type)
            let from = date(.validFrom, "the date the card is valid from"), to = date(.validTo, "the date the card is valid to")
            if let from, let to {
                if let problem = ConcessionRules.validityProblem(from: from, to: to, today: today) { problems[.validTo] = problem }
                card = ConcessionCard(type: type, number: form[.number], validFrom: from, validTo: to, advisedOn: today)
            }
        }
        var application: ConcessionApplication?
        if let kind = ConcessionApplication.Kind.allCases.first(where: { applicationChoice($0) == form[.application] }),
           let lodged = date(.lodgedOn, "the date lodged") {
            var outcome = ConcessionApplication.Outcome.pending
            if form[.outcome] != "pending" {
                let typed = form[.decidedOn].trimmingWhitespace
                let decided = typed.isEmpty ? today : date(.decidedOn, "the date decided")
                if let decided { outcome = form[.outcome] == "approved" ? .approved(on: decided) : .declined(on: decided) }
            }
            let pending = pendingApplication(of: account)
            let made = ConcessionApplication(id: pending?.kind == kind ? pending?.id : nil, kind: kind, lodgedOn: lodged, outcome: outcome)
            if let problem = ConcessionRules.applicationProblem(made, today: today) {
                problems[made.outcome.decidedOn.map { $0 < made.lodgedOn || $0 > today } == true ? .decidedOn : .lodgedOn] = problem
            }
            // Recording nothing new about the pending application leaves it alone.
            application = made == pending ? nil : made
        }
        if !problems.isEmpty { return .failure(Problems(byField: problems)) }
        return .success(ConcessionChange(card: card, application: application))
    }

    /// Each field's problem, in a type `Result` can carry.
    struct Problems: Error {
        let byField: [Field: String]
    }
}
