import TaplineDomain

/// Rows for one table in COPY's binary format, built in memory to be streamed by
/// `PGConnection.copyBinary`: the fast way to load a seed.
///
/// Binary COPY spares both sides the text form: the server does not parse numbers and
/// dates, nothing needs escaping, and a row is a field count followed by each value as a
/// length and its bytes in network order (PostgreSQL's `COPY` "Binary Format"). Each value
/// must be written in the column's own type — `int64` for bigint, `int32` for integer, `date`
/// for date — in the order the COPY's column list names them, or the server refuses the data.
public struct PGCopyRows: Sendable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var count = 0
    private let columns: Int16

    public init(columns: Int, reservingRows rows: Int = 0) {
        self.columns = Int16(columns)
        bytes.reserveCapacity(rows * (2 + columns * 10))
    }

    public var isEmpty: Bool { count == 0 }

    /// Starts the next row; its values follow, one per column.
    public mutating func row() {
        count += 1
        append(UInt16(bitPattern: columns))
    }

    public mutating func null() { append(UInt32(bitPattern: -1)) }

    public mutating func int16(_ value: Int) {
        append(UInt32(2))
        append(UInt16(truncatingIfNeeded: value))
    }

    public mutating func int32(_ value: Int) {
        append(UInt32(4))
        append(UInt32(truncatingIfNeeded: value))
    }

    public mutating func int64(_ value: Int64) {
        append(UInt32(8))
        append(UInt64(bitPattern: value))
    }

    public mutating func bool(_ value: Bool) {
        append(UInt32(1))
        bytes.append(value ? 1 : 0)
    }

    /// A `text` value: its UTF-8 bytes.
    public mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            append(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func text(_ value: String?) {
        if let value { text(value) } else { null() }
    }

    /// A `date`: days since 2000-01-01, PostgreSQL's epoch.
    public mutating func date(_ value: CivilDate) {
        append(UInt32(4))
        append(UInt32(truncatingIfNeeded: value.daysSinceEpoch - Self.postgresEpochDays))
    }

    public mutating func date(_ value: CivilDate?) {
        if let value { date(value) } else { null() }
    }

    /// A `timestamp` (without time zone): microseconds since 2000-01-01 00:00.
    public mutating func timestamp(_ value: LocalDateTime) {
        let seconds = (value.date.daysSinceEpoch - Self.postgresEpochDays) * 86_400 + value.hour * 3_600 + value.minute * 60 + value.second
        append(UInt32(8))
        append(UInt64(bitPattern: Int64(seconds) * 1_000_000))
    }

    /// A `bytea`: the bytes as they are.
    public mutating func bytea(_ value: [UInt8]) {
        append(UInt32(value.count))
        bytes.append(contentsOf: value)
    }

    /// Adds `other`'s rows after these (the same table's, built elsewhere).
    public mutating func append(_ other: PGCopyRows) {
        bytes.append(contentsOf: other.bytes)
        count += other.count
    }

    /// Empties the rows, keeping the memory for the next batch.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        count = 0
    }

    /// 2000-01-01 counted from 1970-01-01.
    static let postgresEpochDays = 10_957

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        var value = value.bigEndian
        for _ in 0..<MemoryLayout<T>.size {
            bytes.append(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }
}
