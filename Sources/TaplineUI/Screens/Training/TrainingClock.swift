import TaplineDomain

/// The console's clock as training drives it: real time, or a scenario's time while a call runs.
///
/// A scenario happens on its own day (the Thursday before Easter 2025), so while its call runs
/// the console's clock starts from the scenario's `now` and moves on in real time; due dates and
/// "not after 3 pm" are judged on it. The executable owns the real clock; screens never read it.
public protocol TrainingClock: AnyObject, Sendable {
    /// Runs the console's clock from `start` until `stopScenario()`.
    func startScenario(at start: LocalDateTime)
    /// Puts the console back on real time.
    func stopScenario()
    /// The real time now in the utility's zone, whatever a scenario says: when attempts start and end.
    var wallClock: LocalDateTime { get }
}
