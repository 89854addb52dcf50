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
        // Ten bytes: a small string, written in place with no allocation.
        String(unsafeUninitializedCapacity: 10) { buffer in
            writeDate(date, into: buffer)
            return 10
        }
    }

    public static func moment(_ moment: LocalDateTime) -> String {
        String(unsafeUninitializedCapacity: 19) { buffer in
            writeDate(moment.date, into: buffer)
            buffer[10] = UInt8(ascii: "T")
            write(moment.hour, width: 2, into: buffer, at: 11)
            buffer[13] = UInt8(ascii: ":")
            write(moment.minute, width: 2, into: buffer, at: 14)
            buffer[16] = UInt8(ascii: ":")
            write(moment.second, width: 2, into: buffer, at: 17)
            return 19
        }
    }

    private static func writeDate(_ date: CivilDate, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        write(date.year, width: 4, into: buffer, at: 0)
        buffer[4] = UInt8(ascii: "-")
        write(date.month, width: 2, into: buffer, at: 5)
        buffer[7] = UInt8(ascii: "-")
        write(date.day, width: 2, into: buffer, at: 8)
    }

    /// Writes a non-negative number zero-padded to `width` digits.
    private static func write(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for offset in stride(from: width - 1, through: 0, by: -1) {
            buffer[start + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
