import TaplineDomain

/// What the meter request form is for, and the fields each kind has.
public enum MeterFormKind: Sendable, Equatable {
    /// 4.3: a special reading or an estimated bill.
    case specialReading
    /// 11.1: a meter test, booked for a day.
    case meterTest
    /// 11.1: a further off-site independent test after `first`.
    case independentTest(after: MeterRequest)
    /// 14.8: the account and usage history, as a file.
    case billingHistory
    /// 11.1, 4.8: what the test found.
    case outcome(of: MeterRequest)

    var title: String {
        switch self {
        case .specialReading: "Special meter reading (4.3)"
        case .meterTest: "Meter test (11.1)"
        case .independentTest: "Independent off-site meter test (11.1)"
        case .billingHistory: "Billing history (14.8)"
        case .outcome: "Meter test outcome (11.1, 4.8)"
        }
    }
}

/// The meter request form's fields and what they mean, read into a request or an outcome,
/// or the problem of each field. The charge, adjustment or due date the save would record is
/// worked out from the same reading (`preview`), so the agent sees it before F2.
public enum MeterForm {
    public enum Field: Hashable, Sendable, CaseIterable {
        case way, meterSize, bookedFor, years, finding, highBy, instruction, testCharge, decidedOn
    }

    static let ways = MeterRequest.SpecialReadingWay.allCases.map(\.displayName)
    static let sizes = MeterRules.meterSizes.map { "\($0) mm" }
    static let findings = MeterTestOutcome.Finding.allCases.map(\.displayName)
    static let instructions = MeterTestOutcome.Instruction.allCases.map(\.displayName)
    static let waive = "waive it"

    static func feeChoice(_ tariff: Tariff) -> String { "charge \(tariff.meterTestFee.formatted)" }

    static func make(_ kind: MeterFormKind, account: Account, tariff: Tariff, today: CivilDate, calendar: BusinessCalendar) -> Form<Field> {
        let size = "\(account.property.servicePipeSizeMillimetres) mm"
        switch kind {
        case .specialReading:
            return Form(fields: [
                .init(.way, label: "How", value: ways[0], choices: ways),
                .init(.meterSize, label: "Meter size", value: sizes.contains(size) ? size : sizes[0], choices: sizes),
            ])
        case .meterTest, .independentTest:
            return Form(fields: [
                .init(.bookedFor, label: "Booked for", value: calendar.adding(businessDays: 5, to: today).iso,
                      hint: "YYYY-MM-DD, a business day", maxLength: 10),
            ])
        case .billingHistory:
            return Form(fields: [
                .init(.years, label: "Years", value: String(MeterRules.defaultHistoryYears), hint: "3 unless agreed (14.8)", maxLength: 2),
            ])
        case .outcome:
            return Form(fields: [
                .init(.finding, label: "The meter is", value: findings[0], choices: findings),
                .init(.highBy, label: "Reading high by", hint: "percent, e.g. 4.5", maxLength: 7),
                .init(.instruction, label: "Overcharge back as", value: instructions[0], choices: instructions),
                .init(.testCharge, label: "Test charge", value: feeChoice(tariff), choices: [feeChoice(tariff), waive]),
                .init(.decidedOn, label: "Decided on", hint: "YYYY-MM-DD; blank: today", maxLength: 10),
            ])
        }
    }

    /// What saving the form would record, or the problem of each field that stops it.
    public enum Reading: Sendable {
        case request(MeterRequest)
        case outcome(MeterTestOutcome, of: MeterRequest)
    }

    struct Problems: Error {
        let byField: [Field: String]
    }

