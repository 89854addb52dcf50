/// One page of a conduct list read a page at a time (issue 12 item 6), with how many the
/// whole list holds: the supervisors' review queue and the restrictions due for review.
///
/// A contact centre's lists run to 10^5 incidents, so screens read the first page, the next
/// as the selection nears the end of what is loaded, and again all that is loaded when the
/// store changes. `of(_:offset:limit:)` is the definition a store's page must equal: the
/// slice of the whole list, in the domain's order.
public struct ConductPage<Row: Hashable & Sendable>: Hashable, Sendable {
    public let rows: [Row]
    /// Offset of the first row within the whole list.
    public let offset: Int
    /// How many rows the whole list holds.
    public let total: Int

    public init(rows: [Row], offset: Int, total: Int) {
        self.rows = rows
        self.offset = offset
        self.total = total
    }

    /// The rows of `all` (the whole list, in order) from `offset`, at most `limit` of them.
    public static func of(_ all: [Row], offset: Int, limit: Int) -> ConductPage {
        let start = min(max(0, offset), all.count)
        let end = start + min(max(0, limit), all.count - start)
        return ConductPage(rows: Array(all[start..<end]), offset: start, total: all.count)
    }
}

/// A page of the review queue: each incident with the earlier ones that make it a repeat.
public typealias IncidentReviewQueuePage = ConductPage<ConductQueueEntry>
/// A page of the restrictions due for review.
public typealias RestrictionsDuePage = ConductPage<RestrictionDueForReview>

/// Which part of a conduct list to read: rows skipped, and the most returned (0: only the total).
public struct ConductPageRange: Hashable, Sendable {
    public let offset: Int
    public let limit: Int

    public init(offset: Int = 0, limit: Int = 100) {
        self.offset = max(0, offset)
        self.limit = max(0, limit)
    }
}

/// Which restrictions due for review to read (`RestrictionsDueForReview`): those in force on
/// `today` reviewed by `horizon` (`days` after it) or that the customer asked to review, a page at a time.
public struct RestrictionsDueQuery: Hashable, Sendable {
    public let today: CivilDate
    /// The window, in days after today.
    public let days: Int
    public let range: ConductPageRange

    public init(today: CivilDate, within days: Int, offset: Int = 0, limit: Int = 100) {
        self.today = today
        self.days = days
        self.range = ConductPageRange(offset: offset, limit: limit)
    }

    /// The last review date that is due: `days` days after today.
    public var horizon: CivilDate { today.adding(days: days) }
}
