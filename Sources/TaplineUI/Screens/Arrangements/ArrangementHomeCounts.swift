import TaplineDomain

/// Home's follow-up figure for promises to pay (Charter 5.5(a)): "1 promise to pay missed" —
/// every promise for supervisors, who answer for the follow-up; for an agent, the promises they
/// took. Shown only when there is one, so Home's line keeps its room for the rest.
public struct ArrangementHomeCounts: HomeCountSource {
    let port: any ArrangementsPort

    public init(port: any ArrangementsPort) { self.port = port }

    public func homeCounts(user: String, role: Role, today: CivilDate, calendar: BusinessCalendar) throws -> [HomeCount] {
        guard role != .trainer else { return [] }
        let missed = try port.promisesToFollowUp(today: today, takenBy: role.actsAsSupervisor ? nil : user).count
        guard missed > 0 else { return [] }
        return [HomeCount("\(missed) promise\(missed == 1 ? "" : "s") to pay missed", role: .warning)]
    }
}
