import TaplineDomain

/// What every screen may read but not change: who is at the console, and when it is.
///
/// `now` is passed in on every call (the run loop reads the clock, or a scenario fixes it),
/// so screens stay pure and a training scenario can run on the Thursday before Easter.
public struct ScreenEnvironment: Sendable {
    public var now: LocalDateTime
    public var agent: String
    public var isDemo: Bool

    public init(now: LocalDateTime, agent: String, isDemo: Bool = false) {
        self.now = now
        self.agent = agent
        self.isDemo = isDemo
    }
}
