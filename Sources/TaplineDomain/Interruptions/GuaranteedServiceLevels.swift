/// The Guaranteed Service Levels and what each pays (Charter 13 and its Attachment): which of a
/// customer's interruptions and spills earn a rebate. Victoria's Western Water figures are the
/// defaults; a utility's own are configuration.
///
/// - A planned water interruption during peak hours, 5.00–9.00 am or 5.00–11.00 pm: $50. The
///   interruption is the half-open span [start, end): one starting at 08:59 is in the morning
///   peak, one ending at 17:00 is not in the evening's, one starting at 09:00 is not.
/// - A planned water interruption longer than the notice said: $50 (a minute over counts).
/// - More than three sewer interruptions in 12 months: $50, earned by the fourth; "12 months"
///   is the year from the first counted (a fourth on day 365 counts, on day 366 it does not),
///   and the count starts afresh after a rebate, so each rebate needs four of its own.
/// - A sewage spill inside a house not contained within one hour of notification: $500 (61
///   minutes earns it, 60 does not).
///
/// Nothing is paid for what the customer or a third party caused (13), nor for an interruption
/// still running (what it will come to is not known yet).
public struct GuaranteedServiceLevels: Hashable, Sendable {
    public var peakHourly: Money
    public var overranNotice: Money
    public var sewerFourInTwelveMonths: Money
    public var spillInside: Money
    /// Peak windows as minutes of the day, [from, to).
    public var peakWindows: [Range<Int>]
    /// How many sewer interruptions are allowed in 12 months before the next earns a rebate.
    public var sewerInterruptionsAllowed: Int
    /// Minutes from notification within which a spill inside a house must be contained.
    public var spillContainmentMinutes: Int

    public init(peakHourly: Money = Money(dollars: 50), overranNotice: Money = Money(dollars: 50),
                sewerFourInTwelveMonths: Money = Money(dollars: 50), spillInside: Money = Money(dollars: 500),
                peakWindows: [Range<Int>] = [(5 * 60)..<(9 * 60), (17 * 60)..<(23 * 60)],
                sewerInterruptionsAllowed: Int = 3, spillContainmentMinutes: Int = 60) {
        self.peakHourly = peakHourly
        self.overranNotice = overranNotice
        self.sewerFourInTwelveMonths = sewerFourInTwelveMonths
        self.spillInside = spillInside
        self.peakWindows = peakWindows
        self.sewerInterruptionsAllowed = sewerInterruptionsAllowed
        self.spillContainmentMinutes = spillContainmentMinutes
    }

    /// The Attachment's levels, as Western Water's charter sets them.
    public static let victoria = GuaranteedServiceLevels()

    /// Every rebate one customer's interruptions and spills earn, in the order earned.
    public func rebates(interruptions: [Interruption], spills: [SewageSpill]) -> [GSLRebate] {
        let planned = interruptions.filter { $0.service == .water }.flatMap(plannedRebates)
        let sewer = sewerRebates(interruptions.filter { $0.service == .sewer })
        let spilled = spills.compactMap(spillRebate)
        return (planned + sewer + spilled).sorted { ($0.earnedOn, $0.eventID, $0.kind.rawValue) < ($1.earnedOn, $1.eventID, $1.kind.rawValue) }
    }

    /// The planned interruption's rebates: peak hours, and running over the notice.
    func plannedRebates(_ interruption: Interruption) -> [GSLRebate] {
        guard case .planned(let notified) = interruption.planning, !interruption.cause.excludesRebate,
              let end = interruption.end, let minutes = interruption.minutes else { return [] }
        var earned: [GSLRebate] = []
        if overlapsPeak(from: interruption.start, to: end) {
            earned.append(GSLRebate(kind: .plannedDuringPeakHours, amount: peakHourly, eventID: interruption.id, earnedOn: end.date))
        }
        if minutes > notified {
            earned.append(GSLRebate(kind: .plannedLongerThanNotified, amount: overranNotice, eventID: interruption.id, earnedOn: end.date))
        }
        return earned
    }

    /// Whether [start, end) meets a peak window on any day it spans.
    func overlapsPeak(from start: LocalDateTime, to end: LocalDateTime) -> Bool {
        let from = start.minutesSinceEpoch, to = end.minutesSinceEpoch
        guard to > from else { return false }
        var day = start.date
        while day <= end.date {
            let midnight = LocalDateTime(date: day).minutesSinceEpoch
            if peakWindows.contains(where: { from < midnight + $0.upperBound && midnight + $0.lowerBound < to }) { return true }
            day = day.adding(days: 1)
        }
        return false
    }

    /// The sewer rebates: each fourth interruption within 12 months of the first counted.
    func sewerRebates(_ interruptions: [Interruption]) -> [GSLRebate] {
        let counted = interruptions.filter { !$0.cause.excludesRebate }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        var earned: [GSLRebate] = []
        var window: [Interruption] = []
        for interruption in counted {
            window.append(interruption)
            // Keep only those within 12 months of the earliest kept: drop from the front.
            while let first = window.first, interruption.start.date >= first.start.date.adding(months: 12) { window.removeFirst() }
            if window.count > sewerInterruptionsAllowed {
                earned.append(GSLRebate(kind: .sewerInterruptionsInTwelveMonths, amount: sewerFourInTwelveMonths,
                                        eventID: interruption.id, earnedOn: interruption.start.date))
                window.removeAll()
            }
        }
        return earned
    }

    /// The spill's rebate, when it took longer than the hour to contain.
    func spillRebate(_ spill: SewageSpill) -> GSLRebate? {
        guard !spill.cause.excludesRebate, let contained = spill.containedAt,
              contained.minutesSinceEpoch - spill.notifiedAt.minutesSinceEpoch > spillContainmentMinutes else { return nil }
        return GSLRebate(kind: .spillInsideNotContainedInAnHour, amount: spillInside, eventID: spill.id, earnedOn: contained.date)
    }

    /// The bill a rebate goes on: the first regular bill issued after it was earned (13(b)).
    public static func bill(for rebate: GSLRebate, billDates: [CivilDate]) -> CivilDate? {
        billDates.filter { $0 > rebate.earnedOn }.min()
    }
}
