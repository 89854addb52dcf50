import TaplineDomain

/// The customer's meter and billing-record requests (`m` on the account; Charter 4.3, 11.1,
/// 4.8, 14.8; issue 13 item 7): each request and its stage, newest first, and the keys to take
/// a new one — a special reading (`r`), a meter test (`t`), a billing history (`b`) — or to
/// record the selected test's outcome (`o`) or ask for an independent test after it (`i`).
/// Each opens `MeterRequestScreen`; coming back reloads the list and the balance.
public struct MeterScreen: Screen {
    public enum Action: Sendable {
        case loaded(AccountDetail?, [MeterRequest], Tariff?, problem: String?)
        case move(Int)
        case open(MeterFormKind)
        case outcomeKeyPressed
        case independentKeyPressed
    }

    public let context: AccountContext
    public private(set) var detail: AccountDetail?
    public private(set) var requests: [MeterRequest] = []
    public private(set) var tariff: Tariff?
    public private(set) var problem: String?
    public private(set) var selected = 0
    /// A form's key pressed before the account was read, opened as soon as it is.
    private var pending: MeterFormKind?

    public init(context: AccountContext) {
        self.context = context
    }

    public var title: String { "Meter — \(context.customerName) (\(context.accountNumber))" }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var selectedRequest: MeterRequest? { requests[safe: selected] }

    public var bindings: [KeyBinding<Action>] {
        var list: [KeyBinding<Action>] = [
            KeyBinding(.character("r"), help: "special meter reading (4.3)", action: .open(.specialReading)),
            KeyBinding(.character("t"), help: "meter test (11.1)", action: .open(.meterTest)),
            KeyBinding(.character("b"), help: "billing history file (14.8)", action: .open(.billingHistory)),
        ]
        if selectedRequest?.awaitsOutcome == true {
            list.append(KeyBinding(.character("o"), help: "record the selected test's outcome", action: .outcomeKeyPressed))
        }
        if let test = selectedRequest, MeterRules.independentTestProblem(after: test) == nil {
            list.append(KeyBinding(.character("i"), help: "independent off-site test after it (11.1)", action: .independentKeyPressed))
        }
        list += [KeyBinding(.down, help: "next request", bar: false, action: .move(1)),
                 KeyBinding(.up, help: "previous request", bar: false, action: .move(-1))]
        return list
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> { load() }
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { load() }

    private func load() -> Effect<Action> {
        let number = context.accountNumber
        return .run("meter") { services in
            do {
                let port = try services.port((any MeterPort).self)
                guard let detail = try port.detail(number) else {
                    return .loaded(nil, [], nil, problem: "There is no account \(number).")
                }
                return .loaded(detail, try port.requests(number), port.tariff, problem: nil)
            } catch {
                return .loaded(nil, [], nil, problem: "The meter requests could not be read: \(error)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let detail, let requests, let tariff, let problem):
            if let detail { self.detail = detail }
            if detail != nil { self.requests = requests }
            if let tariff { self.tariff = tariff }
            self.problem = problem
            selected = min(selected, max(0, self.requests.count - 1))
            guard let kind = pending, self.detail != nil, self.tariff != nil else { return .none }
            pending = nil
            return reduce(.open(kind), env: env)
        case .move(let delta):
            guard !requests.isEmpty else { return .none }
            selected = min(max(0, selected + delta), requests.count - 1)
            return .none
        case .open(let kind):
            guard let detail, let tariff else {
                pending = problem == nil ? kind : nil
                return .none
            }
            return .push(MeterRequestScreen(context: context, kind: kind, detail: detail, tariff: tariff,
                                            today: env.today, calendar: env.calendar))
        case .outcomeKeyPressed:
            guard let test = selectedRequest else { return .none }
            guard test.awaitsOutcome else { return .error("Only a meter test awaiting its outcome can have one recorded") }
            return reduce(.open(.outcome(of: test)), env: env)
        case .independentKeyPressed:
            guard let test = selectedRequest else { return .none }
            if let problem = MeterRules.independentTestProblem(after: test) { return .error("No independent test: \(problem)") }
            return reduce(.open(.independentTest(after: test)), env: env)
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("Meter and billing-record requests for \(context.customerName), account \(context.accountNumber)",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        guard let detail else {
            canvas.write(problem ?? "Reading the account…", x: inner.x, y: inner.y + 2, width: inner.width,
                         role: problem == nil ? .muted : .error)
            return
        }
        let account = detail.account
        let balance = account.balance.isNegative ? "\((-account.balance).formatted) in credit"
            : (account.balance.isZero ? "nothing owed" : "\(account.balance.formatted) owed")
        canvas.write("\(account.property.servicePipeSizeMillimetres) mm meter · balance \(balance)",
                     x: inner.x, y: inner.y + 1, width: inner.width, role: .text)
        var y = inner.y + 2
        if let problem {
            canvas.write("✖ " + problem, x: inner.x, y: y, width: inner.width, role: .error)
            y += 1
        }
        let listHeight = max(3, min(requests.count + 1, (inner.maxY - y) / 2))
        let listArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: listHeight)
        if requests.isEmpty {
            canvas.write("No meter or billing-record requests on this account.", x: inner.x, y: y + 1, width: inner.width, role: .muted)
        } else {
            var table = Table(columns: [.init("Requested", width: 10), .init("Request", width: 28), .init("Stage")],
                              rows: requests.map { Table.Row([$0.requestedOn.iso, $0.independent ? "Independent meter test (11.1)" : $0.kind.displayName,
                                                              Self.stage($0)]) })
            table.pageSize = max(1, listHeight - 1)
            table.move(by: selected)
            table.render(into: &canvas, area: listArea)
        }
        var row = listArea.maxY + 1
        if let request = selectedRequest {
            var lines = TextWrap.lines(request.summary, width: inner.width)
            if let file = request.historyFile {
                // A path has no spaces to wrap at: it is cut into rows, so all of it can be read.
                lines.append("File written:")
                var rest = Substring(file)
                while !rest.isEmpty {
                    lines.append(String(rest.prefix(inner.width)))
                    rest = rest.dropFirst(inner.width)
                }
            }
            for line in lines where row < inner.maxY - 1 {
                canvas.write(line, x: inner.x, y: row, width: inner.width, role: .text)
                row += 1
            }
        }
        canvas.write("r reading · t test · b billing history · o outcome · i independent test",
                     x: inner.x, y: inner.maxY - 1, width: inner.width, role: .muted)
    }

    /// The request's stage in a few words, for the list.
    static func stage(_ request: MeterRequest) -> String {
        switch request.kind {
        case .specialReading: return request.charge.isZero ? "no charge" : "\(request.charge.formatted) charged"
        case .billingHistory: return "due to the customer \(request.dueOn?.short ?? "")"
        case .meterTest:
            guard let outcome = request.outcome else { return "booked \(request.dueOn?.short ?? ""), awaiting outcome" }
            switch outcome.finding {
            case .readingHigh: return "reading high: \(outcome.adjustment.formatted) " + (outcome.instruction == .refund ? "to refund" : "credited")
            case .accurate, .readingLow:
                return outcome.finding.displayName + (outcome.charge.isZero ? ", charge waived" : ": \(outcome.charge.formatted) charged")
            }
        }
    }
}
