import TaplineDomain

/// The payment arrangements form: which arrangement (its first field, ←/→), then that
/// arrangement's own fields, read into a `PaymentArrangement` or the problem of each field.
///
/// Changing the arrangement (or a direct debit's bank account / card) remakes the fields after
/// it, keeping what was typed in a field the new set also has (the amount).
public enum ArrangementForm {
    public enum Field: Hashable, Sendable, CaseIterable {
        case kind, bill, amount, newDueDate, promisedBy, debitFrom, bsb, bankAccount, cardReference, crn, startsOn, customerChose
        case payerName, payerStreet, payerSuburb, payerState, payerPostcode, payerAgreedOn, customerConsentedOn
    }

    public enum Kind: String, CaseIterable, Sendable {
        case dueDateExtension = "extend a bill's due date (5.5(d))"
        case promiseToPay = "promise to pay (5.5(a))"
        case directDebit = "direct debit (5.2(g))"
        case centrepay = "Centrepay (5.2(e))"
        case billRedirection = "redirect bills (5.5(a)(2))"
    }

    static let fromBank = "bank account", fromCard = "card (provider's reference)"
    static let notAsked = "— ask the customer —", chose = "yes: the customer chose it"

    /// How a bill is named in an extension and its letter: "issued Mon 2 Nov 2026".
    public static func billReference(_ bill: Bill) -> String { "issued \(bill.issueDate.display)" }

    /// The bills an extension may be for: newest first, each with what it asks and its due date
    /// now, short enough for a choice field ("2 Nov: $300.00, due 2 Dec 2026").
    static func billChoices(_ start: ArrangementsStart) -> [String] {
        start.bills.reversed().map {
            "\($0.issueDate.day) \(CivilDate.monthNames[$0.issueDate.month - 1]): \($0.amountDue.formatted), due \(start.dueDate(of: $0).short)"
        }
    }

    /// The form for `kind`, keeping values typed in `old` where the new form has the same field.
    public static func make(_ kind: Kind, start: ArrangementsStart, today: CivilDate, keeping old: Form<Field>? = nil) -> Form<Field> {
        let owed = start.balance > .zero ? start.balance.plain : ""
        var fields: [Form<Field>.Field] = [.init(.kind, label: "Arrangement", value: kind.rawValue, choices: Kind.allCases.map(\.rawValue))]
        let date = "YYYY-MM-DD, a business day"
        let chosen = Form<Field>.Field(.customerChose, label: "Customer chose it", value: notAsked, choices: [notAsked, chose])
        switch kind {
        case .dueDateExtension:
            let choices = billChoices(start)
            fields += [.init(.bill, label: "Bill", value: choices.first ?? "", choices: choices.isEmpty ? ["no bills yet"] : choices),
                       .init(.amount, label: "Amount extended", value: start.bills.last.map { max($0.amountDue, .zero).plain } ?? "",
                             hint: "some or all of the bill", maxLength: 16),
                       .init(.newDueDate, label: "New due date", hint: date, maxLength: 10)]
        case .promiseToPay:
            fields += [.init(.amount, label: "Amount promised", value: owed, hint: "dollars and cents", maxLength: 16),
                       .init(.promisedBy, label: "To pay by", hint: date + ", at most \(PromiseToPay.defaultHorizonDays) days", maxLength: 10)]
        case .directDebit:
            let from = old?[.debitFrom] == fromCard ? fromCard : fromBank
            fields.append(.init(.debitFrom, label: "Debit from", value: from, choices: [fromBank, fromCard]))
            if from == fromBank {
                fields += [.init(.bsb, label: "BSB", hint: "6 digits", maxLength: 12),
                           .init(.bankAccount, label: "Account number", hint: "5 to 10 digits; shown masked", maxLength: 20)]
            } else {
                fields.append(.init(.cardReference, label: "Card reference", hint: "the provider's, never the card number", maxLength: 60))
            }
            fields += [.init(.startsOn, label: "First debit on", value: today.iso, hint: date, maxLength: 10), chosen]
        case .centrepay:
            fields += [.init(.crn, label: "Customer's CRN", hint: "412 345 678K", maxLength: 20),
                       .init(.startsOn, label: "First deduction on", value: today.iso, hint: date, maxLength: 10), chosen]
        case .billRedirection:
            fields += [.init(.payerName, label: "Send bills to", hint: "who will pay", maxLength: 200),
                       .init(.payerStreet, label: "Their street", hint: "where the bills go", maxLength: 10 * ContactRules.maximumLineLength),
                       .init(.payerSuburb, label: "Suburb or town", maxLength: 10 * ContactRules.maximumLineLength),
                       .init(.payerState, label: "State", value: "VIC", choices: ContactRules.states),
                       .init(.payerPostcode, label: "Postcode", hint: "4 digits", maxLength: 10),
                       .init(.payerAgreedOn, label: "Agreed in writing on", hint: "YYYY-MM-DD: their letter", maxLength: 10),
                       .init(.customerConsentedOn, label: "Customer consented on", hint: "to share details; blank: not yet",
                             maxLength: 10)]
        }
        var form = Form(fields: fields)
        if let old {
            for field in form.fields where field.id != .kind && field.choices == nil {
                if old.fields.contains(where: { $0.id == field.id }) { form[field.id] = old[field.id] }
            }
            form.focus = old.focus.flatMap { id in form.fields.contains { $0.id == id } ? id : nil } ?? .kind
        }
        return form
    }

    /// The arrangement chosen in the form.
    public static func kind(_ form: Form<Field>) -> Kind { Kind(rawValue: form[.kind]) ?? .dueDateExtension }

    /// Each field's problem, in a type `Result` can carry.
    public struct Problems: Error {
        public let byField: [Field: String]
    }

