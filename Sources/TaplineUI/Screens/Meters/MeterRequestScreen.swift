import TaplineDomain

/// One meter request taken or one test's outcome recorded (from the meter screen): the form,
/// what F2 would record shown under it as it is typed, F2 saves against the account's version
/// read and goes back to the meter screen. A stale save keeps what was typed and Ctrl-R makes
/// the same request on the fresh copy; Esc asks before throwing typing away.
public struct MeterRequestScreen: Screen {
    public typealias Field = MeterForm.Field

    public enum Action: Sendable {
        case form(Form<Field>.Action)
        case saveKeyPressed
        /// Saved; `trainee` is the request as training scores it (none for an outcome).
        case saved(Account, message: String, trainee: TraineeAction?)
        case saveFailed(String)
        case refusedAsStale(ChangedSinceRead, fresh: AccountDetail?)
        case reapplyKeyPressed
    }

    public let context: AccountContext
    public let kind: MeterFormKind
    public private(set) var detail: AccountDetail
    public let tariff: Tariff
    public private(set) var form: Form<Field>
    public private(set) var failure: String?
    public private(set) var reapply: ReapplyOffer<MeterForm.Reading>?
    private var isSaving = false

    public init(context: AccountContext, kind: MeterFormKind, detail: AccountDetail, tariff: Tariff,
                today: CivilDate, calendar: BusinessCalendar) {
        self.context = context
        self.kind = kind
        self.detail = detail
        self.tariff = tariff
        form = MeterForm.make(kind, account: detail.account, tariff: tariff, today: today, calendar: calendar)
    }

    public var title: String { "\(kind.title) — \(context.customerName) (\(context.accountNumber))" }
    public var hasUnsavedInput: Bool { form.isDirty }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var bindings: [KeyBinding<Action>] {
        var list: [KeyBinding<Action>] = reapply == nil ? [] : [ReapplyOffer<MeterForm.Reading>.binding(Action.reapplyKeyPressed)]
        list.append(KeyBinding(.function(2), help: saveHelp, action: .saveKeyPressed))
        return list
    }

    private var saveHelp: String {
        switch kind {
        case .billingHistory: "write the history file and record the request"
        case .outcome: "record the outcome"
        default: "record the request"
        }
    }

    public var extraHelp: [KeyHint] { Form<Field>.hints }

    public func action(for key: Key) -> Action? {
        bindings.action(for: key) ?? Form<Field>.action(for: key).map(Action.form)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .form(let formAction):
            failure = nil
            form.apply(formAction)
            return .none
        case .saveKeyPressed:
            reapply = nil
            guard !isSaving else { return .none }
            switch MeterForm.read(form, kind: kind, detail: detail, tariff: tariff, today: env.today, calendar: env.calendar) {
            case .failure(let problems):
                form.errors = problems.byField
                form.focus = form.fields.map(\.id).first { problems.byField[$0] != nil }
                return fail("Not saved: correct the fields marked ✖")
            case .success(let reading):
                form.errors = [:]
                return save(reading, env: env)
            }
        case .saved(_, let message, let trainee):
            isSaving = false
            form.markSaved()
            return .message(message).and(trainee.map { .trainee($0) } ?? .none).and(.pop)
        case .saveFailed(let message):
            isSaving = false
            return fail("Not saved: \(message)")
        case .refusedAsStale(let refusal, let fresh):
            isSaving = false
            if let fresh { detail = fresh }
            guard let reading = lastReading else { return fail(refusal.message) }
            let offer = ReapplyOffer(refusal: refusal, change: reading)
            reapply = offer
            return .error(offer.message)
        case .reapplyKeyPressed:
            guard let reading = reapply.takeChange() else { return .none }
            return save(reading, env: env)
        }
    }

    private var lastReading: MeterForm.Reading?

    private mutating func save(_ reading: MeterForm.Reading, env: ScreenEnvironment) -> Effect<Action> {
        guard !isSaving else { return .none }
        lastReading = reading
        isSaving = true
        let number = context.accountNumber, version = detail.account.version, agent = env.agent, now = env.now
        let bills = detail.bills, payments = detail.payments
        return .run("save") { services in
            do {
                let port = try services.port((any MeterPort).self)
                switch reading {
                case .request(var request):
                    var written = ""
                    if request.kind == .billingHistory {
                        let history = BillingHistory(accountNumber: number, bills: bills, payments: payments,
                                                     years: request.historyYears ?? MeterRules.defaultHistoryYears, today: now.date)
                        written = try port.writeHistory(history)
                        request.historyFile = written
                    }
                    let saved = try port.record(request, on: number, readVersion: version, by: agent, at: now)
                    let message = request.kind == .billingHistory
                        ? "Billing history written to \(written); due to the customer by \(request.dueOn?.display ?? "")"
                        : "\(request.kind.displayName) recorded for account \(number)"
                    return .saved(saved, message: message, trainee: .meterRequested(kind: request.kind.rawValue))
                case .outcome(let outcome, let test):
                    guard let id = test.id else { return .saveFailed("the test has no number on record") }
                    let saved = try port.recordOutcome(outcome, ofRequest: id, on: number, readVersion: version, by: agent, at: now)
                    return .saved(saved, message: "Meter test: " + outcome.summary, trainee: nil)
                }
            } catch let stale as ChangedSinceRead {
                return .refusedAsStale(stale, fresh: try? services.port((any MeterPort).self).detail(number))
            } catch {
                return .saveFailed("\(error)")
            }
        }
    }

    private mutating func fail(_ message: String) -> Effect<Action> {
        failure = message
        return .error(message)
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("\(kind.title) for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        var y = inner.y + 1
        if case .outcome(let test) = kind {
            canvas.write(test.summary, x: inner.x, y: y, width: inner.width, role: .muted)
            y += 1
        }
        if case .independentTest(let first) = kind {
            canvas.write("After: " + first.summary, x: inner.x, y: y, width: inner.width, role: .muted)
            y += 1
        }
        var notices: [String] = []
        if let reapply { notices.append("✖ " + reapply.message) }
        if let failure { notices.append("✖ " + failure) }
        for text in notices {
            for line in TextWrap.lines(text, width: inner.width).prefix(3) where y < inner.maxY {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: .error)
                y += 1
            }
        }
        let height = min(form.height(width: inner.width), max(1, inner.maxY - y - 5))
        let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: max(1, height))
        form.render(into: &canvas, area: formArea)
        var row = formArea.maxY + 1
        for line in MeterForm.preview(form, kind: kind, detail: detail, tariff: tariff, today: env.today, calendar: env.calendar)
        where row < inner.maxY {
            canvas.write(line, x: inner.x, y: row, width: inner.width, role: .accent)
            row += 1
        }
        if row < inner.maxY {
            canvas.write("F2 saves. Every request is in the audit trail.", x: inner.x, y: row, width: inner.width, role: .muted)
        }
    }
}
