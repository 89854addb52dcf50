import TaplineDomain

/// Demo mode's list of training scenarios: start a call, and finish it to see the score.
///
/// Enter starts the selected scenario: a fresh copy of its customer's account is created, the
/// console's clock moves to the scenario's moment, the caller's panel opens and the account
/// screen is pushed on top of this one (with the latest earlier complaint over it when the
/// scenario starts on "complaint"), so Esc comes back here. F8 here
/// finishes the call: it is scored, saved for the trainer and shown on a score card. Files
/// that did not load are listed with their file and line, so a trainer can fix them.
public struct TrainingScenariosScreen: Screen {
    public enum Action: Sendable {
        case move(Int)
        case startSelected
        case callPrepared(scenario: Int, PreparedCall)
        case callFailed(String)
        case finishCall
        case attemptSaved(TrainingAttempt, title: String)
        case attemptNotSaved(TrainingAttempt, title: String, problem: String)
        case refreshCall
    }

    public let catalogue: TrainingCatalogue
    public private(set) var list: ListView
    /// The call under way when this screen last looked.
    public private(set) var inProgress: TrainingCall.InProgress?
    /// What the caller has said so far, when this screen last looked.
    public private(set) var heard: [CallerLine] = []
    /// Waiting for the scenario's account to be created.
    public private(set) var isStarting = false
    private let call: TrainingCall
    private let port: any TrainingPort

    public init(catalogue: TrainingCatalogue, call: TrainingCall, port: any TrainingPort) {
        self.catalogue = catalogue
        self.call = call
        self.port = port
        self.list = ListView(items: catalogue.scenarios.map {
            ListView.Item($0.title, detail: $0.fixture.customerName)
        })
        self.inProgress = call.current
    }

