import Foundation
import Testing
import TaplineDomain
@testable import tapline

/// A real time the test sets.
private final class SetClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = LocalDateTime(iso: "2026-03-02T09:05")!.instant(in: UtilityZone.melbourne.timeZone)
    var now: Date { lock.withLock { instant } }
    func advance(minutes: Double) { lock.withLock { instant += minutes * 60 } }
}

@Suite("Demo clock: real time, or the scenario's moment moving on in real time")
struct DemoScenarioClockTests {
    @Test func beforeAScenarioTheClockIsRealTime() {
        let real = SetClock()
        let clock = ScenarioClock(zone: .melbourne, real: { real.now })
        #expect(clock.now() == LocalDateTime(iso: "2026-03-02T09:05"))
        #expect(clock.wallClock == LocalDateTime(iso: "2026-03-02T09:05"))
    }

    @Test func duringAScenarioTheClockStartsAtItsMomentAndMovesOnInRealTime_3_1a() {
        // Given a call that starts on the Thursday before Easter at 10:30
        let real = SetClock()
        let clock = ScenarioClock(zone: .melbourne, real: { real.now })
        clock.startScenario(at: LocalDateTime(iso: "2025-04-17T10:30")!)
        #expect(clock.now() == LocalDateTime(iso: "2025-04-17T10:30"))
        // When twelve real minutes pass
        real.advance(minutes: 12)
        // Then the console reads 10:42 that Thursday, while attempts are stamped in real time
        #expect(clock.now() == LocalDateTime(iso: "2025-04-17T10:42"))
        #expect(clock.wallClock == LocalDateTime(iso: "2026-03-02T09:17"))
        // And stopping puts the console back on real time
        clock.stopScenario()
        #expect(clock.now() == LocalDateTime(iso: "2026-03-02T09:17"))
    }

    @Test func aScenarioClockRunsPastMidnightIntoTheNextDay() {
        let real = SetClock()
        let clock = ScenarioClock(zone: .melbourne, real: { real.now })
        clock.startScenario(at: LocalDateTime(iso: "2025-04-17T23:55")!)
        real.advance(minutes: 10)
        #expect(clock.now() == LocalDateTime(iso: "2025-04-18T00:05"))
    }
}
