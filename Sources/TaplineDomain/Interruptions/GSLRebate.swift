/// A Guaranteed Service Level payment a customer has earned (Charter 13 and the Attachment),
/// with the event behind it: applied without being asked for (13(a)), on the next regular
/// bill after it was earned (13(b)).
public struct GSLRebate: Hashable, Sendable, Codable {
    public let kind: GSLKind
    public let amount: Money
    /// The interruption or spill that earned it.
    public let eventID: String
    /// When it was earned: the event's end, its containment, or the interruption that made four.
    public let earnedOn: CivilDate

    public init(kind: GSLKind, amount: Money, eventID: String, earnedOn: CivilDate) {
        self.kind = kind
        self.amount = amount
        self.eventID = eventID
        self.earnedOn = earnedOn
    }

    /// "$50 — planned interruption during peak hours (GSL, Charter 13)".
    public var summary: String { "\(amount.formatted) — \(kind.description) (GSL, Charter 13)" }
}

/// The Attachment's Guaranteed Service Levels.
public enum GSLKind: String, Hashable, Sendable, Codable, CaseIterable {
    case plannedDuringPeakHours = "planned-peak"
    case plannedLongerThanNotified = "planned-overran"
    case sewerInterruptionsInTwelveMonths = "sewer-four-in-12-months"
    case spillInsideNotContainedInAnHour = "spill-inside-over-an-hour"

    public var description: String {
        switch self {
        case .plannedDuringPeakHours: return "planned water interruption during peak hours (5–9 am, 5–11 pm)"
        case .plannedLongerThanNotified: return "planned water interruption longer than the notice gave"
        case .sewerInterruptionsInTwelveMonths: return "more than three sewer interruptions in 12 months"
        case .spillInsideNotContainedInAnHour: return "sewage spill inside the house not contained within an hour"
        }
    }
}
