/// One reading of a meter's register: litres on the dial, and how it was obtained (Charter
/// 4.5(d)): read on a date, or estimated. `read` is nil when the bill before it is not on
/// record, so how it was obtained is unknown.
public struct MeterReading: Hashable, Sendable {
    public let registerLitres: Int
    public let read: MeterRead?

    public init(registerLitres: Int, read: MeterRead?) {
        self.registerLitres = registerLitres
        self.read = read
    }
}

/// The previous and current readings a bill's usage comes from (Charter 4.5(d)).
///
/// Only the current register and the period's litres are stored: the previous register is
/// their difference, so "kL used = current − previous" holds by construction and agrees with
/// the litres every other figure (4.5(n), 4.7, the usage charges) is computed from.
public struct BillMeterReadings: Hashable, Sendable {
    public let previous: MeterReading
    public let current: MeterReading

    public init(usage: UsagePeriod, currentRegisterLitres: Int, openingRead: MeterRead?) {
        previous = MeterReading(registerLitres: currentRegisterLitres - usage.litres, read: openingRead)
        current = MeterReading(registerLitres: currentRegisterLitres, read: usage.meterRead)
    }

    public var litresUsed: Int { current.registerLitres - previous.registerLitres }
}

extension Bill {
    /// The bill's readings, when its meter register was recorded: the previous reading is how
    /// `previous` (the bill before it) closed, or unknown for the first bill on record.
    public func readings(after previous: Bill?) -> BillMeterReadings? {
        usage.closingRegisterLitres.map {
            BillMeterReadings(usage: usage, currentRegisterLitres: $0, openingRead: previous?.meterRead)
        }
    }

    /// Each bill's readings, for bills oldest first.
    public static func readings(of bills: [Bill]) -> [BillMeterReadings?] {
        bills.indices.map { bills[$0].readings(after: $0 > 0 ? bills[$0 - 1] : nil) }
    }
}
