import TaplineDomain

/// Home's complaint figures (Charter 3.1(a)): replies overdue and due today — every
/// complaint's for supervisors, who answer for the queue; for an agent, their own work.
///
/// Read as two counts (`ComplaintReplyFigures`), so Home stays quick on a register of 10^5
/// open complaints, however often colleagues save (issue 12 item 6).
public struct ComplaintHomeCounts: HomeCountSource {
    let port: any ComplaintsPort

    public init(port: any ComplaintsPort) { self.port = port }

    public func homeCounts(user: String, role: Role, today: CivilDate, calendar: BusinessCalendar) throws -> [HomeCount] {
        guard role != .trainer else { return [] }
        let figures = try port.replyFigures(today: today, owner: role.actsAsSupervisor ? nil : user)
        let overdue = figures.overdue, dueToday = figures.dueToday
        let whose = role.actsAsSupervisor ? "" : " of yours"
        return [HomeCount("\(dueToday) complaint\(dueToday == 1 ? "" : "s")\(whose) due today", role: dueToday > 0 ? .warning : nil),
                HomeCount("\(overdue) overdue", role: overdue > 0 ? .danger : nil)]
    }
}
