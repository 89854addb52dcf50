/// Which part of the reply queue to read (Charter 3.1(a)): complaints awaiting a reply, most
/// urgent first, narrowed by owner and level, one page at a time.
public struct ComplaintQueueQuery: Hashable, Sendable {
    /// Only complaints that are this login's work ("My work").
    public var owner: String?
    public var level: EscalationLevel?
    /// The day urgency is counted on, and the last reply date that is due soon on it.
    public let today: CivilDate
    public let dueSoonThrough: CivilDate
    /// Rows skipped, and the most returned (0: only the counts).
    public var offset: Int
    public var limit: Int

    public init(today: CivilDate, calendar: BusinessCalendar, owner: String? = nil, level: EscalationLevel? = nil,
                offset: Int = 0, limit: Int = 100) {
        self.today = today
        self.dueSoonThrough = ComplaintUrgency.dueSoonThrough(today: today, calendar: calendar)
        self.owner = owner
        self.level = level
        self.offset = max(0, offset)
        self.limit = max(0, limit)
    }
}

/// A page of the reply queue with the figures for the whole of it.
///
/// Rows come in the domain's queue order (`ComplaintQueue`): by reply date, then time
/// received. Urgency only ever rises as the reply date nears, so that is the order by urgency.
public struct ComplaintQueuePage: Hashable, Sendable {
    public let rows: [ComplaintSummary]
    /// Offset of the first row within the whole queue.
    public let offset: Int
    /// How many complaints match, and how many of them are overdue, due today and due soon.
    public let total: Int
    public let overdue: Int
    public let dueToday: Int
    public let dueSoon: Int

    public init(rows: [ComplaintSummary], offset: Int, total: Int, overdue: Int, dueToday: Int, dueSoon: Int) {
        self.rows = rows
        self.offset = offset
        self.total = total
        self.overdue = overdue
        self.dueToday = dueToday
        self.dueSoon = dueSoon
    }

    /// How many of the queue have `urgency`.
    public func count(_ urgency: ComplaintUrgency) -> Int {
        switch urgency {
        case .overdue: return overdue
        case .dueToday: return dueToday
        case .dueSoon: return dueSoon
        case .onTrack: return total - overdue - dueToday - dueSoon
        }
    }
}
