import TaplineDomain

/// The trainer's view: every trainee's attempts and scores in this demo database, and the misses most made.
///
/// Loaded afresh each time it is shown, so a trainer sees attempts finished at other consoles
/// on the same demo database. Trainers and supervisors only: the store refuses agents and the
/// refusal is shown as it is. ↑/↓ and PgUp/PgDn scroll.
public struct TrainerViewScreen: Screen {
    public enum Action: Sendable {
        case loaded(TrainerReport)
        case failed(String)
        case scroll(Int)
    }

    public private(set) var report: TrainerReport?
    public private(set) var problem: String?
    public private(set) var offset = 0
    /// Scenario titles by id, to name scenarios in the report.
    public let titles: [String: String]
    private let port: any TrainingPort

    public init(port: any TrainingPort, titles: [String: String] = [:]) {
        self.port = port
        self.titles = titles
    }

    public var title: String { "Trainer view" }

    public var bindings: [KeyBinding<Action>] {
        // Each key its own line in help: ↓ and ↑ both listed, as each does something.
        [KeyBinding(.down, label: "↓", help: "scroll down", action: .scroll(1)),
         KeyBinding(.up, label: "↑", help: "scroll up", action: .scroll(-1)),
         KeyBinding(.pageDown, label: "PgDn", help: "next page", bar: false, action: .scroll(10)),
         KeyBinding(.pageUp, label: "PgUp", help: "previous page", bar: false, action: .scroll(-10))]
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        let port = self.port, role = env.role
        return .run("report") { _ in
            do { return .loaded(try port.trainerReport(for: role)) } catch {
                return .failed((error as? TrainingRefusal)?.message ?? "the attempts could not be read: \(error)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let report):
            self.report = report
            problem = nil
            return .none
        case .failed(let message):
            problem = message
            return .none
        case .scroll(let delta):
            // At most to the last line at the narrowest terminal (a training caller's strip can
            // leave few rows, and every line must stay reachable); bounds the presses past the end.
            let count = report.map { rows($0, width: Console.minimumSize.width - 2).count } ?? 0
            offset = ScrollingLines.clampedOffset(offset + delta, lineCount: count, height: 1)
            return .none
        }
    }

    private func name(_ scenarioID: String) -> String { titles[scenarioID] ?? scenarioID }

    /// The report as rows for `width`: trainees with each attempt, then the misses most made.
    func rows(_ report: TrainerReport, width: Int) -> [(text: String, role: StyleRole)] {
        var rows: [(String, StyleRole)] = []
        rows.append(("Trainees", .title))
        if report.trainees.isEmpty { rows.append(("No attempts yet: trainees' scores appear here as they finish calls.", .muted)) }
        for trainee in report.trainees {
            let count = trainee.attempts.count
            rows.append(("\(trainee.trainee) · \(count) attempt\(count == 1 ? "" : "s") · average \(trainee.averagePercent)%", .accent))
            for attempt in trainee.attempts.reversed() {
                let card = attempt.scoreCard
                let mark = card.isFullMarks ? "✔" : "✖"
                let score = "\(mark) \(card.points)/\(card.maxPoints) \(String(card.percent).padded(toWidth: 3, alignRight: true))%"
                rows.append(("  \(attempt.startedAt.display)  \(score)  \(name(attempt.scenarioID))", card.isFullMarks ? .success : .text))
            }
        }
        rows.append(("", .text))
        rows.append(("Misses made most often", .title))
        if report.commonMisses.isEmpty { rows.append(("No misses yet.", .muted)) }
        for miss in report.commonMisses {
            let lead = "\(miss.count)× ".padded(toWidth: 5)
            for (n, line) in TextWrap.lines("\(name(miss.scenarioID)): \(miss.description)", width: width - 5).enumerated() {
                rows.append(((n == 0 ? lead : "     ") + line, n == 0 ? .warning : .text))
            }
            rows.append(("     \(miss.clause) · missed by \(miss.trainees.joined(separator: ", "))", .muted))
        }
        return rows
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        if let problem {
            for (n, line) in TextWrap.lines("✖ " + problem, width: inner.width).enumerated() {
                canvas.write(line, x: inner.x, y: inner.y + n, width: inner.width, role: .error)
            }
            return
        }
        guard let report else {
            canvas.write("Reading the attempts…", x: inner.x, y: inner.y, width: inner.width, role: .muted)
            return
        }
        // The shared scrolling lines: the "more" marker takes a row of its own, never the end of a line of text.
        ScrollingLines(rows(report, width: inner.width), offset: offset).render(into: &canvas, area: inner)
    }
}
