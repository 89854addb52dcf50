import GRDB
import TaplineDomain

/// Dates are stored as ISO text ("2025-04-17"): readable in the sqlite3 shell and sortable.
extension CivilDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CivilDate? {
        String.fromDatabaseValue(dbValue).flatMap(CivilDate.init(iso:))
    }
}

/// Wall-clock moments are stored as ISO text with seconds ("2025-04-17T15:01:09"), which sorts.
extension LocalDateTime: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue {
        String(format: "%@T%02d:%02d:%02d", date.iso, hour, minute, second).databaseValue
    }

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
