import TaplineDomain

/// Home's conduct figure for supervisors: incidents reported and awaiting their decision.
public struct ConductHomeCounts: HomeCountSource {
    let port: any ConductPort

    public init(port: any ConductPort) { self.port = port }

    public func homeCounts(user: String, role: Role, today: CivilDate, calendar: BusinessCalendar) throws -> [HomeCount] {
        guard role.actsAsSupervisor else { return [] }
        let waiting = try port.awaitingDecisionCount(role: role)
        return [HomeCount("\(waiting) incident\(waiting == 1 ? "" : "s") awaiting your decision", role: waiting > 0 ? .warning : nil)]
    }
}
