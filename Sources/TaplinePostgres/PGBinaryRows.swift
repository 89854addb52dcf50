import CLibpq

/// Rows in PostgreSQL's binary format, borrowed from a libpq result for the length of one
/// `PGConnection.withBinaryRows` call.
///
/// In binary, `bigint` is 8 bytes big-endian, `text` its UTF-8 bytes and `bytea` its bytes:
/// the audit chain hashes those bytes where libpq holds them.
public struct PGBinaryRows {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) { self.result = result }

    public var count: Int { Int(PQntuples(result)) }

    /// The value's bytes, nil for NULL.
    public func bytes(_ row: Int, _ column: Int) -> UnsafeRawBufferPointer? {
        guard PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return nil }
        return UnsafeRawBufferPointer(start: PQgetvalue(result, Int32(row), Int32(column)),
                                      count: Int(PQgetlength(result, Int32(row), Int32(column))))
    }

    /// A `bigint` column's value, nil for NULL.
    public func int64(_ row: Int, _ column: Int) -> Int64? {
        guard let bytes = bytes(row, column), bytes.count == 8 else { return nil }
        return bytes.reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }
}
