/// How close a complaint is to its reply date: the order of the supervisor's queue.
///
/// Each case has a word (`word`) so the state never depends on colour alone.
public enum ComplaintUrgency: String, Sendable, CaseIterable, Codable, Comparable {
    case overdue
    case dueToday = "due-today"
    /// Due within the next 2 business days.
    case dueSoon = "due-soon"
    case onTrack = "on-track"

    /// Business days ahead that count as "due soon".
    public static let soonBusinessDays = 2

    /// The urgency of a reply due on `dueDate`, seen on `today`.
    public init(dueDate: CivilDate, today: CivilDate, calendar: BusinessCalendar) {
        if today > dueDate {
            self = .overdue
        } else if today == dueDate {
            self = .dueToday
        } else if calendar.businessDays(from: today, to: dueDate) <= ComplaintUrgency.soonBusinessDays {
            self = .dueSoon
        } else {
            self = .onTrack
        }
    }

    /// The last reply date that is "due soon" on `today`: the day before the business day after
    /// the `soonBusinessDays`th one. A store counts and sorts the queue by date with it, where
    /// it cannot ask each complaint for its urgency.
    public static func dueSoonThrough(today: CivilDate, calendar: BusinessCalendar) -> CivilDate {
        calendar.adding(businessDays: soonBusinessDays + 1, to: today).adding(days: -1)
    }

    /// "OVERDUE", "DUE TODAY", "DUE SOON", "on track": shown beside the colour.
    public var word: String {
        switch self {
        case .overdue: return "OVERDUE"
        case .dueToday: return "DUE TODAY"
        case .dueSoon: return "DUE SOON"
        case .onTrack: return "on track"
        }
    }

    /// Most urgent first.
    public static func < (lhs: ComplaintUrgency, rhs: ComplaintUrgency) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
