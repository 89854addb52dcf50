import GRDB
import TaplineDomain

/// Dates are stored as ISO text ("2025-04-17"): readable in the sqlite3 shell and sortable.
extension CivilDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { StoredText.date(self).databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CivilDate? {
        String.fromDatabaseValue(dbValue).flatMap(CivilDate.init(iso:))
    }
}

/// Wall-clock moments are stored as ISO text with seconds ("2025-04-17T15:01:09"), which sorts.
extension LocalDateTime: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { StoredText.moment(self).databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDateTime? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDateTime.init(iso:))
    }
}

/// Money is stored as an integer count of cents: exact, and summable in SQL.
extension Money: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { cents.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Money? {
        Int64.fromDatabaseValue(dbValue).map(Money.init(cents:))
    }
}

/// The stored text of dates and times, written digit by digit: the synthetic-data loader
/// stores tens of millions of dates, and `String(format:)` cost more than the inserts.
public enum StoredText {
    public static func date(_ date: CivilDate) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        appendDate(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func moment(_ moment: LocalDateTime) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(19)
        appendDate(moment.date, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        append(moment.hour, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(moment.minute, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(moment.second, width: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendDate(_ date: CivilDate, to bytes: inout [UInt8]) {
        append(date.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(date.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(date.day, width: 2, to: &bytes)
    }

    /// Appends a non-negative number zero-padded to `width` digits.
    private static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
