import Foundation
import TaplineDomain
import TaplineUI

/// Demo mode's clock: real time, until a training call starts; then the scenario's moment, moving on in real time.
///
/// A scenario set at 10:30 on the Thursday before Easter reads 10:30 when the call starts and
/// 10:42 twelve minutes later, so due dates and "not after 3 pm" are judged on the scenario's
/// day, and the times on a score card read naturally.
final class ScenarioClock: TrainingClock, @unchecked Sendable {
    private let zone: UtilityZone
    private let real: @Sendable () -> Date
    private let lock = NSLock()
    /// When (really) the scenario started, and the instant its clock started from.
    private var running: (realStart: Date, scenarioStart: Date)?

    init(zone: UtilityZone, real: @escaping @Sendable () -> Date = { Date() }) {
        self.zone = zone
        self.real = real
    }

    /// The console's time now.
    func now() -> LocalDateTime {
        let now = real()
        guard let running = lock.withLock({ self.running }) else { return zone.local(now) }
        return zone.local(running.scenarioStart.addingTimeInterval(now.timeIntervalSince(running.realStart)))
    }

    var wallClock: LocalDateTime { zone.local(real()) }

    func startScenario(at start: LocalDateTime) {
        let begun = (realStart: real(), scenarioStart: start.instant(in: zone.timeZone))
        lock.withLock { running = begun }
    }

    func stopScenario() {
        lock.withLock { running = nil }
    }
}
