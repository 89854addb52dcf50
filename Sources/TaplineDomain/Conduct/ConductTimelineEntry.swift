/// One accepted step of an incident: what happened, when, and who recorded it.
public struct ConductTimelineEntry: Hashable, Sendable, Codable {
    public let step: ConductStep
    public let at: LocalDateTime
    /// The user who applied the step (an agent or a supervisor).
    public let by: String

    public init(step: ConductStep, at: LocalDateTime, by: String) {
        self.step = step
        self.at = at
        self.by = by
    }
}