    /// The arrangement typed, made by `agent` on `today`, or the problem of each field that stops it.
    public static func arrangement(_ form: Form<Field>, start: ArrangementsStart, accountNumber: String, agent: String,
                                   today: CivilDate, calendar: BusinessCalendar) -> Result<PaymentArrangement, Problems> {
        var problems: [Field: String] = [:]
        func text(_ field: Field) -> String { form[field].trimmingWhitespace }
        func money(_ field: Field) -> Money? {
            do { return try Money.parse(text(field)) } catch { problems[field] = error.message; return nil }
        }
        func date(_ field: Field, _ what: String, optional: Bool = false) -> CivilDate? {
            let typed = text(field)
            if typed.isEmpty {
                if !optional { problems[field] = "enter \(what) (YYYY-MM-DD)" }
                return nil
            }
            guard let parsed = CivilDate(iso: typed) else {
                problems[field] = "“\(typed)” is not a date — use YYYY-MM-DD"
                return nil
            }
            return parsed
        }
        /// A refusal from the domain, under the field it is about.
        func refused(_ refusal: PlanRefusal, _ field: (String) -> Field) -> Result<PaymentArrangement, Problems> {
            .failure(Problems(byField: [field(refusal.message): refusal.message]))
        }
        switch kind(form) {
        case .dueDateExtension:
            let index = billChoices(start).firstIndex(of: form[.bill])
            let bill = index.map { start.bills.reversed()[$0] }
            if bill == nil { problems[.bill] = "there is no bill to extend" }
            let amount = money(.amount), newDate = date(.newDueDate, "the new due date")
            if let newDate, newDate < today { problems[.newDueDate] = "\(newDate.display) is in the past" }
            guard problems.isEmpty, let bill, let amount, let newDate else { return .failure(Problems(byField: problems)) }
            do {
                return .success(.dueDateExtension(try DueDateExtension(
                    billReference: billReference(bill), amountOwed: bill.amountDue, amountExtended: amount,
                    currentDueDate: start.dueDate(of: bill), newDueDate: newDate, agreedOn: today, agent: agent, calendar: calendar)))
            } catch {
                return refused(error) { $0.contains("amount") ? .amount : .newDueDate }
            }
        case .promiseToPay:
            let amount = money(.amount), by = date(.promisedBy, "the date promised")
            guard problems.isEmpty, let amount, let by else { return .failure(Problems(byField: problems)) }
            do {
                return .success(.promiseToPay(try PromiseToPay(accountNumber: accountNumber, amount: amount, promisedBy: by,
                                                               madeOn: today, agent: agent, calendar: calendar)))
            } catch {
                return refused(error) { $0.hasPrefix("the amount") ? .amount : .promisedBy }
            }
        case .directDebit, .centrepay:
            let method: PaymentMethodArrangement.Method
            switch (kind(form), form[.debitFrom]) {
            case (.centrepay, _):
                problems[.crn] = PaymentMethodRules.crnProblem(form[.crn])
                method = .centrepay(crn: form[.crn])
            case (_, fromCard):
                problems[.cardReference] = PaymentMethodRules.cardReferenceProblem(form[.cardReference])
                method = .directDebitFromCard(reference: form[.cardReference])
            default:
                problems[.bsb] = PaymentMethodRules.bsbProblem(form[.bsb])
                problems[.bankAccount] = PaymentMethodRules.bankAccountProblem(form[.bankAccount])
                method = .directDebitFromBank(bsb: form[.bsb], accountNumber: form[.bankAccount])
            }
            let starts = date(.startsOn, "the first day")
            if form[.customerChose] != chose {
                problems[.customerChose] = "ask the customer: record it only when they choose it (→); it is never a condition of service (5.2)"
            }
            guard problems.isEmpty, let starts else { return .failure(Problems(byField: problems)) }
            do {
                return .success(.paymentMethod(try PaymentMethodArrangement(accountNumber: accountNumber, method: method, startsOn: starts,
                                                                           agreedOn: today, agent: agent, customerChose: true,
                                                                           calendar: calendar)))
            } catch {
                return refused(error) { _ in .startsOn }
            }
        case .billRedirection:
            let agreed = date(.payerAgreedOn, "", optional: true)  // none: the domain refuses under 5.5(a)(2)
            let consented = date(.customerConsentedOn, "", optional: true)
            if let consented, consented > today { problems[.customerConsentedOn] = "\(consented.display) is after today" }
            // The bills go to this address from now on (4.4(b)): a postal address, checked as contact details are.
            let checks: [(Field, String?)] = [(.payerStreet, ContactRules.streetProblem(text(.payerStreet))),
                                               (.payerSuburb, ContactRules.suburbProblem(text(.payerSuburb))),
                                               (.payerState, ContactRules.stateProblem(text(.payerState))),
                                               (.payerPostcode, ContactRules.postcodeProblem(text(.payerPostcode)))]
            for case let (field, problem?) in checks { problems[field] = problem }
            guard problems.isEmpty else { return .failure(Problems(byField: problems)) }
            let postal = Address(lines: [text(.payerStreet)], suburb: text(.payerSuburb), postcode: text(.payerPostcode), state: text(.payerState))
            do {
                return .success(.billRedirection(try BillRedirection(
                    accountNumber: accountNumber, payerName: text(.payerName), payerAddress: postal.oneLine, payerPostalAddress: postal,
                    payerAgreedInWritingOn: agreed, customerConsentedInWritingOn: consented, agreedOn: today, agent: agent)))
            } catch {
                return refused(error) { message in
                    message.hasPrefix("enter the name") ? .payerName : message.hasPrefix("enter where") ? .payerStreet : .payerAgreedOn
                }
            }
        }
    }
}
