/// A guided training scenario: a caller, the account they ring about, and what a good agent does.
///
/// Scenarios are data (one TOML file each in `scenarios/`), so trainers can add one without
/// a release. The console creates `fixture` in the demo database, opens it on `startScreen`,
/// runs the call at the simulated time `now`, reveals `callerLines` as the trainee acts, and
/// at the end scores the recorded actions with `ScenarioScorer`.
public struct Scenario: Codable, Sendable, Hashable, Identifiable {
    public let id: String
    public let title: String
    /// One or two sentences for the scenario list and the trainee's briefing.
    public let summary: String
    /// The console screen the trainee starts on, by name ("account", "complaints"); the console maps it.
    public let startScreen: String
    /// The scenario clock: when the call arrives. Rules that depend on the day (due dates,
    /// "not on a Friday") are judged at this time, not the real one.
    public let now: LocalDateTime
    public let fixture: ScenarioFixture
    public let callerLines: [CallerLine]
    public let expectations: [ScenarioExpectation]

    public init(id: String, title: String, summary: String, startScreen: String, now: LocalDateTime,
                fixture: ScenarioFixture, callerLines: [CallerLine], expectations: [ScenarioExpectation]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.startScreen = startScreen
        self.now = now
        self.fixture = fixture
        self.callerLines = callerLines
        self.expectations = expectations
    }

    /// The most points an attempt can score.
    public var maxPoints: Int { expectations.reduce(0) { $0 + $1.points } }

    /// The caller's lines the side panel shows once the trainee has done `actions`.
    ///
    /// Lines appear in file order, one after another: a line shows when every line before it
    /// shows and the action it waits for (if any) has been done at some point. So the
    /// conversation never skips ahead, and a trainee who acts out of order does not stall it.
    public func visibleLines(after actions: [TimedTraineeAction]) -> [CallerLine] {
        let done = Set(actions.map(\.action.kind))
        var shown: [CallerLine] = []
        for line in callerLines {
            if let trigger = line.revealAfter, !done.contains(trigger) { break }
            shown.append(line)
        }
        return shown
    }
}

/// One thing the caller says, shown at the start or once the trainee has done a kind of action.
public struct CallerLine: Codable, Sendable, Hashable {
    public let text: String
    /// The action that makes this line appear; nil shows it from the start of the call.
    public let revealAfter: TraineeActionKind?

    public init(text: String, revealAfter: TraineeActionKind? = nil) {
        self.text = text
        self.revealAfter = revealAfter
    }
}
