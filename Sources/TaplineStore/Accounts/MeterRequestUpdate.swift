import TaplineDomain

/// What saving a meter request does, the same on both stores: the rules checked, the row's
/// columns and the audit trail's words.
public enum MeterRequestUpdate {
    /// The columns of a new request, in the order `kind, requested_on, meter_mm, way,
    /// charge_cents, due_on, independent, history_years, history_file`.
    /// `earlier` are the account's requests on record (an independent test follows one of them).
    public static func columns(_ request: MeterRequest, over account: Account, earlier: [MeterRequest], today: CivilDate) throws -> [String?] {
        if let problem = problem(request, earlier: earlier, today: today) {
            throw StoreError.invalidAccount(accountNumber: account.accountNumber, reason: problem)
        }
        return [request.kind.rawValue, StoredText.date(request.requestedOn), String(request.meterMillimetres), request.way?.rawValue,
                String(request.charge.cents), request.dueOn.map(StoredText.date), request.independent ? "1" : "0",
                request.historyYears.map(String.init), request.historyFile]
    }

    /// The outcome's columns in the order `finding, decided_on, high_by_bp, adjustment_cents,
    /// instruction, inform_by, test_charge_cents`, once the rules allow it on `request`.
    public static func outcomeColumns(_ outcome: MeterTestOutcome, on request: MeterRequest, accountNumber: String,
                                      today: CivilDate) throws -> [String?] {
        if let problem = MeterRules.outcomeProblem(outcome, on: request, today: today) {
            throw StoreError.invalidAccount(accountNumber: accountNumber, reason: problem)
        }
        return [outcome.finding.rawValue, StoredText.date(outcome.decidedOn), String(outcome.highByBasisPoints),
                String(outcome.adjustment.cents), outcome.instruction?.rawValue, outcome.informBy.map(StoredText.date),
                String(outcome.charge.cents)]
    }

    /// Why a new request may not be saved, or nil: what 4.3 allows to be charged, a test's
    /// booking (an independent one only after a first test), a history's years.
    static func problem(_ request: MeterRequest, earlier: [MeterRequest], today: CivilDate) -> String? {
        if request.requestedOn > today { return "a request cannot be dated after today" }
        if request.outcome != nil { return "a new request has no outcome yet" }
        switch request.kind {
        case .specialReading:
            guard let way = request.way else { return "say whether it is a special reading or an estimated bill (4.3)" }
            let allowed = way == .reading && request.meterMillimetres >= MeterRules.chargeableMeterMillimetres
            if !request.charge.isZero && !allowed { return "a special reading is charged only for a meter of 32 mm or larger (4.3)" }
        case .meterTest:
            if let due = request.dueOn, due < request.requestedOn { return "a test cannot be booked before it was requested" }
            if !request.charge.isZero { return "a meter test is charged only once its outcome is known (11.1)" }
            if request.independent, !earlier.contains(where: { MeterRules.independentTestProblem(after: $0) == nil }) {
                return "an independent off-site test follows a first test that found the meter accurate or reading low (11.1)"
            }
        case .billingHistory:
            if let problem = MeterRules.historyYearsProblem(request.historyYears ?? 0) { return problem }
            if request.dueOn == nil { return "a billing history needs the day it is due (14.8)" }
        }
        return request.charge.isNegative ? "a request's charge cannot be negative" : nil
    }

    /// The audit trail's words for a new request: "meter request: Meter test (11.1) requested …".
    public static func auditDetail(_ request: MeterRequest) -> String { "meter request: " + request.summary }

    /// The audit trail's words for an outcome: "meter test outcome: … → reading high …".
    public static func outcomeAuditDetail(_ outcome: MeterTestOutcome, on request: MeterRequest) -> String {
        "meter test requested \(request.requestedOn.display): awaiting its outcome → " + outcome.summary
    }

    /// A request from stored values; nil when a value is not one the schema allows.
    public static func request(id: Int64, kind: String?, requestedOn: CivilDate?, meterMillimetres: Int, way: String?, chargeCents: Int64,
                               dueOn: CivilDate?, independent: Bool, historyYears: Int?, historyFile: String?,
                               finding: String?, decidedOn: CivilDate?, highByBasisPoints: Int, adjustmentCents: Int64,
                               instruction: String?, informBy: CivilDate?, testChargeCents: Int64) -> MeterRequest? {
        guard let kind = kind.flatMap(MeterRequest.Kind.init(rawValue:)), let requestedOn else { return nil }
        var outcome: MeterTestOutcome?
        if let finding = finding.flatMap(MeterTestOutcome.Finding.init(rawValue:)), let decidedOn {
            outcome = MeterTestOutcome(finding: finding, decidedOn: decidedOn, highByBasisPoints: highByBasisPoints,
                                       adjustment: Money(cents: adjustmentCents),
                                       instruction: instruction.flatMap(MeterTestOutcome.Instruction.init(rawValue:)),
                                       informBy: informBy, charge: Money(cents: testChargeCents))
        }
        return MeterRequest(id: id, kind: kind, requestedOn: requestedOn, meterMillimetres: meterMillimetres,
                            way: way.flatMap(MeterRequest.SpecialReadingWay.init(rawValue:)), charge: Money(cents: chargeCents),
                            dueOn: dueOn, independent: independent, outcome: outcome, historyYears: historyYears,
                            historyFile: historyFile)
    }
}
