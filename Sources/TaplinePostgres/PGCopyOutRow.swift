/// One row of a binary `COPY … TO STDOUT`, borrowed from libpq's buffer for one call of
/// `PGConnection.copyOut`'s body.
///
/// A row is a 16-bit field count, then each field as a 32-bit length (-1 for NULL) and its
/// bytes, in the column's binary form: `bigint` 8 bytes big-endian, `text` its UTF-8 bytes,
/// `bytea` its bytes (PostgreSQL's `COPY` "Binary Format").
public struct PGCopyOutRow {
    private let bytes: UnsafeRawBufferPointer
    public let count: Int

    /// Nil for the trailer (a field count of -1) or a message too short to be a row.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= 2 else { return nil }
        let count = Int(Int16(bitPattern: UInt16(bytes[0]) << 8 | UInt16(bytes[1])))
        guard count >= 0 else { return nil }
        self.bytes = bytes
        self.count = count
    }

    /// The bytes after the binary COPY header (signature, flags, extension area).
    static func afterHeader(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let fixed = 11 + 4 + 4
        guard bytes.count >= fixed else { return UnsafeRawBufferPointer(rebasing: bytes[bytes.count...]) }
        let extensionLength = Int(Self.uint32(bytes, at: 15))
        return UnsafeRawBufferPointer(rebasing: bytes[min(bytes.count, fixed + extensionLength)...])
    }

    /// Field `index`'s bytes (from 0), nil for NULL or past the last field.
    public func field(_ index: Int) -> UnsafeRawBufferPointer? {
        guard index < count else { return nil }
        var offset = 2
        for field in 0...index {
            guard offset + 4 <= bytes.count else { return nil }
            let length = Int(Int32(bitPattern: Self.uint32(bytes, at: offset)))
            offset += 4
            if field == index {
                guard length >= 0, offset + length <= bytes.count else { return nil }
                return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
            }
            offset += max(0, length)
        }
        return nil
    }

    /// A `bigint` field's value, nil for NULL.
    public func int64(_ index: Int) -> Int64? {
        guard let bytes = field(index), bytes.count == 8 else { return nil }
        return bytes.reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }

    private static func uint32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        (offset..<offset + 4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[$1]) }
    }
}
