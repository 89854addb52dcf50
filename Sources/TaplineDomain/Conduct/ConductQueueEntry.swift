/// One row of the supervisors' review queue: the incident and the earlier ones that make it a repeat.
public struct ConductQueueEntry: Hashable, Sendable {
    public var incident: ConductIncident
    /// Earlier incidents on the same account or by the same person within 12 months, oldest first
    /// (`RepeatOffender.earlierIncidents`).
    public var earlier: [ConductIncident]

    public init(incident: ConductIncident, earlier: [ConductIncident]) {
        self.incident = incident
        self.earlier = earlier
    }

    public var isRepeat: Bool { !earlier.isEmpty }
}