    static func read(_ form: Form<Field>, kind: MeterFormKind, detail: AccountDetail, tariff: Tariff, today: CivilDate,
                     calendar: BusinessCalendar) -> Result<Reading, Problems> {
        let account = detail.account
        var problems: [Field: String] = [:]
        func date(_ field: Field, blankIsToday: Bool) -> CivilDate? {
            let typed = form[field].trimmingWhitespace
            if typed.isEmpty, blankIsToday { return today }
            guard let parsed = CivilDate(iso: typed) else {
                problems[field] = typed.isEmpty ? "type a date, YYYY-MM-DD" : "“\(typed)” is not a date: type YYYY-MM-DD"
                return nil
            }
            return parsed
        }
        let size = Int(form[.meterSize].split(separator: " ").first ?? "") ?? account.property.servicePipeSizeMillimetres
        switch kind {
        case .specialReading:
            let way = MeterRequest.SpecialReadingWay.allCases.first { $0.displayName == form[.way] } ?? .reading
            return .success(.request(MeterRequest(
                kind: .specialReading, requestedOn: today, meterMillimetres: size, way: way,
                charge: MeterRules.specialReadingCharge(way: way, meterMillimetres: size, tariff: tariff))))
        case .meterTest, .independentTest:
            guard let booked = date(.bookedFor, blankIsToday: false) else { return .failure(Problems(byField: problems)) }
            if let problem = MeterRules.bookingProblem(booked, today: today, calendar: calendar) {
                return .failure(Problems(byField: [.bookedFor: problem]))
            }
            var independent = false
            if case .independentTest = kind { independent = true }
            return .success(.request(MeterRequest(kind: .meterTest, requestedOn: today,
                                                  meterMillimetres: account.property.servicePipeSizeMillimetres,
                                                  dueOn: booked, independent: independent)))
        case .billingHistory:
            guard let years = Int(form[.years].trimmingWhitespace) else {
                return .failure(Problems(byField: [.years: "type a number of years, 1 to \(MeterRules.maximumHistoryYears)"]))
            }
            if let problem = MeterRules.historyYearsProblem(years) { return .failure(Problems(byField: [.years: problem])) }
            return .success(.request(MeterRequest(kind: .billingHistory, requestedOn: today,
                                                  meterMillimetres: account.property.servicePipeSizeMillimetres,
                                                  dueOn: MeterRules.historyDue(requestedOn: today, calendar: calendar),
                                                  historyYears: years)))
        case .outcome(let test):
            let finding = MeterTestOutcome.Finding.allCases.first { $0.displayName == form[.finding] } ?? .accurate
            var high = 0
            if finding == .readingHigh {
                if let points = MeterRules.basisPoints(form[.highBy]) { high = points } else {
                    problems[.highBy] = "type by how much it reads high, a percentage over 0 (4.5)"
                }
            }
            let decided = date(.decidedOn, blankIsToday: true)
            if !problems.isEmpty { return .failure(Problems(byField: problems)) }
            let instruction = MeterTestOutcome.Instruction.allCases.first { $0.displayName == form[.instruction] } ?? .credit
            let outcome = MeterRules.outcome(finding, highByBasisPoints: high, instruction: instruction,
                                             chargeFee: form[.testCharge] != waive, decidedOn: decided ?? today,
                                             bills: detail.bills, tariff: tariff, calendar: calendar)
            if let problem = MeterRules.outcomeProblem(outcome, on: test, today: today) {
                return .failure(Problems(byField: [.decidedOn: problem]))
            }
            return .success(.outcome(outcome, of: test))
        }
    }

    /// The lines that say what F2 would record: the charge, the adjustment and how it was worked
    /// out, the day due; or what is still missing.
    static func preview(_ form: Form<Field>, kind: MeterFormKind, detail: AccountDetail, tariff: Tariff, today: CivilDate,
                        calendar: BusinessCalendar) -> [String] {
        switch read(form, kind: kind, detail: detail, tariff: tariff, today: today, calendar: calendar) {
        case .failure:
            return ["Correct the fields marked ✖ to see what will be recorded."]
        case .success(.request(let request)):
            switch request.kind {
            case .specialReading:
                return ["Charge: " + MeterRules.specialReadingChargeText(way: request.way ?? .reading,
                                                                         meterMillimetres: request.meterMillimetres, tariff: tariff)]
            case .meterTest:
                return ["Free if the meter reads high: it is rectified and the bill adjusted (4.8).",
                        "Accurate or reading low: a charge of \(tariff.meterTestFee.formatted) may apply (11.1)."]
            case .billingHistory:
                return ["Due to the customer by \(request.dueOn?.display ?? "") (10 business days, 14.8).",
                        "F2 writes the file under the data folder and shows where."]
            }
        case .success(.outcome(let outcome, _)):
            switch outcome.finding {
            case .readingHigh:
                let over = MeterRules.overcharge(bills: detail.bills, highByBasisPoints: outcome.highByBasisPoints, decidedOn: outcome.decidedOn)
                let high = MeterRules.percentText(outcome.highByBasisPoints)
                return ["Free test; meter to be rectified. Adjustment \(over.amount.formatted) (4.8): usage charges",
                        "\(over.usageCharges.formatted) on \(over.bills) bill(s) since \(over.since.display) × \(high) ÷ (100% + \(high)).",
                        (outcome.instruction == .refund ? "Refunded to the customer" : "Credited to the account")
                            + "; tell the customer by \(outcome.informBy?.display ?? "") (4.8(a))."]
            case .accurate, .readingLow:
                return [outcome.charge.isZero ? "Test charge waived: nothing is added to the balance."
                                              : "Test charge \(outcome.charge.formatted) added to the balance (11.1)."]
            }
        }
    }
}
