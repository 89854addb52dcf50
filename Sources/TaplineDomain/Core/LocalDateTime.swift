import Foundation

/// A wall-clock moment in the utility's own time zone: "Thursday 17 April 2025, 3:01 pm in Sunbury".
///
/// Rules such as "not after 3.00 pm" (Charter 7.3(a)) and "10 business days of receipt"
/// (Charter 3.1(a)) are about local wall-clock time, so the domain takes this value rather
/// than reading a clock. Convert from an instant with `init(_:in:)`.
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let date: CivilDate
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        precondition((0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second))
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock time of an instant in a time zone.
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        self.init(date: CivilDate(year: c.year!, month: c.month!, day: c.day!)!,
                  hour: c.hour!, minute: c.minute!, second: c.second!)
    }

    /// Parses `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM` (seconds optional); nil for anything else.
    public init?(iso: String) {
        let text = iso.trimmingCharacters(in: .whitespaces)
        guard text.count >= 16 else { return nil }
        let sep = text.index(text.startIndex, offsetBy: 10)
        guard text[sep] == "T" || text[sep] == " ", let date = CivilDate(iso: String(text[..<sep])) else { return nil }
        let clock = text[text.index(after: sep)...].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
              let h = Int(clock[0]), let m = Int(clock[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        let s = clock.count == 3 ? Int(clock[2]) : 0
        guard let s, (0...59).contains(s) else { return nil }
        self.init(date: date, hour: h, minute: m, second: s)
    }

    /// The instant this wall-clock time names in a zone (the earlier one in a DST overlap).
    public func instant(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: hour, minute: minute, second: second)
        return calendar.date(from: components)!
    }

    /// Minutes since midnight, for comparing times of day.
    public var minuteOfDay: Int { hour * 60 + minute }

    /// Minutes since 1970-01-01 00:00, local: the difference of two is how long between them.
    public var minutesSinceEpoch: Int { date.daysSinceEpoch * 1_440 + minuteOfDay }

    public var iso: String { String(format: "%@T%02d:%02d", date.iso, hour, minute) }
    public var description: String { iso }

    /// "Thu 17 Apr 2025 15:01".
    public var display: String { String(format: "%@ %02d:%02d", date.display, hour, minute) }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DDTHH:MM time: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(format: "%@T%02d:%02d:%02d", date.iso, hour, minute, second))
    }
}
