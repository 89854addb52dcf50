/// The usage comparisons a residential bill illustrates (Charter 4.7).
///
/// Built from the periods on record, "to the extent the data is available": a comparison is
/// nil when there is nothing to compare with, never a made-up figure.
public struct UsageComparison: Hashable, Sendable {
    /// The latest period.
    public let current: UsagePeriod
    /// 4.7(a): the periods ending in the twelve months up to the current one, oldest first,
    /// the current one included.
    public let pastTwelveMonths: [UsagePeriod]
    /// 4.7(b): the period a year before the current one, when on record.
    public let samePeriodLastYear: UsagePeriod?
    /// 4.7(c): the neighbourhood's average daily use over the current period, when known.
    public let neighbourhoodAverageDailyLitres: Int?

    /// How far a period's midpoint may sit from "a year before" and still count as the same
    /// period: billing dates drift by a few days each cycle.
    public static let samePeriodTolerance = 45

    /// Compares the latest period with the others; nil when there are no periods.
    public init?(periods: [UsagePeriod]) {
        let ordered = periods.sorted { $0.end < $1.end }
        guard let current = ordered.last else { return nil }
        self.current = current
        let yearBeforeEnd = current.end.adding(months: -12)
        pastTwelveMonths = ordered.filter { $0.end > yearBeforeEnd }
        let target = current.midpoint.adding(months: -12)
        samePeriodLastYear = ordered.dropLast()
            .map { (period: $0, distance: abs($0.midpoint.days(until: target))) }
            .filter { $0.distance <= UsageComparison.samePeriodTolerance }
            .min { $0.distance < $1.distance }?.period
        neighbourhoodAverageDailyLitres = current.neighbourhoodAverageDailyLitres
    }

    /// 4.7(b): change in average daily use against the same period last year, in percent
    /// (rounded to whole percent); nil without last year's period or when it was zero.
    public var changeFromLastYearPercent: Int? {
        guard let previous = samePeriodLastYear, previous.averageDailyLitres > 0 else { return nil }
        let delta = Double(current.averageDailyLitres - previous.averageDailyLitres)
        return Int((delta * 100 / Double(previous.averageDailyLitres)).rounded())
    }
}
