import Foundation
import TaplineDomain

/// The training call in progress: which scenario, on which account, and since when.
///
/// Starting a call gives the console a fresh record of trainee actions, the scenario's clock
/// and the caller's panel; finishing it scores that record and takes the panel away. These are
/// the console's own state, so `begin` and `finish` are called from screens' `reduce`, on the
/// input thread where the console runs; the lock only guards readers elsewhere (the clock, work).
public final class TrainingCall: @unchecked Sendable {
    /// A call under way.
    public struct InProgress: Sendable, Equatable {
        public let scenario: Scenario
        /// The copy of the scenario's account created for this attempt.
        public let accountNumber: String
        /// Real time the call started (the attempt's `startedAt`).
        public let startedAt: LocalDateTime
    }

    private let lock = NSLock()
    private let clock: any TrainingClock
    private weak var console: Console?
    private var inProgress: InProgress?

    public init(clock: any TrainingClock) { self.clock = clock }

    /// Connects the call to the console it drives; demo mode does this before the console starts.
    public func attach(to console: Console) {
        lock.withLock { self.console = console }
    }

    public var current: InProgress? { lock.withLock { inProgress } }

    /// What the caller has said so far in the call in progress (none when no call is under way).
    public var heard: [CallerLine] {
        let (call, console) = lock.withLock { (inProgress, self.console) }
        return call?.scenario.visibleLines(after: console?.traineeActions ?? []) ?? []
    }

    /// Starts `scenario`'s call on `accountNumber`: a fresh record of actions, its clock, the caller's panel.
    public func begin(_ scenario: Scenario, accountNumber: String) {
        let started = clock.wallClock
        let console = lock.withLock {
            inProgress = InProgress(scenario: scenario, accountNumber: accountNumber, startedAt: started)
            return self.console
        }
        clock.startScenario(at: scenario.now)
        console?.resetTraineeActions()
        console?.companion = CallerPanel(scenario: scenario)
    }

    /// Ends the call in progress and scores what `trainee` did; nil when no call is in progress.
    public func finish(trainee: String) -> TrainingAttempt? {
        let (call, console) = lock.withLock {
            defer { inProgress = nil }
            return (inProgress, self.console)
        }
        guard let call else { return nil }
        let actions = console?.traineeActions ?? []
        let finished = clock.wallClock
        clock.stopScenario()
        console?.companion = nil
        return TrainingAttempt(trainee: trainee, scenarioID: call.scenario.id, startedAt: call.startedAt, finishedAt: finished,
                               actions: actions, scoreCard: ScenarioScorer.score(call.scenario, actions: actions))
    }
}
