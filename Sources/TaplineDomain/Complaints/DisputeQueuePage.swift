/// Which part of the open-disputes queue to read (Charter 3.1(e), 3.2): narrowed by owner and
/// level, one page at a time, on `today`.
///
/// The calendar is applied here: `stillWaitingFrom` turns 3.2(b)'s "10 business days have
/// passed" into a date a store compares its `DisputeFacts.decidedOn` with, and the page's
/// entries say what each waits on by the same calendar.
public struct DisputeQueueQuery: Hashable, Sendable {
    public var owner: String?
    public var level: EscalationLevel?
    public let today: CivilDate
    public let calendar: BusinessCalendar
    /// The earliest decision day whose 10 business days have not ended on `today`.
    public let stillWaitingFrom: CivilDate
    /// Rows skipped, and the most returned (0: only the figures).
    public var offset: Int
    public var limit: Int

    public init(today: CivilDate, calendar: BusinessCalendar, owner: String? = nil, level: EscalationLevel? = nil,
                offset: Int = 0, limit: Int = 100) {
        self.today = today
        self.calendar = calendar
        self.stillWaitingFrom = DisputeResolution.earliestDecisionStillWaiting(today: today, calendar: calendar)
        self.owner = owner
        self.level = level
        self.offset = max(0, offset)
        self.limit = max(0, limit)
    }

    /// Whether the complaint is one the query narrows to (owner and level, not the page).
    public func matches(_ complaint: Complaint) -> Bool {
        (owner.map { complaint.owner == $0 } ?? true) && (level.map { complaint.level == $0 } ?? true)
    }
}

/// A page of the open disputes, in `DisputeQueue`'s order, with the figures for all of them.
public struct DisputeQueuePage: Hashable, Sendable {
    public let entries: [DisputeQueueEntry]
    /// Offset of the first entry within the whole queue.
    public let offset: Int
    /// How many disputes are open, how much they hold from collection (3.1(e)), and how many
    /// are ready to be marked resolved (3.2).
    public let total: Int
    public let held: Money
    public let ready: Int

    public init(entries: [DisputeQueueEntry], offset: Int, total: Int, held: Money, ready: Int) {
        self.entries = entries
        self.offset = offset
        self.total = total
        self.held = held
        self.ready = ready
    }

    /// The page of the whole queue of `complaints` that `query` asks for: the definition a
    /// store's page must equal.
    public static func of(_ complaints: [Complaint], _ query: DisputeQueueQuery) -> DisputeQueuePage {
        let all = DisputeQueue.entries(complaints.filter(query.matches), today: query.today, calendar: query.calendar)
        let start = min(query.offset, all.count)
        let end = start + min(query.limit, all.count - start)
        return DisputeQueuePage(entries: Array(all[start..<end]), offset: start, total: all.count,
                                held: all.compactMap(\.held).reduce(.zero, +),
                                ready: all.filter { $0.resolvableSince != nil }.count)
    }
}
