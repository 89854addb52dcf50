import TaplineDomain

/// Home's complaint figures (Charter 3.1(a)): replies overdue and due today — every
/// complaint's for supervisors, who answer for the queue; for an agent, those they logged.
public struct ComplaintHomeCounts: HomeCountSource {
    let port: any ComplaintsPort

    public init(port: any ComplaintsPort) { self.port = port }

    public func homeCounts(user: String, role: Role, today: CivilDate, calendar: BusinessCalendar) throws -> [HomeCount] {
        guard role != .trainer else { return [] }
        let waiting = try port.awaitingReply().filter { role.actsAsSupervisor || $0.timeline.first?.agent == user }
        let urgencies = ComplaintQueue.entries(waiting, today: today, calendar: calendar).map(\.urgency)
        let overdue = urgencies.filter { $0 == .overdue }.count
        let dueToday = urgencies.filter { $0 == .dueToday }.count
        let whose = role.actsAsSupervisor ? "" : " you logged"
        return [HomeCount("\(dueToday) complaint\(dueToday == 1 ? "" : "s")\(whose) due today", role: dueToday > 0 ? .warning : nil),
                HomeCount("\(overdue) overdue", role: overdue > 0 ? .danger : nil)]
    }
}
