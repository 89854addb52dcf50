import TaplineDomain

/// The payment plan form: what is owed, expected charges, how often, from when, and sized by
/// the customer's capacity to pay or by a number of instalments (Charter 5.4).
///
/// Everything here is pure: the screen keeps the form and asks `preview` for the schedule
/// after every key, so the table and the 5.4 explanation follow what is typed.
public enum PlanSetupForm {
    public enum Field: Hashable, Sendable {
        case debt, frequency, charges, start, sizing, instalment, count, change, assurance
    }

    static let byCapacity = "capacity to pay"
    static let byCount = "number of instalments"
    static let textLength = 1000

    /// The form, prefilled from the account and the hardship assessment.
    ///
    /// - Parameters:
    ///   - renegotiating: adds the change of circumstances (Charter 5.4(d)).
    ///   - needsAssurance: adds the customer's assurance (Charter 5.4, two plans cancelled).
    static func make(start: PlanStart, assessment: HardshipAssessment?, today: CivilDate,
                     renegotiating: Bool, needsAssurance: Bool) -> Form<Field> {
        let frequency = InstalmentFrequency.fortnightly
        let capacity = self.capacity(assessment, frequency)
        var fields: [Form<Field>.Field] = [
            .init(.debt, label: "Amount owed", value: max(start.balance, .zero).plain, hint: "balance", maxLength: 16,
                  validate: { money($0, allowEmpty: false) }),
            .init(.frequency, label: "How often", value: frequency.rawValue, choices: InstalmentFrequency.allCases.map(\.rawValue)),
            .init(.charges, label: chargesLabel(frequency), value: charges(start, frequency).plain, hint: "usage etc.",
                  maxLength: 16, validate: { money($0, allowEmpty: true) }),
            .init(.start, label: "First instalment on", value: today.adding(days: 7).iso, hint: "YYYY-MM-DD", maxLength: 10,
                  validate: { CivilDate(iso: $0) == nil ? "write the date as YYYY-MM-DD" : nil }),
            .init(.sizing, label: "Size by", value: capacity == nil ? byCount : byCapacity, choices: [byCapacity, byCount]),
            .init(.instalment, label: instalmentLabel(frequency), value: capacity?.plain ?? "",
                  hint: capacity == nil ? "" : "capacity", maxLength: 16, validate: { money($0, allowEmpty: true) }),
            .init(.count, label: "Number of instalments", value: capacity == nil ? "6" : "", maxLength: 3,
                  validate: { $0.isEmpty || Int($0).map { $0 > 0 } == true ? nil : "enter a whole number of instalments" }),
        ]
        if renegotiating {
            fields.append(.init(.change, label: "What changed (5.4(d))", hint: "required", maxLength: textLength))
        }
        if needsAssurance {
            fields.append(.init(.assurance, label: "Their assurance (5.4)", hint: "required", maxLength: textLength))
        }
        return Form(fields: fields)
    }

    static func chargesLabel(_ frequency: InstalmentFrequency) -> String { "Charges a \(frequency.noun)" }
    static func instalmentLabel(_ frequency: InstalmentFrequency) -> String { "Instalment a \(frequency.noun)" }

    /// The assessment's capacity to pay per instalment period, when it found one above zero.
    static func capacity(_ assessment: HardshipAssessment?, _ frequency: InstalmentFrequency) -> Money? {
        guard let surplus = assessment?.statement?.surplus(per: frequency.frequency), surplus > .zero else { return nil }
        return surplus
    }

    /// Last year's charges brought to one instalment period (rounded half-up once, `Frequency.share(ofYearly:)`).
    static func charges(_ start: PlanStart, _ frequency: InstalmentFrequency) -> Money {
        frequency.frequency.share(ofYearly: max(start.chargesLastYear, .zero))
    }

    @Sendable static func money(_ text: String, allowEmpty: Bool) -> String? {
        if text.isEmpty { return allowEmpty ? nil : "enter an amount" }
        do {
            let amount = try Money.parse(text)
            return amount.isNegative ? "the amount cannot be negative" : nil
        } catch {
            return error.message
        }
    }

    static func frequency(_ form: Form<Field>) -> InstalmentFrequency {
        InstalmentFrequency(rawValue: form[.frequency]) ?? .fortnightly
    }

    /// Follows a change of frequency: labels, and the charges and instalment when they still
    /// hold what was prefilled for the old frequency (an amount the agent typed is kept).
    static func frequencyChanged(_ form: inout Form<Field>, from old: InstalmentFrequency, start: PlanStart,
                                 assessment: HardshipAssessment?) {
        let new = frequency(form)
        guard new != old else { return }
        for index in form.fields.indices {
            switch form.fields[index].id {
            case .charges: form.fields[index].label = chargesLabel(new)
            case .instalment: form.fields[index].label = instalmentLabel(new)
            default: break
            }
        }
        if form[.charges].trimmingWhitespace == charges(start, old).plain { form[.charges] = charges(start, new).plain }
        if let before = capacity(assessment, old), form[.instalment].trimmingWhitespace == before.plain {
            form[.instalment] = capacity(assessment, new)?.plain ?? ""
        }
    }

    /// The schedule the form describes, or why there is none yet.
    ///
    /// `amountInDispute` comes from the account, not the form: Charter 3.1(e) keeps it out of
    /// the plan whatever is typed, and the plan says so.
    static func preview(_ form: Form<Field>, amountInDispute: Money = .zero, today: CivilDate,
                        calendar: BusinessCalendar) -> Result<PlanCalculation, PlanRefusal> {
        func amount(_ field: Field, _ name: String) throws(PlanRefusal) -> Money? {
            let text = form[field].trimmingWhitespace
            guard !text.isEmpty else { return nil }
            do { return try Money.parse(text) } catch { throw PlanRefusal("\(name): \(error.message)") }
        }
        do {
            guard let debt = try amount(.debt, "amount owed") else { return .failure(PlanRefusal("enter the amount owed")) }
            let charges = try amount(.charges, "expected charges") ?? .zero
            guard !charges.isNegative else { return .failure(PlanRefusal("expected charges cannot be negative")) }
            guard let first = CivilDate(iso: form[.start].trimmingWhitespace) else {
                return .failure(PlanRefusal("first instalment: write the date as YYYY-MM-DD"))
            }
            guard first >= today else {
                return .failure(PlanRefusal("the first instalment cannot be before today (\(today.display))"))
            }
            let sizing: PlanRequest.Sizing
            if form[.sizing] == byCapacity {
                guard let instalment = try amount(.instalment, "instalment") else {
                    return .failure(PlanRefusal("enter the instalment the customer can pay (their capacity to pay)"))
                }
                sizing = .instalment(instalment)
            } else {
                guard let count = Int(form[.count].trimmingWhitespace) else {
                    return .failure(PlanRefusal("enter the number of instalments"))
                }
                sizing = .instalments(count)
            }
            let request = PlanRequest(debt: debt, amountInDispute: amountInDispute,
                                      expectedCharges: charges.isZero ? .none : .perPeriod(charges),
                                      frequency: frequency(form), start: first, sizing: sizing)
            return .success(try PaymentPlanCalculator.calculate(request, calendar: calendar))
        } catch {
            return .failure(error)
        }
    }
}