    public var title: String { "Training scenarios" }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.up, label: "↑/↓", help: "previous scenario", bar: false, action: .move(-1)),
         KeyBinding(.down, help: "next scenario", bar: false, action: .move(1)),
         KeyBinding(.enter, help: "start the call", bar: inProgress == nil, action: .startSelected),
         KeyBinding(.function(8), help: "finish the call and score it", bar: inProgress != nil, action: .finishCall)]
    }

    /// Coming back from the call (Esc from the account) shows whether it is still under way.
    public func appear(env: ScreenEnvironment) -> Effect<Action> { .run("call") { _ in .refreshCall } }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .refreshCall:
            inProgress = call.current
            heard = call.heard
            return .none
        case .move(let delta):
            list.move(by: delta)
            return .none
        case .startSelected:
            if let inProgress = call.current {
                return .error("Still on the call “\(inProgress.scenario.title)”: F8 finishes it first")
            }
            guard catalogue.scenarios.indices.contains(list.selected), !isStarting else { return .none }
            isStarting = true
            let index = list.selected, scenario = catalogue.scenarios[list.selected]
            let port = self.port, trainee = env.agent, now = env.now
            return .run("start") { _ in
                do {
                    return .callPrepared(scenario: index, try port.prepareCall(scenario, for: trainee, at: now))
                } catch {
                    return .callFailed("The call could not start: \(Self.describe(error))")
                }
            }
        case .callPrepared(let index, let prepared):
            isStarting = false
            let scenario = catalogue.scenarios[index]
            call.begin(scenario, accountNumber: prepared.accountNumber)
            inProgress = call.current
            heard = call.heard
            var effect: Effect<Action> = .push(AccountScreen(accountNumber: prepared.accountNumber, recordsCall: false))
            if scenario.startScreen == "complaint", let latest = prepared.complaintNumbers.last {
                effect = effect.and(.push(ComplaintDetailScreen(number: latest, customerName: scenario.fixture.customerName)))
            }
            return effect.and(.message("On the call with \(scenario.fixture.customerName): F12 ends it from any screen", role: .info))
        case .callFailed(let message):
            isStarting = false
            return .error(message)
        case .finishCall:
            guard let attempt = call.finish(trainee: env.agent), let scenario = inProgress?.scenario ?? scenario(attempt.scenarioID) else {
                inProgress = nil
                return .error("No training call is under way: choose a scenario and press Enter")
            }
            inProgress = nil
            heard = []
            let port = self.port, title = scenario.title
            return .run { _ in
                do {
                    try port.save(attempt)
                    return .attemptSaved(attempt, title: title)
                } catch {
                    return .attemptNotSaved(attempt, title: title, problem: Self.describe(error))
                }
            }
        case .attemptSaved(let attempt, let title):
            return .push(ScoreCardScreen(attempt: attempt, scenarioTitle: title))
        case .attemptNotSaved(let attempt, let title, let problem):
            return .push(ScoreCardScreen(attempt: attempt, scenarioTitle: title))
                .and(.error("This score was not saved for the trainer: \(problem)"))
        }
    }

    private func scenario(_ id: String) -> Scenario? { catalogue.scenarios.first { $0.id == id } }

    /// A refusal's own words, else the error as Swift describes it.
    static func describe(_ error: any Error) -> String {
        (error as? TrainingRefusal)?.message ?? "\(error)"
    }

    // MARK: - Drawing

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        if let inProgress {
            return renderCall(inProgress, into: &canvas, area: inner)
        }
        var y = inner.y + 1
        // Wrapped: at 80 columns one row cut it at "F8 here ends the call …", before "and scores it".
        for line in TextWrap.lines("Choose a call to take. The caller speaks in the panel; F8 here ends the call and scores it.",
                                   width: inner.width) {
            canvas.write(line, x: inner.x, y: y, width: inner.width, role: .muted)
            y += 1
        }
        y += 1
        if catalogue.scenarios.isEmpty {
            canvas.write("No training scenarios could be loaded.", x: inner.x, y: y, width: inner.width, role: .warning)
            y += 2
        } else {
            let height = min(catalogue.scenarios.count, max(1, inner.maxY - y - 6))
            list.render(into: &canvas, area: Rect(x: inner.x, y: y, width: inner.width, height: height), titleWidth: 44)
            y += height + 1
            y = renderBriefing(catalogue.scenarios[list.selected], into: &canvas, x: inner.x, y: y, width: inner.width, bottom: inner.maxY)
        }
        renderProblems(into: &canvas, x: inner.x, y: y + 1, width: inner.width, bottom: inner.maxY)
    }

    /// The call under way: who, on which account, and everything the caller has said so far.
    private func renderCall(_ call: TrainingCall.InProgress, into canvas: inout Canvas, area: Rect) {
        canvas.write("▶ On the call: \(call.scenario.title)", x: area.x, y: area.y + 1, width: area.width, role: .warning)
        canvas.write("\(call.scenario.fixture.customerName) · account \(call.accountNumber) · F8 ends the call and scores it",
                     x: area.x, y: area.y + 2, width: area.width, role: .text)
        var y = area.y + 4
        if y < area.maxY { canvas.write("The caller so far:", x: area.x, y: y, width: area.width, role: .title) }
        y += 1
        for line in heard {
            for (n, text) in TextWrap.lines(line.text, width: area.width - 2).enumerated() where y < area.maxY {
                canvas.write((n == 0 ? "“ " : "  ") + text, x: area.x, y: y, width: area.width, role: .text)
                y += 1
            }
        }
    }

    /// The selected scenario's moment and summary; returns the next free row.
    private func renderBriefing(_ scenario: Scenario, into canvas: inout Canvas, x: Int, y: Int, width: Int, bottom: Int) -> Int {
        var y = y
        guard y < bottom else { return y }
        canvas.write("\(scenario.now.display) · \(scenario.fixture.customerName) · \(scenario.maxPoints) points",
                     x: x, y: y, width: width, role: .accent)
        y += 1
        for line in TextWrap.lines(scenario.summary, width: width) where y < bottom {
            canvas.write(line, x: x, y: y, width: width, role: .text)
            y += 1
        }
        return y
    }

    private func renderProblems(into canvas: inout Canvas, x: Int, y: Int, width: Int, bottom: Int) {
        guard !catalogue.problems.isEmpty, y < bottom else { return }
        let count = catalogue.problems.count
        canvas.write("▲ \(count) scenario file\(count == 1 ? "" : "s") could not be loaded:", x: x, y: y, width: width, role: .warning)
        var row = y + 1
        for problem in catalogue.problems {
            for line in TextWrap.lines(problem, width: width - 2) where row < bottom {
                canvas.write(line, x: x + 2, y: row, width: width - 2, role: .warning)
                row += 1
            }
        }
    }
}
