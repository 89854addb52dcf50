/// How often a payment plan's instalments fall due, and the date of each.
public enum InstalmentFrequency: String, Codable, Sendable, CaseIterable, Hashable {
    case weekly
    case fortnightly
    case monthly

    /// The same period as a budget `Frequency`, to read a capacity to pay per instalment.
    public var frequency: Frequency {
        switch self {
        case .weekly: return .weekly
        case .fortnightly: return .fortnightly
        case .monthly: return .monthly
        }
    }

    /// The most instalments a schedule is worked out for: `PaymentPlanCalculator.longestScheduleYears`
    /// of them. Not a limit on a plan's length (Charter 5.4 sets none), only on what is computed.
    public var longestSchedule: Int { frequency.timesPerYear * PaymentPlanCalculator.longestScheduleYears }

    /// "weekly": the adjective in sentences.
    public var adjective: String { rawValue }

    /// "week", "fortnight", "month".
    public var noun: String {
        switch self {
        case .weekly: return "week"
        case .fortnightly: return "fortnight"
        case .monthly: return "month"
        }
    }

    /// The scheduled (unadjusted) date of instalment `index` (0 for the first).
    ///
    /// Monthly dates are counted from the start each time, not from the previous instalment,
    /// so a plan starting on the 31st pays on the last day of shorter months and returns to
    /// the 31st afterwards instead of drifting to the 28th.
    public func scheduledDate(ofInstalment index: Int, from start: CivilDate) -> CivilDate {
        switch self {
        case .weekly: return start.adding(days: 7 * index)
        case .fortnightly: return start.adding(days: 14 * index)
        case .monthly: return start.adding(months: index)
        }
    }
}
