/// Water used at a property over one billing period, and how the meter was read.
///
/// Bills show the average daily use for the period (Charter 4.5(n)), whether the reading was
/// estimated (4.5(d)), and a comparison with the neighbourhood (4.7(c)). Usage is kept in whole
/// litres so totals are exact; kilolitres are for display.
public struct UsagePeriod: Hashable, Sendable, Codable {
    public var start: CivilDate
    /// The last day of the period, inclusive.
    public var end: CivilDate
    public var litres: Int
    public var meterRead: MeterRead
    /// Average use per property in the same neighbourhood over the same period, when known.
    public var neighbourhoodAverageLitres: Int?
    /// The meter's register at the reading that closes the period, in litres; nil on bills
    /// stored before registers were (the previous register is this less `litres`).
    public var closingRegisterLitres: Int?

    public init(start: CivilDate, end: CivilDate, litres: Int, meterRead: MeterRead,
                neighbourhoodAverageLitres: Int? = nil, closingRegisterLitres: Int? = nil) {
        self.start = start
        self.end = end
        self.litres = litres
        self.meterRead = meterRead
        self.neighbourhoodAverageLitres = neighbourhoodAverageLitres
        self.closingRegisterLitres = closingRegisterLitres
    }

    /// Days in the period, counting both ends.
    public var days: Int { start.days(until: end) + 1 }

    /// Charter 4.5(n): average daily use, rounded to the nearest litre.
    public var averageDailyLitres: Int { days > 0 ? (litres + days / 2) / days : 0 }

    /// Charter 4.7(c): the neighbourhood's average daily use, rounded to the nearest litre.
    public var neighbourhoodAverageDailyLitres: Int? {
        neighbourhoodAverageLitres.map { days > 0 ? ($0 + days / 2) / days : 0 }
    }

    public var kilolitres: Double { Double(litres) / 1000 }

    /// The day halfway through the period, used to match a period with last year's.
    public var midpoint: CivilDate { start.adding(days: start.days(until: end) / 2) }
}

/// How the meter reading that closes a period was obtained (Charter 4.5(d)).
public enum MeterRead: Hashable, Sendable, Codable {
    /// The meter was read on this date.
    case actual(CivilDate)
    /// The meter was not read; the usage is an estimate.
    case estimated

    public var isEstimated: Bool { self == .estimated }

    /// Charter 4.5(d): the read date, or a clear statement that the reading is an estimate.
    public var statement: String {
        switch self {
        case .actual(let date): return "Meter read \(date.display)"
        case .estimated: return "ESTIMATED reading: the meter was not read this period"
        }
    }
}
